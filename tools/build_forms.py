"""Compile the Qt Designer forms in ui/ to Python in planner/gui/forms/.

    python tools/build_forms.py           regenerate every form
    python tools/build_forms.py --check   exit 1 if any generated form is stale

The generated files carry a do-not-edit header. uic's own header (which names
its version) is replaced so that output does not change with the Qt release.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "planner" / "gui" / "forms"

HEADER = """\
# GENERATED FILE: DO NOT EDIT.
# Made from ui/{ui_name} by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.
"""


def _uic() -> list[str]:
    beside = Path(sys.executable).parent / "pyside6-uic"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install PySide6-Essentials")


def generate(ui_path: Path) -> str:
    """The Python source for one form, with our header."""
    output = subprocess.run(
        [*_uic(), "-g", "python", "--no-autoconnection", str(ui_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = output.splitlines()
    # Drop uic's banner: the coding line and the block of '#' comments after it.
    start = 0
    while start < len(lines) and (lines[start].startswith("#") or not lines[start].strip()):
        start += 1
    body = "\n".join(line.rstrip() for line in lines[start:]).rstrip() + "\n"
    return HEADER.format(ui_name=ui_path.name) + "\n" + only_used_imports(body)


def only_used_imports(source: str) -> str:
    """uic imports some thirty Qt classes whatever the form uses; each class PySide6 loads
    costs start-up time (it builds the class's enums), so keep only the names used."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines()
    for node in reversed(tree.body):
        # Only uic's own `from PySide6.X import A, B` lines; custom widgets' imports,
        # star imports and aliases are left as uic wrote them.
        if not (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").startswith("PySide6.")
            and all(alias.asname is None and alias.name != "*" for alias in node.names)
        ):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        if not names:
            replacement = []
        elif len(line := f"from {node.module} import {', '.join(names)}") <= 99:
            replacement = [line]
        else:
            replacement = [f"from {node.module} import (", *(f"    {n}," for n in names), ")"]
        lines[node.lineno - 1 : node.end_lineno] = replacement
    return "\n".join(lines) + "\n"


def target_for(ui_path: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_path.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    options = parser.parse_args(argv)
    stale = []
    for ui_path in sorted(UI_DIR.glob("*.ui")):
        source = generate(ui_path)
        target = target_for(ui_path)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == source:
            continue
        stale.append(target)
        if not options.check:
            target.write_text(source, encoding="utf-8")
    expected = {target_for(ui) for ui in UI_DIR.glob("*.ui")}
    orphans = [p for p in FORMS_DIR.glob("ui_*.py") if p not in expected]
    if options.check:
        for path in stale + orphans:
            print(f"stale: {path.relative_to(ROOT)} (run `make forms`)", file=sys.stderr)
        return 1 if stale or orphans else 0
    for path in orphans:
        path.unlink()
    for path in stale:
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
