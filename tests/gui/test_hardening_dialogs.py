"""The window's file dialogs meet special files (issue 12, items 6 and 7): a named pipe
chosen for an import is refused at once (the window never waits on it), and one chosen
for an export, a PDF or a calendar event is refused and left as it was."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture
def warnings(monkeypatch):
    """What the window warns about, taken instead of shown (no modal box waits)."""
    from planner.gui import safe_text

    said: list[tuple[str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(safe_text, "warn", lambda parent, title, text: said.append((title, text)))
    return said


def release_later(fifo: Path, seconds: float = 20) -> threading.Timer:
    """Let a reader still waiting on the pipe go after `seconds`: a test fails, not hangs."""

    def release() -> None:
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    timer = threading.Timer(seconds, release)
    timer.daemon = True
    timer.start()
    return timer


@pytest.fixture
def folder(tmp_path):
    made = tmp_path / "chosen"
    made.mkdir()
    return made


def choose(monkeypatch, method: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, method, lambda *args, **kwargs: (str(path), ""))


def test_file_import_refuses_a_named_pipe_without_freezing(window, monkeypatch, folder, warnings):
    fifo = folder / "interviews.json"
    os.mkfifo(fifo)
    choose(monkeypatch, "getOpenFileName", fifo)
    timer = release_later(fifo)
    try:
        window.ui.actionImport.trigger()
    finally:
        timer.cancel()
    assert warnings and warnings[0][0] == "Could not import"
    assert "named pipe" in warnings[0][1]
    assert window.store.count() == 0


def test_file_export_refuses_a_named_pipe_and_leaves_it(window, monkeypatch, folder, warnings):
    window.open_example()
    fifo = folder / "all.json"
    os.mkfifo(fifo)
    choose(monkeypatch, "getSaveFileName", fifo)
    window.ui.actionExport.trigger()
    assert warnings and "named pipe" in warnings[0][1]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in folder.iterdir()] == ["all.json"]


def test_pdf_and_calendar_refuse_a_named_pipe_and_leave_it(window, monkeypatch, folder, warnings):
    window.open_example()
    for name, action in (
        ("sheet.pdf", window.sheet_actions.export),
        ("event.ics", window.sheet_actions.calendar),
    ):
        fifo = folder / name
        os.mkfifo(fifo)
        choose(monkeypatch, "getSaveFileName", fifo)
        warnings.clear()
        action.trigger()
        assert warnings and "it is a named pipe, not a regular file" in warnings[0][1], name
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode), name
    assert sorted(p.name for p in folder.iterdir()) == ["event.ics", "sheet.pdf"]
