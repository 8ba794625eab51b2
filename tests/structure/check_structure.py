#!/usr/bin/env python3
"""The house rules a reviewer would otherwise check by eye (docs/ARCHITECTURE.md, "Rules"):

  1. no C++ source file outside tests/ is longer than MAX_LINES lines;
  2. no class or struct declares more than MAX_MEMBERS members (data members and member
     functions, signals and slots included; enumerators, nested types and what Q_OBJECT expands to
     are not members a reader counts), as universal-ctags reads the headers;
  3. no file under app/ includes a header of the GUI (ui/);
  4. no file points at a document outside the repository: every relative link or `*.md` path that a
     source, script or document names must exist in the tree.

Usage: check_structure.py SOURCE_DIR   (exit 0: all hold; 1: the violations are printed)
"""
import collections
import json
import os
import re
import subprocess
import sys

MAX_LINES = 450
MAX_MEMBERS = 35
CODE_DIRS = ("app", "ui", "server")
CODE_EXT = (".h", ".cpp")


def tracked(root):
    out = subprocess.run(["git", "-C", root, "ls-files", "-z"], capture_output=True, check=False)
    if out.returncode == 0:
        return [p for p in out.stdout.decode().split("\0") if p]
    files = []  # not a git checkout (a source tarball): walk the tree
    for base, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith((".", "build")) and d != "node_modules"]
        files += [os.path.relpath(os.path.join(base, n), root) for n in names]
    return files


def code_files(files):
    return [f for f in files if f.split("/")[0] in CODE_DIRS and f.endswith(CODE_EXT)]


def check_lines(root, files):
    for f in code_files(files):
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            n = sum(1 for _ in fh)
        if n > MAX_LINES:
            yield f"{f}: {n} lines (at most {MAX_LINES})"


def check_members(root, files):
    headers = [f for f in code_files(files) if f.endswith(".h")]
    out = subprocess.run(
        [os.environ.get("PROFILEDESK_CTAGS", "ctags"), "--output-format=json", "--fields=+sKn", "--kinds-C++=+p", "--language-force=C++",
         "-f", "-", *headers], cwd=root, capture_output=True, text=True, check=True)
    members = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        tag = json.loads(line)
        if tag.get("scopeKind") not in ("class", "struct"):
            continue
        if tag.get("kind") not in ("member", "prototype", "function"):
            continue
        members[(tag["path"], tag["scope"])].append(tag["name"])
    for (path, scope), names in sorted(members.items()):
        if len(names) > MAX_MEMBERS:
            yield f"{path}: class {scope} has {len(names)} members (at most {MAX_MEMBERS})"


INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)


def check_layers(root, files):
    for f in files:
        if not (f.startswith("app/") and f.endswith(CODE_EXT)):
            continue
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            for header in INCLUDE.findall(fh.read()):
                if header.startswith("ui/") or header.startswith("ui_"):
                    yield f"{f}: includes the GUI header {header}"


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
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        for m in DOC_REF.finditer(text):
            ref = m.group(1) or m.group(2)
            if "://" in ref:
                continue
            relative = os.path.normpath(os.path.join(os.path.dirname(f), ref))
            if relative in present or os.path.normpath(ref) in present:
                continue  # relative to the file, or a path from the repository root
            yield f"{f}: names {ref}, which is not in the repository"


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    files = tracked(root)
    problems = []
    for check in (check_lines, check_members, check_layers, check_doc_refs):
        problems += list(check(root, files))
    for p in problems:
        print(p)
    print(f"{len(problems)} violation(s) of the structure rules in {len(code_files(files))} C++ files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
