"""What an attack on issue 12's hardening found, each kept from coming back.

(Words of a note lost to "İ" and to odd comments are in test_richtext.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.exchange import FormatError, dump_export, read_export
from planner.core.ical import CalendarError, ics_text, zone
from planner.core.model import NOTES_MAX_CHARS, Interview

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


def test_a_note_that_grows_past_the_limit_when_cleaned_is_refused_in_words(tmp_path, data_dir):
    """ "&" is kept as "&amp;": a note under the limit as written can pass it as kept (was
    a ValueError traceback from the store)."""
    export = json.loads(dump_export([Interview(company="Big")]))
    export["interviews"][0]["notes"] = {"expect": "R&D " * (NOTES_MAX_CHARS // 4 - 10)}
    with pytest.raises(FormatError, match="longer than"):
        read_export(json.dumps(export).encode())
    source = tmp_path / "big.json"
    source.write_text(json.dumps(export))
    result = run("import", str(source), "--data-dir", str(data_dir))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["Europe", "America", "x" * 300])
def test_a_zone_name_that_is_a_folder_or_too_long_is_a_calendar_error(name):
    with pytest.raises(CalendarError, match="unknown time zone"):
        zone(name)


def test_the_ics_has_no_character_that_reorders_what_a_calendar_shows():
    text = ics_text("Co\u202eevil\u2066x\u2069 and\u2028next \u200fname")
    assert not set(text) & {"\u202e", "\u2066", "\u2069", "\u2028"}
    assert text == "Coevilx and\nnext \u200fname"  # the right-to-left mark stays


def test_a_file_name_ending_in_a_separator_is_refused(tmp_path, data_dir):
    result = run("export", f"{tmp_path / 'new'}/", "--data-dir", str(data_dir))
    assert result.returncode == 2 and "names a folder" in result.stderr
    assert not (tmp_path / "new").exists()


def test_a_file_name_as_long_as_the_system_allows_can_be_written(tmp_path, data_dir):
    """The partial file's name adds 15 bytes: it is cut so that the target's name fits."""
    target = tmp_path / ("é" * 122 + ".json")  # 249 bytes
    result = run("export", str(target), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert target.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(
    "name", ["planner.lock", "settings.ini", "planner.sqlite3", "planner.sqlite3-wal"]
)
def test_a_named_pipe_in_the_data_folder_is_refused_not_waited_on(data_dir, name):
    os.mkfifo(data_dir / name)
    for args in (["list"], ["calendar", "--interview", "1", "--ics", str(data_dir / "x.ics")]):
        result = run(*args, "--data-dir", str(data_dir))
        assert result.returncode == 2, result.stderr
        assert name in result.stderr and "move it away" in result.stderr


def test_the_folder_files_are_the_names_the_app_uses():
    from planner.datadir import FOLDER_FILES
    from planner.gui.single_instance import LOCK_NAME
    from planner.settings import SETTINGS_NAME
    from planner.store.database import DATABASE_NAME

    assert set(FOLDER_FILES) == {
        DATABASE_NAME,
        f"{DATABASE_NAME}-wal",
        f"{DATABASE_NAME}-shm",
        LOCK_NAME,
        SETTINGS_NAME,
    }


def test_a_data_folder_that_is_a_file_or_a_pipe_is_named_as_such(tmp_path):
    for make in (lambda p: p.write_text("x"), os.mkfifo):
        path = tmp_path / f"not-a-folder-{make.__name__}"
        make(path)
        result = run("list", "--data-dir", str(path))
        assert result.returncode == 2
        assert "is a file, not a folder" in result.stderr, result.stderr


def test_importing_a_socket_says_it_is_not_a_file(tmp_path, data_dir):
    import socket

    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        result = run("import", str(path), "--data-dir", str(data_dir))
    finally:
        server.close()
    assert result.returncode == 2 and "not a regular file" in result.stderr, result.stderr
