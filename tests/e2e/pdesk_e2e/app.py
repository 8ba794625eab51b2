"""The real profiledesk executable, started as a person's desktop would start it."""

import os
import signal
import subprocess
import time

from . import ui
from .backend import APP_ID, API_KEY, ACCOUNTS, wait_for_exit

LOGIN_TITLE = "Sign in to ProfileDesk"

# The accessible names a journey looks for, by language (what a person reads on the screen).
LABELS = {
    "en": dict(login_title=LOGIN_TITLE, email="Email", password="Password", stay="Stay signed in",
               name="Name", address="Address", phone="Phone", file="File", save="Save", sign_out="Sign out",
               quit="Quit", server_settings="Server settings"),
    "de": dict(login_title="Bei ProfileDesk anmelden", email="E-Mail", password="Passwort",
               stay="Angemeldet bleiben", name="Name", address="Adresse", phone="Telefon", file="Datei",
               save="Speichern", sign_out="Abmelden", quit="Beenden", server_settings="Servereinstellungen"),
    "fr": dict(login_title="Se connecter à ProfileDesk", email="E-mail", password="Mot de passe",
               stay="Rester connecté", name="Nom", address="Adresse", phone="Téléphone", file="Fichier",
               save="Enregistrer", sign_out="Se déconnecter", quit="Quitter",
               server_settings="Paramètres du serveur"),
    "es": dict(login_title="Iniciar sesión en ProfileDesk", email="Correo electrónico", password="Contraseña",
               stay="Mantener la sesión iniciada", name="Nombre", address="Dirección", phone="Teléfono",
               file="Archivo", save="Guardar", sign_out="Cerrar sesión", quit="Salir",
               server_settings="Configuración del servidor"),
}


class App:
    def __init__(self, executable, home, args, log_path, wrapper=(), startup_timeout=60, language="en",
                 extra_env=None):
        self.home = home
        self.labels = LABELS[language]
        env = dict(os.environ)
        env.update(HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
                   XDG_CACHE_HOME=home + "/cache", QT_QPA_PLATFORM="xcb",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        env.pop("QT_STYLE_OVERRIDE", None)
        env.update(extra_env or {})
        os.makedirs(home, exist_ok=True)
        self.log_path = log_path
        self.log = open(log_path, "a")
        self.log.write("\n$ %s\n" % " ".join(list(wrapper) + [executable] + list(args)))
        self.log.flush()
        self.process = subprocess.Popen(list(wrapper) + [executable] + list(args), env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self.ui = ui.AppDriver(self.process, float((extra_env or {}).get("QT_SCALE_FACTOR", 1)))
        self.startup_timeout = startup_timeout
        # valgrind runs the program in its own process: the pid is the same one (it execs).
        ui.wait_until(lambda: self.ui.application() is not None or self.process.poll() is not None,
                      startup_timeout, "the app on the accessibility bus")
        if self.process.poll() is not None:
            raise ui.JourneyFailure("profiledesk exited at start with %s" % self.process.returncode)

    def alive(self):
        return self.process.poll() is None

    def exit_code(self, timeout=30):
        code = wait_for_exit(self.process, timeout)
        if code is None:
            raise ui.JourneyFailure("profiledesk did not exit within %d s" % timeout)
        self.log.close()
        return code

    def kill_hard(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self.log.close()

    def stop(self):
        if self.alive():
            self.process.terminate()
            if wait_for_exit(self.process, 10) is None:
                self.kill_hard()

    # --- what a person does over and over ------------------------------------------------

    def login_dialog(self, timeout=None):
        return self.ui.window(self.labels["login_title"], timeout=timeout or self.startup_timeout)

    def sign_in(self, who, stay_signed_in=False, password=None, expect_editor=True):
        identity, real_password = ACCOUNTS[who] if who in ACCOUNTS else (who, password)
        dialog = self.login_dialog()
        self.ui.fill(self.ui.find("text", self.labels["email"], within=dialog), identity)
        stay = self.ui.find("check box", self.labels["stay"], within=dialog)
        checked = stay.getState().contains(ui.pyatspi.STATE_CHECKED)
        if checked != stay_signed_in:
            self.ui.focus(stay)
            self.ui.key("space")
        self.ui.fill(self.ui.find("password text", self.labels["password"], within=dialog),
                     password or real_password)
        self.ui.key("Return")
        if expect_editor:
            return self.editor_window(identity)
        return None

    def editor_window(self, identity, timeout=None):
        return self.ui.window("%s – ProfileDesk" % identity, timeout=timeout or self.startup_timeout)

    def field(self, label, timeout=None):
        """An editor field by its label: a key of LABELS (`address`) or the label itself."""
        return self.ui.find("text", self.labels.get(label, label), timeout=timeout or ui.DEFAULT_TIMEOUT)

    def open_password_change(self):
        """The password change is behind its button ("Change password…", a toggle): opened from the
        keyboard as a person tabbing to it does; Current password then has the focus."""
        button = self.ui.find(None, "Change password…")
        if not self.ui.find_all("password text", "Current password"):
            self.ui.focus(button)
            self.ui.key("space")
        current = self.ui.find("password text", "Current password")
        ui.wait_until(lambda: ui.is_focused(current), 10, "the focus in Current password")
        return current

    def field_text(self, label):
        return self.ui.text(self.field(label))

    def wait_for_banner(self, fragment, timeout=None):
        """A message in a banner or label whose text contains `fragment`."""
        def look():
            for node in self.ui.find_all():
                if ui.role_name(node) in ("label", "text", "status bar") and fragment in ui.name_of(node):
                    return node
            return None
        return self.ui.wait(look, timeout or ui.DEFAULT_TIMEOUT, "a message containing %r" % fragment)


def server_args(server):
    return ["--server", server.base_url, "--app-id", APP_ID, "--api-key", API_KEY]


def pause(seconds):
    time.sleep(seconds)
