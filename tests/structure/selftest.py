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


def members(n):
    return "class Wide\n{\npublic:\n" + "".join(f"    void f{i}();\n" for i in range(n)) + "};\n"


def run(root):
    out = subprocess.run([sys.executable, CHECKER, root], capture_output=True, text=True)
    return out.returncode, out.stdout


def main():
    failures = []
    with tempfile.TemporaryDirectory() as bad, tempfile.TemporaryDirectory() as good:
        write(bad, "app/core/long.cpp", "int x;\n" * 451)
        write(bad, "ui/shell/wide.h", members(36))
        write(bad, "app/models/up.cpp", '#include "ui/editor/profileeditor.h"\n')
        write(bad, "docs/A.md", "See [the design](../shared/DESIGN.md).\n")
        write(bad, "server/src/x.h", "// the rules live in PROTOCOL.md\n")
        code, text = run(bad)
        expected = ["app/core/long.cpp: 451 lines", "class Wide has 36 members",
                    "app/models/up.cpp: includes the GUI header ui/editor/profileeditor.h",
                    "docs/A.md: names ../shared/DESIGN.md", "server/src/x.h: names PROTOCOL.md"]
        if code != 1:
            failures.append(f"a tree breaking every rule: exit {code}, expected 1")
        failures += [f"not reported: {e}" for e in expected if e not in text]

        write(good, "app/core/short.cpp", "int x;\n" * 450)
        write(good, "ui/shell/wide.h", members(35))
        write(good, "app/models/down.cpp", '#include "core/user.h"\n')
        write(good, "docs/PROTOCOL.md", "# Protocol\n")
        write(good, "docs/A.md", "See [the protocol](PROTOCOL.md).\n")
        write(good, "server/src/x.h", "// the rules live in docs/PROTOCOL.md\n")
        code, text2 = run(good)
        if code != 0:
            failures.append(f"a tree keeping every rule: exit {code}, expected 0:\n{text2}")
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print("check_structure.py reports each of the 5 planted violations and passes the clean tree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
