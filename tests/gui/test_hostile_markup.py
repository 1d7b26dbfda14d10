"""Nothing named in user text is ever opened: not by the window, the editor, a tooltip, a
message box, the sheet, the preview or a paste (docs/data-safety.md).

Canary files are named in every field as images, style sheets and links; inotify (which
sees opens made by Qt's C++ code too) must report none of them opened."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolTip, QWidget

from planner.core.items import ITEM_KINDS, LONG_TEXT, TEXT
from planner.core.model import TAB_KEYS, Interview
from planner.store import Store
from tests import file_watch

pytestmark = pytest.mark.skipif(not file_watch.available(), reason="needs Linux inotify")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def canaries(tmp_path):
    files = file_watch.plant_canaries(tmp_path / "canary")
    watch = file_watch.FolderWatch(tmp_path / "canary")
    yield files, watch
    watch.close()


def short_payload(canaries) -> str:
    return f'<img src="{canaries["image"]}">x'


def hostile_interview(canaries) -> Interview:
    short = short_payload(canaries)
    interview = Interview(
        company=short, role=short, location=short, starts_at=datetime(2030, 5, 6, 10)
    )
    for number in (1, 2, 3):
        interview.prep[f"key_message_{number}"] = short
    for kind, spec in ITEM_KINDS.items():
        data = {
            field.name: short
            for field in spec.fields
            if field.type in (TEXT, LONG_TEXT) and field.name != "bank_id"
        }
        interview.add(kind, **data)
    for tab in TAB_KEYS:
        interview.notes[tab] = file_watch.hostile_markup(canaries)
    return interview


def settle(widget: QWidget) -> None:
    """Lay out and paint everything, as showing it on a screen would."""
    QApplication.processEvents()
    widget.grab()
    QApplication.processEvents()


def show_every_tooltip(window) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    for widget in window.findChildren(QWidget):
        if widget.toolTip():
            QToolTip.showText(QPoint(5, 5), widget.toolTip(), widget)
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            text = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
            if text:
                QToolTip.showText(QPoint(5, 5), text, view)
    QApplication.processEvents()
    QToolTip.hideText()


@pytest.fixture
def every_dialog_is_looked_at(monkeypatch):
    """Modal dialogs and message boxes are shown, painted and closed instead of waiting."""
    seen: list[str] = []

    def look(dialog):
        dialog.show()
        settle(dialog)
        seen.append(type(dialog).__name__)
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "exec", look)
    return seen


def test_the_window_opens_nothing_named_in_any_field(
    qtbot, data_dir, launch, canaries, every_dialog_is_looked_at, tmp_path, monkeypatch
):
    files, watch = canaries
    store = Store.open_in(data_dir)
    # Written straight to the store: what an older version may have kept.
    interview_id = store.create(hostile_interview(files))
    store.close()
    window = launch()
    window.select(interview_id)
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        settle(window)
    window.resize(900, 700)
    settle(window)
    show_every_tooltip(window)
    window.delete_interview()  # the question names the interview; answered "no"
    window.show_practice()
    window.show_find()
    window.action_set.find_dialog.ui.queryEdit.setText("x")
    window.action_set.find_dialog.run_search()
    settle(window.action_set.find_dialog)
    show_every_tooltip(window.action_set.find_dialog)
    window.sheet_actions.preview(False)
    window.sheet_actions.preview(True)
    # A file name cannot hold "/", but Qt would read a relative name from the folder.
    monkeypatch.chdir(files["image"].parent)
    bad_file = tmp_path / '<img src="canary.png">.json'
    bad_file.write_text("{not json")
    window.import_path(bad_file)  # its error message names the file
    from planner.gui.sheet_actions import confirm_replace

    confirm_replace(window, tmp_path / '<img src="canary.png">.pdf')  # "... already exists"
    assert {"PracticeDialog", "QMessageBox", "QPrintPreviewDialog"} <= set(
        every_dialog_is_looked_at
    )
    assert window.ui.titleLabel.text().startswith("<img")  # shown, as text
    assert watch.opened() == []


def test_pasting_a_web_page_takes_its_words_not_its_images(qtbot, window, canaries):
    files, watch = canaries
    window.new_interview()
    editor = window.notes_editors["expect"]
    mime = QMimeData()
    mime.setHtml(file_watch.hostile_markup(files, words="pasted words") + "<b>strong</b>")
    mime.setImageData(None)
    editor.setFocus()
    editor.insertFromMimeData(mime)
    settle(editor)
    html = editor.toHtml()
    assert "pasted words" in editor.toPlainText()
    for named in ("<img", "src=", "href", "url(", "<link", "canary"):
        assert named not in html
    assert "font-weight:700" in html  # emphasis kept
    assert watch.opened() == []


def test_an_imported_note_keeps_only_the_editors_rich_text(qtbot, launch, canaries, tmp_path):
    from planner.core.exchange import dump_export

    files, watch = canaries
    export = tmp_path / "shared.json"
    export.write_text(dump_export([hostile_interview(files)]))
    window = launch()
    (new_id,) = window.import_path(export)
    stored = window.store.get(new_id)
    for tab in TAB_KEYS:
        assert "visible words" in stored.notes[tab]
        assert "canary" not in stored.notes[tab]
    assert watch.opened() == []


DEVICE_NOTE = """
import sqlite3, sys
from planner.store import Store
from planner.core.model import Interview
folder, fifo = sys.argv[1], sys.argv[2]
store = Store.open_in(folder)
interview_id = store.create(Interview(company="Pipe and device"))
store.close()
conn = sqlite3.connect(f"{folder}/planner.sqlite3")
with conn:
    for tab in ("expect", "impress", "reinforce", "likeable"):
        conn.execute(
            "INSERT OR REPLACE INTO tab_notes (interview_id, tab, html) VALUES (?, ?, ?)",
            (interview_id, tab, f'<img src="/dev/zero"><img src="{fifo}"> words'),
        )
