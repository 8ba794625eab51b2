#!/usr/bin/env python3
"""The house rules a reviewer would otherwise check by eye (docs/ARCHITECTURE.md, "Rules the build
checks"). The sizes are prompts for a review, not scores: a class past a limit is looked at, and either
split along a real second reason to change or named in ALLOWED with the reason it stays whole.

Sizes
  1. no C++ source file outside tests/ is longer than MAX_FILE_LINES lines;
  2. no class declares more than MAX_MEMBERS members: data members and member functions (signals and
     slots included) of the class AND of every type nested in it, wherever the nested type is defined
     (the header or a .cpp); enumerators and what Q_OBJECT expands to are not counted;
  3. no class spans more than MAX_CLASS_LINES lines: its definition plus the definitions of its
     members (and its nested types' members) in every file, as universal-ctags reads them.

Layers (derived from the folders: an include is resolved to the file it names, and the folder of
that file decides its layer)
  4. a file sees its own layer and the layers below it: protocol < core < persistence < models < ui
     (app/protocol, app/core, app/persistence, app/models, ui/); app/imaging (the image pipeline, QtGui
     without widgets) stands beside the stack: it sees protocol, and ui/ and app/cli see it; app/cli
     sees protocol, core, persistence, models and imaging; the server (server/) sees itself and
     protocol, nothing else of the client;
     ui/main.cpp, the one file that knows both the GUI and the server, sees both; tests/ see anything;
  5. project headers are included by their path from an include root (app/, the repository root for
     ui/, server/src): "core/user.h", "ui/editor/profileeditor.h", "storage/database.h", never by a bare
     or relative name; every folder of app/ and server/src/ has a layer, and no folder name is used by
     two include roots;
  6. the CMake targets follow the same table: a target links only the profiledesk_* targets its layer
     sees, nothing below ui/ links Qt Widgets, nothing below ui/ but app/imaging links Qt Gui (and
     nothing but app/imaging includes QtGui below ui/), and no target exports the repository root or
     app/ as an include directory (each exports only its own folder: profiledesk_export_headers in
     cmake/ProfileDeskSettings.cmake; the build then refuses an upward include as well);
  7. app/protocol is header-only and includes nothing of Qt;
  8. no nested event loop: QEventLoop, exec() and processEvents() appear in app/ and ui/ only in
     BlockingCall (app/core/blockingcall.cpp), the CLI (app/cli) and the main loop (ui/main.cpp),
     and only app/core and app/cli include core/blockingcall.h.

Who decides (docs/ARCHITECTURE.md, "Who owns what")
 10. above the core, only ErrorCatalog (app/models/errorcatalog.cpp) compares or switches on a
     Backendless code (ErrorCode::…, error.code), besides the few CODE_DECIDERS that name why;
 11. only Session (app/models/session/session.cpp) listens to UserService::sessionEnded;
 12. above the core, only Session (token(), for Real-Time) and the keychain's writers (SignInFlow,
     the CLI's session) read UserService::userToken().

Documents
  9. no file points at a document outside the repository: every relative link or `*.md` path that a
     source, script or document names must exist in the tree.

Usage: check_structure.py [--report] SOURCE_DIR
  exit 0: all hold; 1: the violations are printed. --report also prints the classes nearest the limits.
"""
import collections
import json
import os
import re
import subprocess
import sys

