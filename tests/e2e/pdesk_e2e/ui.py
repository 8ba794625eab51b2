"""Finding and operating ProfileDesk's widgets through its accessibility tree (AT-SPI), and typing
into them with real X key events (xdotool), as a person does.

Widgets are looked up by role and accessible name; a widget that cannot be found that way is an
accessibility defect as well as a test failure. Accessible objects go stale when Qt rebuilds
widgets, so nothing is kept between steps: every call looks its widget up again.
"""

import subprocess
import time

import pyatspi
from gi.repository import GLib

DEFAULT_TIMEOUT = 20.0


class JourneyFailure(AssertionError):
    pass


def _safe(call, default=None):
    try:
        return call()
    except (GLib.GError, RuntimeError):
        return default


def _children(node):
    count = _safe(lambda: node.childCount, 0) or 0
    for index in range(count):
        child = _safe(lambda: node.getChildAtIndex(index))
        if child is not None:
            yield child


def _walk(node, depth=0, limit=60):
    yield node
    if depth >= limit:
        return
    for child in _children(node):
        yield from _walk(child, depth + 1, limit)


def role_name(node):
    return _safe(lambda: node.getRoleName(), "")


def name_of(node):
    return _safe(lambda: node.name, "") or ""


def is_showing(node):
    states = _safe(lambda: node.getState())
    return bool(states) and states.contains(pyatspi.STATE_SHOWING)


def is_enabled(node):
    states = _safe(lambda: node.getState())
    return bool(states) and states.contains(pyatspi.STATE_ENABLED)


def is_focused(node):
    states = _safe(lambda: node.getState())
    return bool(states) and states.contains(pyatspi.STATE_FOCUSED)


def same_title(actual, wanted):
    """Window titles compare without Qt's unsaved-changes marker ("alice@example.com* – ...")."""
    return actual == wanted or actual.replace("*", "") == wanted


def wait_until(predicate, timeout=DEFAULT_TIMEOUT, what="a condition", interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise JourneyFailure("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(interval)


def _click_at(x, y):
    # No --sync: xdotool waits forever for a move when the pointer is already there.
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "sleep", "0.05", "click", "1"], check=True,
                   timeout=10)


