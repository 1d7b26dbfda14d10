"""The full sheet of a long note: every line reaches the page, in order, and the layout is
built so that its cost grows with the note's length, not with its square (issue 12, item 5).

The speed itself is measured in benchmarks/bench_sheet.py; these tests pin the structure
that makes it linear: no paragraph of the laid-out document holds more than one line of a
note, nor more than markup.PARAGRAPH_CHARS characters."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from planner.core.model import Interview
from planner.render import printing
from planner.render.markup import PARAGRAPH_CHARS, _split_long
from planner.render.pdf import export_pdf, make_sheet

NOW = datetime(2026, 11, 30, 9, 0)


def note_lines(count: int) -> list[str]:
    return [f"Line {n:05d} of the long note, {'with words ' * (n % 7)}end" for n in range(count)]


def interview_with_note(lines: list[str]) -> Interview:
    interview = Interview(company="Longform", role="Scribe", starts_at=datetime(2026, 12, 1, 9))
    interview.notes["impress"] = "".join(f"<p>{line}</p>" for line in lines)
    return interview


def document_blocks(sheet, tmp_path) -> list[str]:
    """The text of each paragraph of the laid-out sheet, in order."""
    writer = QPdfWriter(str(tmp_path / "never-written.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(printing.page_layout("A4"))
    body, _, _ = printing._areas(writer)
    document = printing._document(sheet, writer, body)
    assert document.pageCount() >= 1
    texts = []
    block = document.begin()
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def test_every_line_of_a_long_note_is_a_paragraph_of_its_own(qtbot, tmp_path):
    lines = note_lines(3000)
    blocks = document_blocks(make_sheet(interview_with_note(lines), full=True, now=NOW), tmp_path)
    start = blocks.index(lines[0])  # before: one paragraph of 3,000 lines broken by <br>
    assert blocks[start : start + len(lines)] == lines
    assert all("\u2028" not in text for text in blocks)  # no line break inside a paragraph


def test_every_line_of_a_long_note_reaches_the_pdf_once_in_order(qtbot, tmp_path):
    lines = note_lines(3000)
    target = tmp_path / "full.pdf"
    pages = export_pdf(interview_with_note(lines), target, "A4", full=True, now=NOW)
    reader = PdfReader(target)
    assert pages == len(reader.pages) > 40
    text = "\n".join(page.extract_text() for page in reader.pages)
    numbers = re.findall(r"Line\s+(\d{5})\s+of", text)
    # Qt paints a paragraph that runs over a page break on both pages, its line above the
    # page hidden by the clip but present in the PDF's text: so a line may come twice in
    # a row, across a page break, and never otherwise.
    once = [n for i, n in enumerate(numbers) if i == 0 or n != numbers[i - 1]]
    assert once == [f"{n:05d}" for n in range(len(lines))]
    assert len(numbers) - len(once) < pages
    assert f"Page {pages} of {pages}" in " ".join(text.split())


@pytest.mark.parametrize("device", ["printer", "pdf"])
def test_no_line_of_a_long_note_straddles_a_page_break(qtbot, tmp_path, device):
    """Each line lies within one page, at the printer's resolution and the PDF's."""
    if device == "printer":
        from PySide6.QtPrintSupport import QPrinter

        paper = QPrinter(QPrinter.PrinterMode.HighResolution)
    else:
        paper = QPdfWriter(str(tmp_path / "never-written.pdf"))
        paper.setResolution(300)
    paper.setPageLayout(printing.page_layout("A4"))
    body, _, _ = printing._areas(paper)
    sheet = make_sheet(interview_with_note(note_lines(400)), full=True, now=NOW)
    document = printing._document(sheet, paper, body)
    assert document.pageCount() > 5
    page = body.height()
    straddling = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            top = layout.position().y() + line.y()
            if int(top // page) != int((top + line.height() - 1e-6) // page):
                straddling.append((block.text()[:10], top))
        block = block.next()
    assert straddling == []


def test_the_lines_of_a_note_sit_as_close_as_the_lines_of_one_paragraph(qtbot, tmp_path):
    writer = QPdfWriter(str(tmp_path / "never-written.pdf"))
    writer.setPageLayout(printing.page_layout("A4"))
    body, _, _ = printing._areas(writer)
    lines = note_lines(5)
    sheet = make_sheet(interview_with_note(lines), full=True, now=NOW)
    document = printing._document(sheet, writer, body)
    block = document.findBlock(document.find(lines[0]).position())
    margins = []
    for _ in lines:
        margins.append((block.blockFormat().topMargin(), block.blockFormat().bottomMargin()))
        block = block.next()
    assert margins[:-1] == [(0, 0)] * (len(lines) - 1)
    assert margins[-1] == (0, 3)  # the space after a paragraph, as before


def test_a_very_long_line_is_cut_into_paragraphs_that_keep_every_character(qtbot, tmp_path):
    words = " ".join(f"word{n}" for n in range(12_000))  # ~100,000 characters, one line
    solid = "x\u0301" * 15_000  # no space at all, and an accent on every letter
    interview = interview_with_note([words, solid])
    blocks = document_blocks(make_sheet(interview, full=True, now=NOW), tmp_path)
    first = blocks.index(next(text for text in blocks if text.startswith("word0 ")))
    cut_words, cut_solid = [], []
    for text in blocks[first:]:
        if len(" ".join(cut_words)) < len(words):
            cut_words.append(text.strip(" "))
        elif len("".join(cut_solid)) < len(solid):
            cut_solid.append(text)
    # Before: two paragraphs of 100,000 and 30,000 characters.
    assert " ".join(cut_words) == words  # cut between words, never inside one
    assert "".join(cut_solid) == solid
    assert len(cut_words) > 1 and len(cut_solid) > 1
    assert all(len(piece) <= PARAGRAPH_CHARS for piece in cut_words + cut_solid)
    for piece in cut_solid:
        assert not unicodedata.combining(piece[0])  # an accent stays with its letter


def test_the_long_text_of_an_item_is_a_paragraph_per_line_too(qtbot, tmp_path):
    lines = note_lines(800)
    interview = Interview(company="Longform", role="Scribe", starts_at=datetime(2026, 12, 1, 9))
    interview.add("story", title="The long story", situation="\n".join(lines), result="Done")
    blocks = document_blocks(make_sheet(interview, full=True, now=NOW), tmp_path)
    # The first line after its label, run in (issue 15); each other line a paragraph.
    start = blocks.index(f"Situation: {lines[0]}")
    assert blocks[start + 1 : start + len(lines)] == lines[1:]


def test_lines_inserted_as_plain_text_show_markup_literally_and_space_as_html_would(
    qtbot, tmp_path
):
    interview = Interview(company="Longform", role="Scribe", starts_at=datetime(2026, 12, 1, 9))
    situation = "\n".join(
        [
            "first line",
            '<b>not bold</b> &amp; <img src="file:///etc/hostname">',
            "  spaced \t out  ",
            "one\u2029paragraph\u2028still",
            "frame\ufdd0mark\ufdd1s",
            "",
            "last",
        ]
    )
    interview.add("story", title="Markup", situation=situation)
    blocks = document_blocks(make_sheet(interview, full=True, now=NOW), tmp_path)
    start = blocks.index("Situation: first line")
    assert blocks[start : start + 7] == [
        "Situation: first line",
        '<b>not bold</b> &amp; <img src="file:///etc/hostname">',
        "spaced out",
        "one paragraph still",
        "frame\ufffdmark\ufffds",
        "",
        "last",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short", ["short"]),
        ("aaaa bbbb cccc", ["aaaa ", "bbbb ", "cccc"]),
        ("abcdefghij", ["abcde", "fghij"]),
        ("abcde\u0301fghij", ["abcd", "e\u0301fgh", "ij"]),
    ],
)
def test_split_long_cuts_after_a_space_and_never_before_an_accent(text, expected):
    assert _split_long(text, 5) == expected


def test_a_long_run_of_combining_marks_is_cut_into_few_paragraphs(qtbot, tmp_path):
    """Found by an attack: a cut walked back over every combining mark to the line's start,
    so 48,000 marks became 48,000 one-character paragraphs (25 s, 645 pages)."""
    marks = "a" + "\u0301" * 48_000
    pieces = _split_long(marks, PARAGRAPH_CHARS)
    assert "".join(pieces) == marks
    assert len(pieces) == 5
    interview = Interview(company="Marks")
    interview.notes["expect"] = marks
    assert export_pdf(interview, tmp_path / "marks.pdf", "A4", full=True) <= 3
