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
