#!/usr/bin/env python3
"""check_structure.py must catch each rule's violation and pass a tree that keeps them all.

Builds two small trees in a temporary directory (not git checkouts: the checker walks them) and
asserts on what the checker prints. Usage: selftest.py
"""
import os
import subprocess
import sys
import tempfile

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_structure.py")


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as fh:
        fh.write(text)


def declarations(n, prefix="f"):
    return "".join(f"    void {prefix}{i}();\n" for i in range(n))


def members(name, n):
    return f"class {name}\n{{\npublic:\n" + declarations(n) + "};\n"


def definitions(name, first, count, body_lines):
    body = "    int x = 0;\n" * (body_lines - 2)
    return "".join(f"void {name}::f{i}()\n{{\n{body}}}\n" for i in range(first, first + count))


def run(root):
    out = subprocess.run([sys.executable, CHECKER, root], capture_output=True, text=True)
    return out.returncode, out.stdout


def layered_tree(root):
    """The headers every layer offers, and CMake targets linking down the table."""
    write(root, "app/protocol/codes.h", "#pragma once\nconstexpr int NotFound = 3064;\n")
    write(root, "app/core/user.h", '#pragma once\n#include "protocol/codes.h"\n#include <QString>\n')
    write(root, "app/core/blockingcall.h", "#pragma once\n")
    write(root, "app/core/blockingcall.cpp", '#include "core/blockingcall.h"\n#include <QEventLoop>\n'
          "void wait() { QEventLoop loop; loop.exec(); }\n")
    write(root, "app/persistence/store.h", '#pragma once\n#include "core/user.h"\n')
    write(root, "app/models/model.h", '#pragma once\n#include "persistence/store.h"\n')
    write(root, "app/imaging/picture.h", '#pragma once\n#include "protocol/codes.h"\n#include <QImage>\n')
    write(root, "app/cli/cli.cpp", '#include "core/blockingcall.h"\n#include "persistence/store.h"\n'
          '#include "imaging/picture.h"\n')
    write(root, "ui/editor/editor.h", '#pragma once\n#include "models/model.h"\n#include "imaging/picture.h"\n')
    write(root, "ui/editor/editor.cpp", '#include "ui/editor/editor.h"\n#include "ui_editor.h"\n')
    write(root, "server/src/host/serverhost.h", '#pragma once\n#include "protocol/codes.h"\n')
    write(root, "server/src/storage/database.cpp", '#include "host/serverhost.h"\n')
    write(root, "ui/main.cpp", '#include "host/serverhost.h"\n#include "ui/editor/editor.h"\n'
          "int main() { return QCoreApplication::exec(); }\n")
    write(root, "app/protocol/CMakeLists.txt", "add_library(profiledesk_protocol INTERFACE codes.h)\n"
          "profiledesk_export_headers(profiledesk_protocol ${CMAKE_CURRENT_SOURCE_DIR})\n")
    write(root, "app/core/CMakeLists.txt", "qt_add_library(profiledesk_core STATIC user.h)\n"
          "target_link_libraries(profiledesk_core PUBLIC profiledesk_protocol Qt6::Core)\n")
    write(root, "app/models/CMakeLists.txt", "qt_add_library(profiledesk_models STATIC model.h)\n"
          "target_link_libraries(profiledesk_models PUBLIC profiledesk_core)\n")
    write(root, "app/imaging/CMakeLists.txt", "qt_add_library(profiledesk_imaging STATIC picture.h)\n"
          "target_link_libraries(profiledesk_imaging PUBLIC profiledesk_protocol Qt6::Gui)\n")
    write(root, "ui/CMakeLists.txt", "qt_add_library(profiledesk_ui STATIC editor/editor.h)\n"
          "target_link_libraries(profiledesk_ui PUBLIC profiledesk_models profiledesk_imaging Qt6::Widgets)\n"
          "qt_add_executable(profiledesk WIN32 main.cpp)\n"
          "target_link_libraries(profiledesk PRIVATE profiledesk_ui profiledesk_server)\n")
    write(root, "server/CMakeLists.txt", "qt_add_library(profiledesk_server STATIC\n"
          "    # host: one running server (ServerHost)\n    src/host/serverhost.h)\n"
          'target_include_directories(profiledesk_server PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/src")\n'
          "target_link_libraries(profiledesk_server PUBLIC profiledesk_protocol Qt6::Network)\n")


