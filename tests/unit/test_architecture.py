"""The layers of docs/architecture.md: the domain and the store never import Qt or the GUI."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "planner"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["core", "store"])
def test_layer_imports_no_qt_and_no_gui(layer):
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith("PySide6"), f"{path} imports {name}"
            assert not name.startswith("planner.gui"), f"{path} imports {name}"


def test_core_does_not_import_the_store():
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith("planner.store"), f"{path} imports {name}"


@pytest.mark.parametrize(
    "module", ["commands.py", "transfer.py", "fileio.py", "settings.py", "datadir.py", "render"]
)
def test_the_command_line_needs_no_window_code(module):
    """The commands (and the sheet's rendering they use) never import the window's package
    or QtWidgets: they run with no display, on Qt's offscreen platform at most."""
    paths = [PACKAGE / module] if module.endswith(".py") else (PACKAGE / module).rglob("*.py")
    for path in paths:
        for name in imported_modules(path):
            assert not name.startswith("planner.gui"), f"{path} imports {name}"
            assert not name.startswith("PySide6.QtWidgets"), f"{path} imports {name}"
            assert not name.startswith("PySide6.QtPrintSupport"), f"{path} imports {name}"