MAX_FILE_LINES = 450
# Members of a class and its nested types. Counted so, the largest classes sit at 32-39 (SignInFlow,
# UserModel, UserDirectoryModel, Settings, UserDirectoryTabs, ...: flows and models with many small
# accessors); 40 lets them grow by a few and asks for a review before a class takes a second job.
MAX_MEMBERS = 40
# A class's definition plus its members' definitions, across files. One file's limit and a little
# more: past it a class no longer reads as a whole. The largest are at 360-390 lines (UserModel,
# ProfileEditor, LoginDialog).
MAX_CLASS_LINES = 500
# Classes reviewed and kept whole past a limit: {qualified name: why}. A class is split along a second
# reason to change, never to pass a count.
ALLOWED = {
    # 45 members: its own 34 plus the typed form it keeps (Typed: three fields, their messages, the
    # success text: 9) and the rule it reports (Rule: 2). One job, the password change form: three
    # fields, each with a setter, a getter and a message, and a two-step call. Splitting the fields'
    # accessors off would leave two classes that change together.
    "PasswordChange": "a three-field form with a message per field and a two-step call",
    # 530 lines over cliapplication.cpp and clicommands.cpp: the ten commands of profiledesk-cli, one
    # function each, beside the parsing and the session they share (keepassxc-cli's shape, in one
    # class instead of a class per command). A new command adds about 25 lines here.
    "CliApplication": "the CLI's ten commands, one function each, over two files",
    # 50 members: the signed-in state (Active / NeedsCredentials / Ended, its reason, the requests
    # parked for the one re-sign-in and their replay: Parked, 2; the current token and its change, 2;
    # what the one re-sign-in asks: Reauthentication, 4) and the profiles open in it (the own one,
    # the staff ones by objectId with their account actions, the staff drafts, the reason asker). Issue 20 asks for this
    # one owner: what is open and whether it may reach the server change together (a renewal
    # replays into the profiles; a sign-out ends both). Split, the replay would need the profiles'
    # saves and the profiles the state, through each other.
    "Session": "the signed-in state and the profiles open in it, one owner",
    # 41 members: its own plus Row (7 fields: the shown columns of one user). Issue 23's picture
    # column is one more field of the same row, the same job (a page of users as the table shows
    # them); the thumbnails themselves are the view's (ThumbnailCache, ui/).
    "UserDirectoryModel": "a row per user of the shown columns; the picture URL is one of them",
}

CODE_DIRS = ("app", "ui", "server")
CODE_EXT = (".h", ".cpp")

# The client's layers, bottom to top: a file sees its own layer and every layer below it.
LAYERS = ("protocol", "core", "persistence", "models", "ui")
# Beside the stack: what each of the other parts sees besides itself.
SEES_ALSO = {
    "imaging": ("protocol",),
    "cli": ("protocol", "core", "persistence", "models", "imaging"),
    "server": ("protocol",),
    "main": LAYERS + ("server", "imaging"),
}
# Beside the stack and seen from a layer of it: the GUI sees the image pipeline.
SEEN_FROM_STACK = {"imaging": "ui"}
# Where a folder's headers are included from ("core/user.h" is app/core/user.h).
INCLUDE_ROOTS = ("app", ".", "server/src")


def tracked(root):
    out = subprocess.run(["git", "-C", root, "ls-files", "-z"], capture_output=True, check=False)
    if out.returncode == 0:
        return [p for p in out.stdout.decode().split("\0") if p and os.path.exists(os.path.join(root, p))]
    files = []  # not a git checkout (a source tarball): walk the tree
    for base, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith((".", "build")) and d != "node_modules"]
        files += [os.path.relpath(os.path.join(base, n), root) for n in names]
    return files


def code_files(files):
    return [f for f in files if f.split("/")[0] in CODE_DIRS and f.endswith(CODE_EXT)]


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8", errors="replace") as fh:
        return fh.read()


def layer_of(path):
    """The layer a file of the tree belongs to, or None (tests, tools, documents)."""
    parts = path.split("/")
    if parts[0] == "app" and len(parts) > 2:
        return parts[1]
    if path == "ui/main.cpp":
        return "main"
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "server":
        return "server"
    return None


def sees(layer):
    if layer in LAYERS:
        below = set(LAYERS[: LAYERS.index(layer) + 1])
        return below | {side for side, above in SEEN_FROM_STACK.items() if above in below}
    return {layer, *SEES_ALSO.get(layer, ())}


def known_layers():
    return set(LAYERS) | set(SEES_ALSO)


# --- sizes -------------------------------------------------------------------------------------------

def check_file_lines(root, files):
    for f in code_files(files):
        n = read(root, f).count("\n")
        if n > MAX_FILE_LINES:
            yield f"{f}: {n} lines (at most {MAX_FILE_LINES})"