conn.close()
"""


def test_a_note_naming_a_device_or_a_pipe_still_starts(data_dir, tmp_path):
    """Seen on main: /dev/zero aborted every launch (bad_alloc), a pipe hung it for ever."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    subprocess.run(
        [sys.executable, "-c", DEVICE_NOTE, str(data_dir), str(fifo)], check=True, cwd=ROOT
    )
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(data_dir), "-platform", "offscreen"],
        env={**os.environ, "PLANNER_BENCH_FIRST_PAINT": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout


def blocks_of(document) -> list[tuple]:
    """What the reader sees of a document: each block's text, list and formatting."""
    out = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        runs = []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char = fragment.charFormat()
            runs.append(
                (fragment.text(), char.fontWeight() >= 600, char.fontItalic(), char.fontUnderline())
            )
            fragments += 1
        list_format = text_list.format() if text_list else None
        out.append(
            (
                block.text(),
                list_format.indent() if list_format else 0,
                list_format.style() if list_format else None,
                block.blockFormat().topMargin(),
                block.blockFormat().bottomMargin(),
                runs,
            )
        )
        block = block.next()
    return out


def test_the_editors_own_notes_come_back_unchanged_from_cleaning(qtbot):
    """Cleaning (on import, on paste, once for every older note) keeps what the user made."""
    from PySide6.QtGui import QFont, QTextCharFormat, QTextListFormat

    from planner.core.richtext import clean_html
    from planner.gui.widgets.notes_editor import NotesEditor

    editor = NotesEditor()
    qtbot.addWidget(editor)
    cursor = editor.textCursor()
    cursor.insertText("Spaces  kept, ")
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    cursor.insertText("bold", bold)
    both = QTextCharFormat()
    both.setFontItalic(True)
    both.setFontUnderline(True)
    cursor.insertText(" italic underlined", both)
    cursor.insertText(" plain", QTextCharFormat())
    cursor.insertBlock()
    cursor.insertBlock()  # an empty line
    cursor.insertText("after an empty line\u2028and a soft break")
    cursor.insertBlock()
    cursor.createList(QTextListFormat.Style.ListDisc)
    cursor.insertText("item one")
    cursor.insertBlock()
    nested = QTextListFormat()
    nested.setStyle(QTextListFormat.Style.ListCircle)
    nested.setIndent(2)
    cursor.createList(nested)
    cursor.insertText("nested")
    cursor.insertBlock()
    numbered = QTextListFormat()
    numbered.setStyle(QTextListFormat.Style.ListDecimal)
    cursor.createList(numbered)
    cursor.insertText("numbered")
    before = blocks_of(editor.document())

    cleaned = clean_html(editor.toHtml())
    again = NotesEditor()
    qtbot.addWidget(again)
    again.setHtml(cleaned)
    assert blocks_of(again.document()) == before
    assert clean_html(again.toHtml()) == cleaned


def test_older_databases_have_their_notes_cleaned_once(data_dir, canaries):
    import sqlite3

    from planner.store.schema import SCHEMA_VERSION

    files, _watch = canaries
    store = Store.open_in(data_dir)
    interview_id = store.create(hostile_interview(files))
    store.close()
    conn = sqlite3.connect(data_dir / "planner.sqlite3")
    conn.execute("PRAGMA user_version = 2")  # before notes were cleaned
    conn.commit()
    conn.close()
    store = Store.open_in(data_dir)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        notes = store.get(interview_id).notes
        for tab in TAB_KEYS:
            assert "visible words" in notes[tab]
            assert "canary" not in notes[tab] and "<img" not in notes[tab]
    finally:
        store.close()


def test_a_message_box_shows_its_words_as_written(qtbot):
    """What the user reads is the text itself: no markup shown, none followed."""
    from PySide6.QtWidgets import QLabel

    from planner.gui.safe_text import message

    box = message(None, QMessageBox.Icon.Warning, "Title", "<b>not bold</b>", "Line one\n<i>x</i>")
    qtbot.addWidget(box)
    labels = [box.findChild(QLabel, "qt_msgbox_label")]
    labels.append(box.findChild(QLabel, "qt_msgbox_informativelabel"))
    assert [label.textFormat() for label in labels] == [Qt.TextFormat.PlainText] * 2
    assert [label.text() for label in labels] == ["<b>not bold</b>", "Line one\n<i>x</i>"]


def test_any_imported_note_opens_nothing_and_prints_every_word(qtbot, tmp_path, canaries):
    """Hypothesis over the import: notes of known words among hostile markup that names
    the canaries; the full sheet as a PDF opens none of them and prints every word."""
    import json
    import unicodedata

    from hypothesis import HealthCheck, given, settings
    from pypdf import PdfReader

    from planner.core.exchange import dump_export, read_export
    from planner.render.pdf import export_pdf
    from tests.unit.test_richtext import notes

    files, watch = canaries
    named = file_watch.hostile_markup(files, words="")

    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(notes())
    def check(note):
        html, words = note
        export = json.loads(dump_export([Interview(company="Fuzz")]))
        export["interviews"][0]["notes"] = {"expect": named + html}
        (imported,) = read_export(json.dumps(export).encode())
        target = tmp_path / "fuzz.pdf"
        export_pdf(imported, target, "A4", full=True)
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        printed = "".join(unicodedata.normalize("NFKC", text).split())
        position = 0
        for word in words:
            found = printed.find(unicodedata.normalize("NFKC", word), position)
            assert found >= 0, (word, html)
            position = found + len(word)
        assert watch.opened() == []

    check()
