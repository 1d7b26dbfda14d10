"""The command line, run as a user would: a separate process with no display."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest

from planner import __version__
from planner.cli import main
from planner.core import exchange
from planner.core.model import Interview
from planner.core.richtext import clean_html
from planner.store import Store
from planner.store.database import DATABASE_NAME


def run_cli(*args, env_extra=None, cwd=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PLANNER_DATA_DIR"}
    }
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )


def dump(data_dir) -> str:
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def filled(data_dir):
    store = Store.open_in(data_dir)
    first = Interview(company="Northwind", role="Analyst", starts_at=datetime(2026, 12, 3, 10, 0))
    first.notes["impress"] = clean_html("<p>bring the dashboard</p>")  # as the app keeps it
    store.create(first)
    store.create(Interview(company="Tab\there", role="Line\nbreak"))
    store.close()
    return data_dir


def test_version_and_help_need_no_display():
    version = run_cli("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"Second Interview Planner {__version__}"
    helped = run_cli("--help")
    assert helped.returncode == 0
    for command in ("list", "export", "import", "--data-dir"):
        assert command in helped.stdout


def test_list_prints_tab_separated_lines(filled):
    result = run_cli("list", "--data-dir", str(filled))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["1", "Northwind", "Analyst", "2026-12-03 10:00"]
    assert lines[1].split("\t") == ["2", "Tab here", "Line break", ""]


def test_data_dir_goes_before_or_after_the_command_or_in_the_environment(filled):
    before = run_cli("--data-dir", str(filled), "list")
    from_env = run_cli("list", env_extra={"PLANNER_DATA_DIR": str(filled)})
    after = run_cli("list", "--data-dir", str(filled))
    assert before.stdout == after.stdout == from_env.stdout != ""


def test_export_then_import_into_an_empty_folder_gives_the_same_data(filled, tmp_path):
    exported = tmp_path / "out.json"
    assert main(["export", str(exported), "--data-dir", str(filled)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format_version"] == exchange.FORMAT_VERSION
    assert len(document["interviews"]) == 2
    assert oct(exported.stat().st_mode & 0o777) == "0o600"

    empty = tmp_path / "fresh"
    result = run_cli("import", str(exported), "--data-dir", str(empty))
    assert result.returncode == 0, result.stderr
    original = Store.open_in(filled)
    copy = Store.open_in(empty)
    try:
        assert copy.all_interviews() == original.all_interviews()
    finally:
        original.close()
        copy.close()

    again = tmp_path / "again.json"
    assert main(["--data-dir", str(empty), "export", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()


@pytest.mark.parametrize(
    "content",
    [
        b"not json at all",
        b'{"format": "second-interview-planner", "format_version": 1, '
        b'"interviews": [{"company": "ok"}, {"company": 7}]}',
        b'{"format": "second-interview-planner", "format_version": 1, '
        b'"interviews": [{"company": "ok"}, {"status": "hired"}]}',
    ],
)
def test_a_broken_import_exits_2_and_changes_nothing(filled, tmp_path, content):
    broken = tmp_path / "broken.json"
    broken.write_bytes(content)
    before = dump(filled)
    result = run_cli("import", str(broken), "--data-dir", str(filled))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("interview-planner: error: broken.json: ")
    assert dump(filled) == before


def test_a_missing_import_file_exits_2(filled, tmp_path):
    result = run_cli("import", str(tmp_path / "nope.json"), "--data-dir", str(filled))
    assert result.returncode == 2
    assert "cannot read" in result.stderr


def test_an_unwritable_export_path_exits_2(filled, tmp_path):
    result = run_cli(
        "export", str(tmp_path / "no" / "such" / "dir.json"), "--data-dir", str(filled)
    )
    assert result.returncode == 2
    assert "cannot write" in result.stderr


def test_an_unknown_command_exits_2(tmp_path):
    result = run_cli("frobnicate", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr


def test_a_data_dir_that_cannot_be_created_is_named(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("list", "--data-dir", str(blocker / "sub"))
    assert result.returncode == 2
    assert str(blocker / "sub") in result.stderr
    assert "Traceback" not in result.stderr


def test_the_window_starts_and_quits_offscreen(tmp_path):
    """No command opens the window; Qt's own options reach Qt."""
    script = f"""
import gc
import sys
from PySide6.QtCore import QTimer
import planner.gui.app as gui_app
from planner.cli import main
from planner.core import exchange

make = gui_app.make_application
def make_and_quit_soon(qt_args):
    app = make(qt_args)
    # Quit once the cycle collector is back on (after the first paint), or after 20 s.
    timer = QTimer(app)
    timer.setInterval(50)
    ticks = []
    def check():
        ticks.append(1)
        if gc.isenabled() or len(ticks) > 400:
            timer.stop()
            print(app.style().name(), gc.isenabled())
            app.quit()
    timer.timeout.connect(check)
    timer.start()
    return app
gui_app.make_application = make_and_quit_soon
folder = {str(tmp_path / "d")!r}
sys.exit(main(['--data-dir', folder, '-platform', 'offscreen', '-style', 'fusion']))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    # the cycle collector, off while the window started, is on again once it is painted
    assert result.stdout.strip() == "fusion True"
    assert (tmp_path / "d" / DATABASE_NAME).exists()


def test_no_display_gives_a_clear_message_not_a_crash(tmp_path):
    result = run_cli("--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_database_is_refused_and_left_for_the_window(filled):
    database = filled / DATABASE_NAME
    with open(database, "r+b") as handle:
        handle.write(b"\x00garbage" * 16)
    damaged = database.read_bytes()
    result = run_cli("list", "--data-dir", str(filled))
    assert result.returncode == 2
    assert "is damaged; open the app to recover it from a backup" in result.stderr
    assert database.read_bytes() == damaged  # not moved aside: the window offers the backup


def test_the_window_start_imports_the_domain_before_pyside6():
    """What start-up needs from core and store comes in before PySide6, whose import hook
    would read each module's source (see planner.gui.boot.import_domain_first)."""
    script = """
import sys
from planner.gui.boot import import_domain_first
import_domain_first()
assert "PySide6" not in sys.modules
before = set(sys.modules)
import planner.gui.app, planner.gui.main_window
def uses_qt(name):  # such a module cannot come before PySide6
    source = getattr(sys.modules[name], "__file__", None)
    return source is not None and "from PySide6" in open(source, encoding="utf-8").read()
late = sorted(m for m in set(sys.modules) - before if m.startswith("planner.") and
              not m.startswith("planner.gui") and not uses_qt(m))
print(",".join(late))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_calendar_command_rings_at_the_time_chosen_in_preferences(tmp_path, data_dir):
    from planner.settings import Settings

    store = Store.open_in(data_dir)
    store.create(Interview(company="Northwind", starts_at=datetime(2027, 6, 10, 10, 0)))
    store.close()
    settings = Settings.in_folder(data_dir)
    settings.reminder_minutes = 18 * 60 + 30  # Preferences: remind me at 18:30
    settings.sync()
    target = tmp_path / "event.ics"
    result = run_cli(
        "calendar", "--interview", "1", "--ics", str(target), "--timezone", "Europe/London",
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # 18:30 on London's summer clocks (UTC+1) the evening before is 17:30 UTC.
    assert b"TRIGGER;VALUE=DATE-TIME:20270609T173000Z" in target.read_bytes()