def ctags(root, paths):
    out = subprocess.run(
        [os.environ.get("PROFILEDESK_CTAGS", "ctags"), "--output-format=json", "--fields=+sKne",
         "--kinds-C++=+p", "--language-force=C++", "-f", "-", *paths],
        cwd=root, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


CLASS_KINDS = ("class", "struct", "union")


def measure_classes(root, files):
    """{class: (members, lines, [files])} for every class of app/, ui/ and server/, a nested type
    counted with the outermost class around it."""
    tags = ctags(root, code_files(files))
    bodies = collections.defaultdict(list)  # full name -> [(path, first, last)]
    for t in tags:
        if t.get("kind") in CLASS_KINDS:
            scope = t.get("scope")
            name = f"{scope}::{t['name']}" if scope and t.get("scopeKind") != "function" else t["name"]
            bodies[name].append((t["path"], t["line"], t.get("end", t["line"])))

    def outermost(name):
        parts = name.split("::")
        for i in range(1, len(parts) + 1):
            candidate = "::".join(parts[:i])
            if candidate in bodies:
                return candidate
        return None

    def key(name, path):
        # A class of an anonymous namespace is one per file.
        return f"{name} ({path})" if "__anon" in name else name

    members = collections.Counter()
    spans = collections.defaultdict(set)  # class -> {(path, line)}
    where = collections.defaultdict(set)
    for name, defs in bodies.items():
        top = outermost(name)
        for path, first, last in defs:
            k = key(top, path)
            spans[k].update((path, n) for n in range(first, last + 1))
            where[k].add(path)
            members[k] += 0
    for t in tags:
        if t.get("scopeKind") not in CLASS_KINDS or t.get("kind") not in ("member", "prototype", "function"):
            continue
        top = outermost(t["scope"])
        if top is None:
            continue
        k = key(top, t["path"])
        in_body = any(path == t["path"] and first <= t["line"] <= last for path, first, last in bodies[t["scope"]])
        if t["kind"] != "function" or in_body:
            members[k] += 1  # a declaration in the class body (or a nested type's body)
        if t["kind"] == "function":
            spans[k].update((t["path"], n) for n in range(t["line"], t.get("end", t["line"]) + 1))
            where[k].add(t["path"])
    return {k: (members[k], len(spans[k]), sorted(where[k])) for k in spans}


def check_classes(root, files, classes=None):
    classes = classes if classes is not None else measure_classes(root, files)
    for name, (members, lines, _) in sorted(classes.items()):
        if name in ALLOWED and members <= MAX_MEMBERS and lines <= MAX_CLASS_LINES:
            yield f"tests/structure/check_structure.py: ALLOWED names {name}, which is within the limits: drop it"
    for name, (members, lines, paths) in sorted(classes.items()):
        if name in ALLOWED:
            continue
        if members > MAX_MEMBERS:
            yield f"{paths[0]}: class {name} has {members} members with its nested types (at most {MAX_MEMBERS})"
        if lines > MAX_CLASS_LINES:
            yield (f"{paths[0]}: class {name} spans {lines} lines in {', '.join(paths)} "
                   f"(at most {MAX_CLASS_LINES})")


def report(classes):
    print(f"Classes at 75% of a limit or more (members <= {MAX_MEMBERS}, lines <= {MAX_CLASS_LINES}):")
    rows = [(m, n, k) for k, (m, n, _) in classes.items()
            if m >= 0.75 * MAX_MEMBERS or n >= 0.75 * MAX_CLASS_LINES]
    for m, n, k in sorted(rows, reverse=True):
        note = "  (allowed: " + ALLOWED[k] + ")" if k in ALLOWED else ""
        print(f"  {m:4d} members {n:5d} lines  {k}{note}")


# --- layers ------------------------------------------------------------------------------------------

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]', re.M)
GENERATED = re.compile(r"^(ui_\w+\.h|\w+\.moc|moc_\w+\.cpp)$")


def folders(files):
    """{include root: {top-level folder}} as the tree has them."""
    found = collections.defaultdict(set)
    for f in files:
        for base in INCLUDE_ROOTS:
            prefix = "" if base == "." else base + "/"
            rest = f[len(prefix):] if f.startswith(prefix) else None
            if rest and "/" in rest:
                found[base].add(rest.split("/")[0])
    return found


def resolve(header, present):
    """The tracked files an include names, from each include root."""
    hits = []
    for base in INCLUDE_ROOTS:
        path = os.path.normpath(header if base == "." else f"{base}/{header}")
        if path in present:
            hits.append(path)
    return hits