class AppDriver:
    """The accessible side of one running ProfileDesk process."""

    def __init__(self, process, scale=1):
        self.process = process
        self.pid = process.pid
        # Qt reports accessible extents in device-independent pixels; X events are in device pixels.
        self.scale = scale

    def wait(self, predicate, timeout, what):
        """wait_until, failing at once with the exit code when the app has gone."""
        def look():
            if self.process.poll() is not None:
                raise JourneyFailure("profiledesk exited with %s while waiting for %s"
                                     % (self.process.returncode, what))
            return predicate()
        return wait_until(look, timeout, what)

    # --- finding ---------------------------------------------------------------------------

    def application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        # One process can register twice (Qt's bridge, and GTK's when the GTK platform theme loads
        # GTK): Qt's is the one named after the application.
        mine = [app for app in _children(desktop) if _safe(lambda: app.get_process_id(), None) == self.pid]
        return next((app for app in mine if name_of(app) == "ProfileDesk"), mine[0] if mine else None)

    def windows(self):
        app = self.application()
        return [w for w in _children(app) if is_showing(w)] if app else []

    def find_all(self, role=None, name=None, within=None, showing=True):
        roots = [within] if within is not None else self.windows()
        found = []
        for root in roots:
            for node in _walk(root):
                if role and role_name(node) != role:
                    continue
                if name is not None and name_of(node) != name:
                    continue
                if showing and not is_showing(node):
                    continue
                found.append(node)
        return found

    def find(self, role=None, name=None, within=None, timeout=DEFAULT_TIMEOUT):
        what = "%s %r" % (role or "widget", name)
        return self.wait(lambda: (self.find_all(role, name, within) or [None])[0], timeout, what)

    def window(self, name, role=None, timeout=DEFAULT_TIMEOUT):
        """A visible top-level window (dialog or frame) by its title."""
        def look():
            for w in self.windows():
                if same_title(name_of(w), name) and (role is None or role_name(w) == role):
                    return w
            return None
        return self.wait(look, timeout, "window %r" % name)

    def has_window(self, name):
        return any(same_title(name_of(w), name) for w in self.windows())

    def window_names(self):
        return [name_of(w) for w in self.windows()]

    def focused(self):
        for window in self.windows():
            for node in _walk(window):
                if is_focused(node):
                    return node
        return None

    def text(self, node):
        iface = _safe(lambda: node.queryText())
        return _safe(lambda: iface.getText(0, -1), "") if iface else ""

    def description(self, node):
        return _safe(lambda: node.description, "") or ""

    def dump(self):
        """The visible tree as text, for the artifacts of a failed journey."""
        lines = []
        for window in self.windows():
            for node in _walk(window):
                depth = 0
                parent = _safe(lambda: node.parent)
                while parent is not None and depth < 40 and parent != window:
                    depth += 1
                    parent = _safe(lambda: parent.parent)
                lines.append("%s%s%s %r %r" % ("  " * depth, "*" if is_focused(node) else "", role_name(node),
                                                name_of(node),
                                             self.text(node)[:60] if role_name(node) in ("text", "password text") else ""))
        return "\n".join(lines)

    # --- operating -------------------------------------------------------------------------

    def _x_windows(self):
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=10)
        return result.stdout.decode().split()

    def _x_window_named(self, title):
        for wid in self._x_windows():
            name = subprocess.run(["xdotool", "getwindowname", wid], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, timeout=10).stdout.decode().strip()
            if same_title(name, title):
                return wid
        return None

    def screen_area(self):
        """The smallest rectangle holding the app's visible windows: (x, y, width, height)."""
        boxes = []
        for wid in self._x_windows():
            out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, timeout=10).stdout.decode()
            values = dict(line.split("=", 1) for line in out.split() if "=" in line)
            if all(k in values for k in ("X", "Y", "WIDTH", "HEIGHT")):
                x, y, w, h = (int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
                if w > 1 and h > 1:
                    boxes.append((x, y, x + w, y + h))
        if not boxes:
            return None
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        return left, top, max(b[2] for b in boxes) - left, max(b[3] for b in boxes) - top

    def activate_window(self, title):
        """Keyboard focus to a top-level window, as a click on its title bar would give it.
        (Without a window manager X focus does not follow the window Qt activates.)"""
        wid = wait_until(lambda: self._x_window_named(title), 10, "X window %r" % title)
        subprocess.run(["xdotool", "windowactivate", "--sync", wid], stderr=subprocess.DEVNULL, timeout=10)
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], stderr=subprocess.DEVNULL, timeout=10)
        return wid

    def toplevel_of(self, node):
        current = node
        for _ in range(60):
            parent = _safe(lambda: current.parent)
            if parent is None or role_name(parent) == "application":
                return current
            current = parent
        return current

    def click(self, node):
        """A left click in the middle of the widget, with the real pointer."""
        self.activate_window(name_of(self.toplevel_of(node)))
        self._click_middle(node)

    def focus(self, node):
        """Puts the keyboard focus in a widget as a click in it would."""
        self.activate_window(name_of(self.toplevel_of(node)))
        if role_name(node) in ("text", "password text"):
            self.click(node)
        else:
            _safe(lambda: node.queryComponent().grabFocus())
        wait_until(lambda: is_focused(node), 5, "focus in %r" % name_of(node))

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--delay", "40"] + list(keys), check=True, timeout=30)

    def type(self, text):
        if text:
            subprocess.run(["xdotool", "type", "--delay", "15", text], check=True, timeout=60)

    def fill(self, node, text):
        """Replaces a line edit's text by typing, the way a person does (select all, type)."""
        self.focus(node)
        self.key("ctrl+a")
        if text:
            self.type(text)
        else:
            self.key("BackSpace")
        wait_until(lambda: self.text(node) == text or role_name(node) == "password text", 10,
                   "%r to read %r (reads %r)" % (name_of(node), text, self.text(node)))

    def press(self, node):
        """Presses a button through its accessible action (a click a screen reader user makes)."""
        try:
            node.queryAction().doAction(0)
        except GLib.GError:
            pass  # the button's window went away during the call: the press happened

    def menu(self, *path):
        """Chooses a menu entry with the pointer: a click on the menu's title, then on each entry."""
        node = self.find("menu item", path[0], timeout=10)
        self.click(node)
        for title in path[1:]:
            node = wait_until(lambda: next((n for n in self.find_all(name=title)
                                            if role_name(n) in ("menu item", "menu")), None), 10,
                              "menu entry %r" % title)
            self._click_middle(node)  # a popup menu has no window title to activate
        return node

    def extents(self, node):
        """Where the widget is on the screen, in X's pixels: (x, y, width, height)."""
        x, y, width, height = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return tuple(int(v * self.scale) for v in (x, y, width, height))

    def _click_middle(self, node):
        x, y, width, height = self.extents(node)
        _click_at(x + width // 2, y + height // 2)