def main():
    failures = []
    with tempfile.TemporaryDirectory() as bad, tempfile.TemporaryDirectory() as good:
        layered_tree(bad)
        # sizes
        write(bad, "app/core/long.cpp", "int x;\n" * 451)
        write(bad, "ui/shell/wide.h", members("Wide", 41))
        # members hidden in nested types: one in the header, one defined in the .cpp
        write(bad, "app/models/outer.h", "class Outer\n{\n" + declarations(30) +
              "    struct Inner\n    {\n" + declarations(11, "g") + "    };\n};\n")
        write(bad, "app/models/hider.h", "namespace N {\nclass Hider\n{\n" + declarations(38) +
              "    struct Hidden;\n};\n}\n")
        write(bad, "app/models/hider.cpp", '#include "models/hider.h"\nnamespace N {\n'
              "struct Hider::Hidden\n{\n    int a;\n    int b;\n    int c;\n};\n}\n")
        # a class spread over files each under the file limit
        write(bad, "app/models/spread.h", members("Spread", 20))
        write(bad, "app/models/spread_a.cpp", '#include "models/spread.h"\n' + definitions("Spread", 0, 10, 26))
        write(bad, "app/models/spread_b.cpp", '#include "models/spread.h"\n' + definitions("Spread", 10, 10, 26))
        # an allowed class that no longer needs to be
        write(bad, "app/models/passwordchange.h", members("PasswordChange", 3))
        # layers, one upward include per layer and each kind of crossing
        write(bad, "app/models/up.cpp", '#include "ui/editor/editor.h"\n')
        write(bad, "app/core/up.cpp", '#include "models/model.h"\n')
        write(bad, "app/persistence/up.cpp", '#include "models/model.h"\n')
        write(bad, "app/protocol/up.h", '#include "core/user.h"\n#include <QString>\n')
        write(bad, "app/protocol/inline.cpp", "int x;\n")
        write(bad, "app/cli/up.cpp", '#include "ui/editor/editor.h"\n')
        # the image pipeline sees no client layer but protocol, no layer of the stack below ui/ sees
        # it, and it takes QtGui but never the widgets
        write(bad, "app/imaging/up.cpp", '#include "core/user.h"\n#include <QtWidgets/QLabel>\n')
        write(bad, "app/models/picture.cpp", '#include "imaging/picture.h"\n#include <QtGui/QImage>\n')
        write(bad, "app/imaging/more/CMakeLists.txt", "qt_add_library(profiledesk_imaging_more STATIC ../picture.h)\n"
              "target_link_libraries(profiledesk_imaging_more PUBLIC profiledesk_core Qt6::Widgets)\n")
        write(bad, "server/src/storage/client.cpp", '#include "core/user.h"\n')
        write(bad, "ui/shell/demo.cpp", '#include "host/serverhost.h"\n')
        write(bad, "app/core/bare.cpp", '#include "user.h"\n')
        write(bad, "app/core/widget.cpp", "#include <QtWidgets/QWidget>\n")
        write(bad, "app/extras/x.h", "#pragma once\n")
        write(bad, "server/src/core/clash.h", "#pragma once\n")
        write(bad, "server/src/flat.cpp", "int x;\n")
        # CMake: an upward link, a GUI module below ui/, an include directory exporting all of app/
        write(bad, "app/persistence/CMakeLists.txt", "qt_add_library(profiledesk_persistence STATIC store.h)\n"
              "target_link_libraries(profiledesk_persistence PUBLIC profiledesk_models Qt6::Widgets)\n"
              "target_include_directories(profiledesk_persistence PUBLIC ${PROJECT_SOURCE_DIR}/app)\n")
        write(bad, "ui/CMakeLists.txt", "qt_add_library(profiledesk_ui STATIC editor/editor.h)\n"
              "target_link_libraries(profiledesk_ui PUBLIC profiledesk_models profiledesk_server)\n")
        # nested event loops and a blocking wait outside the CLI
        write(bad, "ui/editor/wait.cpp", "void f(QDialog *d)\n{\n    d->exec();\n}\n")
        write(bad, "app/models/loop.cpp", "// QEventLoop in a comment is fine\nvoid g() { QEventLoop l; }\n")
        write(bad, "app/models/blocks.cpp", '#include "core/blockingcall.h"\n')
        # who decides: a code told apart, sessionEnded heard, the token read, outside their owners
        write(bad, "ui/staff/codes.cpp", "bool f(const Error &e) { return e.code == ErrorCode::InvalidUserToken; }\n")
        write(bad, "ui/shell/ended.cpp", "void f() { connect(u, &UserService::sessionEnded, this, g); }\n")
        write(bad, "app/models/staff/token.cpp", "QString f() { return users->userToken(); }\n")
        # documents
        write(bad, "docs/A.md", "See [the design](../shared/DESIGN.md).\n")
        write(bad, "server/src/host/x.h", "// the rules live in PROTOCOL.md\n")
        code, text = run(bad)
        expected = [
            "app/core/long.cpp: 451 lines",
            "class Wide has 41 members",
            "class Outer has 41 members with its nested types",
            "class N::Hider has 41 members with its nested types",
            "class Spread spans 564 lines in app/models/spread.h, app/models/spread_a.cpp, app/models/spread_b.cpp",
            "ALLOWED names PasswordChange, which is within the limits",
            "app/models/up.cpp: includes ui/editor/editor.h (ui), which the models layer does not see",
            "app/core/up.cpp: includes models/model.h (models), which the core layer does not see",
            "app/persistence/up.cpp: includes models/model.h (models), which the persistence layer does not see",
            "app/protocol/up.h: includes core/user.h (core), which the protocol layer does not see",
            "app/protocol/up.h: includes <QString>: app/protocol takes nothing of Qt",
            "app/protocol/inline.cpp: app/protocol is header-only",
            "app/cli/up.cpp: includes ui/editor/editor.h (ui), which the cli layer does not see",
            "app/imaging/up.cpp: includes core/user.h (core), which the imaging layer does not see",
            "app/imaging/up.cpp: includes <QtWidgets/QLabel>: app/imaging takes QtGui, never the widgets",
            "app/models/picture.cpp: includes imaging/picture.h (imaging), which the models layer does not see",
            "app/models/picture.cpp: includes <QtGui/QImage>: only ui/ uses the GUI modules",
            "profiledesk_imaging_more (imaging) links profiledesk_core (core), which its layer does not see",
            "profiledesk_imaging_more (imaging) links Qt6::Widgets: only ui/ uses the GUI modules",
            "server/src/storage/client.cpp: includes core/user.h (core), which the server layer does not see",
            "ui/shell/demo.cpp: includes host/serverhost.h (server), which the ui layer does not see",
            'app/core/bare.cpp: includes "user.h", which is no header of the tree',
            "app/core/widget.cpp: includes <QtWidgets/QWidget>: only ui/ uses the GUI modules",
            "app/extras: a folder in no layer",
            "app/core and server/src/core: an include of core/... could name either",
            "server/src/flat.cpp: a server source outside the server's folders",
            "profiledesk_persistence (persistence) links profiledesk_models (models), which its layer does not see",
            "profiledesk_persistence (persistence) links Qt6::Widgets: only ui/ uses the GUI modules",
            "profiledesk_persistence exports an include directory outside its folder",
            "ui/CMakeLists.txt: profiledesk_ui (ui) links profiledesk_server (server), which its layer does not see",
            "ui/editor/wait.cpp:3: exec(): a nested event loop",
            "app/models/loop.cpp:2: QEventLoop: a nested event loop",
            "app/models/blocks.cpp: includes core/blockingcall.h: only the CLI waits",
            "ui/staff/codes.cpp:1: tells error codes apart: ErrorCatalog decides",
            "ui/shell/ended.cpp: listens to UserService::sessionEnded: only the Session does",
            "app/models/staff/token.cpp: reads the session token: ask Session::token()",
            "docs/A.md: names ../shared/DESIGN.md",
            "server/src/host/x.h: names PROTOCOL.md",
        ]
        if code != 1:
            failures.append(f"a tree breaking every rule: exit {code}, expected 1")
        failures += [f"not reported: {e}" for e in expected if e not in text]
        if "app/models/loop.cpp:1" in text:
            failures.append("a comment naming QEventLoop was reported")
        if failures:
            failures.append("the checker said:\n" + text)

        layered_tree(good)
        write(good, "app/core/short.cpp", "int x;\n" * 450)
        write(good, "ui/shell/wide.h", members("Wide", 40))
        write(good, "app/models/outer.h", "class Outer\n{\n" + declarations(30) +
              "    struct Inner\n    {\n" + declarations(10, "g") + "    };\n};\n")
        write(good, "app/models/spread.h", members("Spread", 20))
        write(good, "app/models/spread_a.cpp", '#include "models/spread.h"\n' + definitions("Spread", 0, 10, 22))
        write(good, "app/models/spread_b.cpp", '#include "models/spread.h"\n' + definitions("Spread", 10, 10, 22))
        write(good, "app/models/down.cpp", '#include "core/user.h"\n#include "models/model.h"\n')
        # the owners may: the catalog tells codes apart, the session hears sessionEnded and reads the token
        write(good, "app/models/errorcatalog.cpp", "int f(const Error &e) { switch (e.code) { case ErrorCode::A: "
              "return 1; } return e.code == ErrorCode::B; }\n")
        write(good, "app/models/session/session.cpp", "void f() { connect(u, &UserService::sessionEnded, this, g); "
              "t = u->userToken(); }\n")
        write(good, "app/models/staff/make.cpp", "Error f() { return Error::local(QString(), ErrorCode::NotLoggedIn); }\n")
        write(good, "docs/PROTOCOL.md", "# Protocol\n")
        write(good, "docs/A.md", "See [the protocol](PROTOCOL.md).\n")
        write(good, "server/src/host/x.h", "// the rules live in docs/PROTOCOL.md\n")
        code, text2 = run(good)
        if code != 0:
            failures.append(f"a tree keeping every rule: exit {code}, expected 0:\n{text2}")
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print(f"check_structure.py reports each of the {len(expected)} planted violations and passes the clean tree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