def check_folders(root, files):
    found = folders(files)
    for folder in sorted(found["app"]):
        if folder not in known_layers():
            yield f"app/{folder}: a folder in no layer (add it to LAYERS or SEES_ALSO in tests/structure)"
    app, server = found["app"], found["server/src"]
    for clash in sorted(app & server):
        yield f"app/{clash} and server/src/{clash}: an include of {clash}/... could name either"
    for f in files:
        if f.startswith("server/src/") and f.count("/") == 2 and f.endswith(CODE_EXT):
            yield f"{f}: a server source outside the server's folders (server/src/<part>/)"


def check_includes(root, files):
    present = set(files)
    for f in code_files(files):
        layer = layer_of(f)
        allowed = sees(layer)
        for bracket, header in INCLUDE.findall(read(root, f)):
            if bracket == "<":
                if layer == "protocol" and header.startswith("Q"):
                    yield f"{f}: includes <{header}>: app/protocol takes nothing of Qt"
                if layer in ("protocol", "core", "persistence", "models", "cli", "server") and \
                        header.startswith(("QtWidgets/", "QtGui/")):
                    yield f"{f}: includes <{header}>: only ui/ uses the GUI modules"
                if layer == "imaging" and header.startswith("QtWidgets/"):
                    yield f"{f}: includes <{header}>: app/imaging takes QtGui, never the widgets"
                continue
            if GENERATED.match(header):
                continue
            hits = resolve(header, present)
            if not hits:
                yield f'{f}: includes "{header}", which is no header of the tree by its path from app/, ui/\'s root or server/src'
                continue
            if len(hits) > 1:
                yield f'{f}: includes "{header}", which names {" and ".join(hits)}'
            target = layer_of(hits[0])
            if target not in allowed:
                yield f"{f}: includes {header} ({target}), which the {layer} layer does not see"
            elif header.startswith(("./", "../")):
                yield f'{f}: includes "{header}" by a relative path, not by its path from an include root'


TARGET_DEF = re.compile(r"\b(?:qt_add_library|add_library|qt_add_executable|add_executable)\(\s*([\w-]+)([^)]*)\)")
LINKS = re.compile(r"\btarget_link_libraries\(\s*([\w-]+)([^)]*)\)")
INCLUDE_DIRS = re.compile(r"\btarget_include_directories\(\s*([\w-]+)([^)]*)\)")


def cmake_targets(root, files):
    """{target: layer} from the CMakeLists of app/, ui/ and server/: a target's layer is that of its
    first source."""
    targets = {}
    for f in files:
        if f.split("/")[0] not in CODE_DIRS or not f.endswith("CMakeLists.txt"):
            continue
        base = os.path.dirname(f)
        for name, args in TARGET_DEF.findall(re.sub(r"#.*", "", read(root, f))):
            sources = [a for a in args.split() if a.endswith(CODE_EXT)]
            if sources:
                targets[name] = (layer_of(os.path.normpath(f"{base}/{sources[0]}")), f)
    return targets


def check_cmake(root, files):
    targets = cmake_targets(root, files)
    for f in sorted({f for _, f in targets.values()}):
        text = re.sub(r"#.*", "", read(root, f))
        for name, args in LINKS.findall(text):
            if name not in targets:
                continue
            layer = targets[name][0]
            for dep in args.split():
                if dep in targets and targets[dep][0] not in sees(layer):
                    yield f"{f}: {name} ({layer}) links {dep} ({targets[dep][0]}), which its layer does not see"
                if dep == "Qt6::Gui" and layer == "imaging":
                    continue  # the image pipeline: QImage and its readers and writers, no widgets
                if dep in ("Qt6::Widgets", "Qt6::Gui") and layer not in ("ui", "main"):
                    yield f"{f}: {name} ({layer}) links {dep}: only ui/ uses the GUI modules"
        for name, args in INCLUDE_DIRS.findall(text):
            if "PROJECT_SOURCE_DIR" in args or "CMAKE_SOURCE_DIR" in args:
                yield (f"{f}: {name} exports an include directory outside its folder ({args.strip()}); "
                       "profiledesk_export_headers exports only the target's own folder")
    for f in files:
        if f.startswith("app/protocol/") and f.endswith(".cpp"):
            yield f"{f}: app/protocol is header-only"


