"""The Python made from ui/*.ui is current: regenerate it and compare."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_not_stale():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_generated_forms_carry_the_do_not_edit_header():
    forms = sorted((ROOT / "planner" / "gui" / "forms").glob("ui_*.py"))
    assert {form.name for form in forms} == {
        f"ui_{ui.stem}.py" for ui in (ROOT / "ui").glob("*.ui")
    }
    for form in forms:
        assert form.read_text(encoding="utf-8").startswith("# GENERATED FILE: DO NOT EDIT.")


def test_only_the_qt_classes_a_form_uses_are_imported():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from build_forms import only_used_imports
    finally:
        sys.path.remove(str(ROOT / "tools"))
    source = (
        "from PySide6.QtCore import (QCoreApplication, QSize, Qt,\n    QUrl)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtGui import *\n"
        "from PySide6.QtWidgets import QLabel as Label, QWidget\n"
        "from . import helper\n"
        "from planner.gui.widgets.notes_editor import NotesEditor\n"
        "\n"
        "size = QSize(1, 2)\n"
        "align = Qt.AlignmentFlag.AlignLeft\n"
        "text = QCoreApplication.translate('Form', 'Hello')\n"
    )
    assert only_used_imports(source).splitlines()[:5] == [
        "from PySide6.QtCore import QCoreApplication, QSize, Qt",
        "from PySide6.QtGui import *",  # a star import, an alias and the rest: as written
        "from PySide6.QtWidgets import QLabel as Label, QWidget",
        "from . import helper",
        "from planner.gui.widgets.notes_editor import NotesEditor",
    ]