EVENT_LOOP = re.compile(r"\bQEventLoop\b|\bexec\(\)|\bprocessEvents\(")
WAITS_ALLOWED = ("app/core/blockingcall.cpp", "app/cli/", "ui/main.cpp")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def check_event_loops(root, files):
    for f in code_files(files):
        if not f.startswith(("app/", "ui/")) or f.startswith(WAITS_ALLOWED):
            continue
        text = strip_comments(read(root, f))
        for m in EVENT_LOOP.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            yield f"{f}:{line}: {m.group(0)}: a nested event loop (the GUI thread never waits)"
        if f.split("/")[1] not in ("core", "cli") and "core/blockingcall.h" in text:
            yield f"{f}: includes core/blockingcall.h: only the CLI waits for an answer"


# --- who decides ---------------------------------------------------------------------------------------

CODE_TEST = re.compile(r"(?:==|!=)\s*ErrorCode::|\bcase\s+ErrorCode::|ErrorCode::\w+\s*(?:==|!=)"
                       r"|\bswitch\s*\([^)]*\bcode\)")
# Files above the core that may tell codes apart, and why (everything else asks ErrorCatalog).
CODE_DECIDERS = {
    "app/models/errorcatalog.cpp": "THE table from a code to a place, a text and a re-sign-in reason",
    "app/models/profile/passwordchange.cpp": "3003 on checking the current password: that field is wrong",
    "app/models/profile/profilesave.cpp": "2002 on the re-read before a save: the save cannot work either",
    "ui/staff/journalview.cpp": "the journal table missing (1009) or not findable: what to set up",
    "app/cli/clicommands.cpp": "restore-password's unknown user reads as success, as in the app",
}
SESSION_ENDED_LISTENER = "app/models/session/session.cpp"
TOKEN_READERS = ("app/models/session/session.cpp", "app/models/session/signinflow.cpp", "app/cli/clisession.cpp")


def check_deciders(root, files):
    for f in code_files(files):
        if not f.startswith(("app/", "ui/")) or f.startswith(("app/core/", "app/protocol/")):
            continue
        text = strip_comments(read(root, f))
        if f not in CODE_DECIDERS:
            for m in CODE_TEST.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                yield f"{f}:{line}: tells error codes apart: ErrorCatalog decides (or name the file in CODE_DECIDERS)"
        if f != SESSION_ENDED_LISTENER and "UserService::sessionEnded" in text:
            yield f"{f}: listens to UserService::sessionEnded: only the Session does"
        if f not in TOKEN_READERS and re.search(r"(?:->|\.)userToken\(\)", text):
            yield f"{f}: reads the session token: ask Session::token()"


# --- documents ---------------------------------------------------------------------------------------

# A document named in a file: a Markdown link target, or a path ending in .md in code or prose.
DOC_REF = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)|(?<![\w/.-])((?:\.\./|\./)?[\w./-]*[\w-]+\.md)\b")
TEXT_EXT = (".h", ".cpp", ".md", ".txt", ".cmake", ".py", ".sh", ".js", ".mjs", ".json", ".ui", ".in")


def check_doc_refs(root, files):
    present = set(files)
    for f in files:
        if not f.endswith(TEXT_EXT) or "/node_modules/" in f or f.startswith("tests/structure/"):
            continue
        path = os.path.join(root, f)
        if not os.path.isfile(path):
            continue
        text = read(root, f)
        for m in DOC_REF.finditer(text):
            ref = m.group(1) or m.group(2)
            if "://" in ref:
                continue
            relative = os.path.normpath(os.path.join(os.path.dirname(f), ref))
            if relative in present or os.path.normpath(ref) in present:
                continue  # relative to the file, or a path from the repository root
            yield f"{f}: names {ref}, which is not in the repository"


def main():
    args = [a for a in sys.argv[1:] if a != "--report"]
    root = os.path.abspath(args[0] if args else ".")
    files = tracked(root)
    classes = measure_classes(root, files)
    problems = list(check_classes(root, files, classes))
    for check in (check_file_lines, check_folders, check_includes, check_cmake, check_event_loops,
                  check_deciders, check_doc_refs):
        problems += list(check(root, files))
    for p in problems:
        print(p)
    if "--report" in sys.argv[1:]:
        report(classes)
    print(f"{len(problems)} violation(s) of the structure rules in {len(code_files(files))} C++ files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
