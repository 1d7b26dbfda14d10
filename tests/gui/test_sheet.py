"""The prep sheet as a PDF, the print preview, and the calendar file."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.core.exchange import read_export
from planner.core.items import BOOL, ITEM_KINDS, LONG_TEXT, TEXT, TEXT_LIMIT
from planner.core.model import TAB_KEYS, Interview
from planner.render import pdf, printing
from planner.render.pdf import export_pdf, make_sheet
from planner.render.printing import SheetError
from planner.resources import resource_path
from planner.store import Store

NOW = datetime(2026, 11, 30, 9, 0)
POINTS = {"A4": (595, 842), "Letter": (612, 792)}


def example() -> Interview:
    (interview,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    interview.id = 1
    return interview


def pdf_text(path: Path) -> str:
    """The PDF's words, with ligatures (ﬁ) unfolded and white space made single."""
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def squeezed(text: str) -> str:
    return "".join(text.split())


RELATIVE = re.compile(
    r"\b(in \d+ (days?|weeks?)|today|tomorrow|yesterday|\d+ days ago)\b", re.IGNORECASE
)


def sections_and_head(interview: Interview, text: str, *, kept: set[str] | None = None) -> None:
    """The top (company and role, date and time, place, printed on) and the title of every
    section of the one-page sheet that has content (of `kept` only, when given)."""
    from planner.core.guidance import default_guidance
    from planner.core.sheet import one_page

    sheet = one_page(interview, default_guidance(), NOW)
    assert squeezed(unicodedata.normalize("NFKC", sheet.title)) in squeezed(text)
    assert sheet.when in text and interview.starts_at.strftime("%H:%M") in sheet.when
    assert squeezed(sheet.place[:60]) in squeezed(text)
    assert "Printed on Mon 30 Nov 2026" in text
    for block in sheet.blocks:
        if kept is None or block.key in kept:
            assert block.title in text, block.key


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_the_example_fits_one_page_with_what_matters(qtbot, tmp_path, size):
    target = tmp_path / "sheet.pdf"
    interview = example()
    assert export_pdf(interview, target, size, now=NOW) == 1
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == POINTS[size]
    text = pdf_text(target)
    # The example holds whole (checked below); were it to grow past one page in the
    # smallest size, the most important sections must still be there.
    whole = "continued in the full sheet" not in text
    sections_and_head(interview, text, kept=None if whole else {"key_messages", "people"})
    for person in interview.people:
        assert person.text("name") in text
    for number in (1, 2, 3):
        assert " ".join(interview.prep_text(f"key_message_{number}").split()) in text
    for ask in interview.items["ask"]:
        if not ask.get("asked_before"):
            assert squeezed(ask.text("text")) in squeezed(text)
    for done in [c for c in interview.items["day_check"] if c.get("done")]:
        assert squeezed(done.text("text")) not in squeezed(text)  # ticked: not shown
    if whole:
        for story in interview.items["story"]:
            assert squeezed(story.text("title")) in squeezed(text)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        for descendant in font.get_object()["/DescendantFonts"]:
            descriptor = descendant.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font.get_object()["/BaseFont"]  # embedded


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_the_sheet_never_says_a_relative_date(qtbot, tmp_path, size):
    """Printed three days, one day or an hour before, the sheet says the same thing but the
    day it was printed (before: "In 3 days", wrong by the day it is carried)."""
    interview = example()
    texts = []
    for now in (datetime(2026, 11, 30, 9), datetime(2026, 12, 2, 18), datetime(2026, 12, 3, 9)):
        target = tmp_path / "sheet.pdf"
        export_pdf(interview, target, size, now=now)
        text = pdf_text(target)
        assert not RELATIVE.search(text), RELATIVE.search(text)
        assert f"Printed on {now:%a} {now.day} {now:%b %Y}" in text
        texts.append(re.sub(r"Printed on \w+ \d+ \w+ \d+", "", text))
    assert texts[0] == texts[1] == texts[2]


def maximal() -> Interview:
    """Every list filled to its limits: twenty items of each kind (more than any real
    round), every field of them as long as a field may be, the key messages too."""
    interview = Interview(
        company="M" * 300, role="R" * 300, location="Place " * 300,
        starts_at=datetime(2026, 12, 3, 10, 30),
    )  # fmt: skip
    words = " ".join(f"w{n}" for n in range(TEXT_LIMIT // 5))[:TEXT_LIMIT]
    for number in (1, 2, 3):
        interview.prep[f"key_message_{number}"] = f"Key message {number} {words}"
    for kind, spec in ITEM_KINDS.items():
        for n in range(20):
            data = {}
            for field in spec.fields:
                head = f"{kind} {n} {field.name} "
                if field.type == LONG_TEXT:
                    data[field.name] = head + "\n".join([words] * 20)
                elif field.type == TEXT and field.name != "bank_id":
                    data[field.name] = (head + words)[:TEXT_LIMIT]
                elif field.type == BOOL:
                    data[field.name] = n % 2 == 0
            interview.add(kind, **data)
    return interview


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_a_maximal_interview_is_one_page_with_what_matters_most(qtbot, tmp_path, size):
    target = tmp_path / "sheet.pdf"
    interview = maximal()
    assert export_pdf(interview, target, size, now=NOW) == 1
    assert len(PdfReader(target).pages) == 1
    text = pdf_text(target)
    sections_and_head(interview, text, kept={"key_messages", "people"})
    assert re.search(r"\d+ more item\(s\) continued in the full sheet", text)
    for number in (1, 2, 3):
        assert f"Key message {number}" in text
    assert "person 0 name" in text
    assert not RELATIVE.search(text)


def overfull() -> Interview:
    interview = Interview(company="Verbose Ltd", role="Writer", starts_at=datetime(2026, 12, 1, 9))
    paragraph = " ".join(f"word{n}" for n in range(120))
    for number in (1, 2, 3):
        interview.prep[f"key_message_{number}"] = f"Key message {number}: {paragraph}"
    for n in range(12):
        interview.add("person", name=f"Person {n}", kind="hr", connect=paragraph)
        interview.add("concern", concern=f"Concern {n}", plan=paragraph, evidence=paragraph)
        interview.add("ask", text=f"Question to ask number {n} {paragraph}")
        interview.add("strength", what=f"Strength {n}", build_on=paragraph)
        interview.add("told", topic="figures", what=f"Told {n} {paragraph}")
        interview.add("day_check", text=f"Check {n} {paragraph}")
        interview.add("story", title=f"Story {n}", situation=paragraph, result=f"result{n}")
    for tab in TAB_KEYS:
        interview.notes[tab] = f"<p>Notes of {tab}: {paragraph}</p>"
    return interview


def test_far_too_much_still_gives_one_page_with_the_continued_mark(qtbot, tmp_path):
    target = tmp_path / "sheet.pdf"
    assert export_pdf(overfull(), target, "A4", now=NOW) == 1
    assert len(PdfReader(target).pages) == 1
    text = pdf_text(target)
    assert re.search(r"\d+ more item\(s\) continued in the full sheet: \w", text)
    assert "Still to do for the day 12" in text  # what went, section by section
    assert "Key message 1" in text  # the most important survives
    assert "Check 11" not in text  # the least important went first


def test_the_full_sheet_holds_every_note_with_page_numbers(qtbot, tmp_path):
    target = tmp_path / "full.pdf"
    interview = overfull()
    pages = export_pdf(interview, target, "A4", full=True, now=NOW)
    assert pages == len(PdfReader(target).pages) > 1
    text = pdf_text(target)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count("Verbose Ltd – Writer") >= pages  # the running header
    for n in range(12):
        for marker in (f"Person {n}", f"Concern {n}", f"Check {n}", f"Story {n}", f"result{n}"):
            assert marker in text
    for tab in TAB_KEYS:
        assert f"Notes of {tab}:" in text


HOSTILE = [
    '<img src="file:///etc/hostname">',
    '<img src="https://example.com/pixel.png">',
    '<a href="https://example.com/">click</a>',
    "![logo](/etc/hostname)",
    "[link](file:///etc/passwd)",
    "<b>not bold</b> &amp; <script>alert(1)</script>",
    "<style>body{color:red}</style>",
]


def test_typed_markup_is_printed_literally_and_loads_nothing(qtbot, tmp_path):
    interview = Interview(
        company=HOSTILE[0], role=HOSTILE[2], location=HOSTILE[1], starts_at=datetime(2026, 12, 1, 9)
    )
    for number, text in zip((1, 2, 3), HOSTILE[3:6], strict=True):
        interview.prep[f"key_message_{number}"] = text
    for kind, spec in ITEM_KINDS.items():
        data = {}
        for index, field in enumerate(spec.fields):
            if field.type in (TEXT, LONG_TEXT) and field.name != "bank_id":
                data[field.name] = HOSTILE[index % len(HOSTILE)]
        interview.add(kind, **data)
    for tab in TAB_KEYS:
        interview.notes[tab] = "<p>&lt;img src=&quot;file:///etc/hostname&quot;&gt;</p>"
    for full in (False, True):
        target = tmp_path / f"hostile-{full}.pdf"
        export_pdf(interview, target, "A4", full=full, now=NOW)
        reader = PdfReader(target)
        text = pdf_text(target)
        for hostile in HOSTILE[:4]:
            # A long line may wrap, so compare without the spaces.
            assert squeezed(hostile) in squeezed(text), hostile
        raw = target.read_bytes()
        assert b"/Subtype /Image" not in raw  # (Qt lists /ImageB in every ProcSet)
        assert b"/URI" not in raw
        for page in reader.pages:
            assert len(page.images) == 0
            annotations = page.get("/Annots")
            assert not (annotations.get_object() if annotations else [])  # no links


def test_a_failed_write_leaves_the_older_file_untouched(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the older sheet")

    def broken(sheet, device):
        raise SheetError("the printer or file could not be opened for writing")

    monkeypatch.setattr(pdf, "render", broken)
    with pytest.raises(SheetError):
        export_pdf(example(), target, "A4", now=NOW)
    assert target.read_bytes() == b"the older sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_an_unwritable_folder_is_a_clear_error(qtbot, tmp_path):
    with pytest.raises(SheetError, match="cannot write"):
        export_pdf(example(), tmp_path / "missing" / "sheet.pdf", "A4", now=NOW)


def test_the_calendar_event_parses_back(tmp_path):
    import icalendar

    from planner.core.guidance import default_guidance
    from planner.core.ical import interview_event

    data = interview_event(example(), default_guidance(), "Europe/London")
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.replace(tzinfo=None) == datetime(2026, 12, 3, 10, 30)
    assert str(start.tzinfo) == "Europe/London"
    assert start.utcoffset() == timedelta(0)
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["tzid"] == "Europe/London"
    (alarm,) = event.walk("VALARM")
    assert alarm["action"] == "DISPLAY"
    evening_before = datetime(2026, 12, 2, 19, 0, tzinfo=start.tzinfo)
    assert alarm.decoded("trigger") == evening_before  # a moment (see tests/unit/test_ical_dst.py)
    assert "Priya Shah" in event["description"]
    assert event["location"].startswith("Northwind House")


def test_a_summer_interview_keeps_its_zone_offset(tmp_path):
    import icalendar

    from planner.core.guidance import default_guidance
    from planner.core.ical import interview_event

    interview = example()
    interview.starts_at = datetime(2027, 7, 1, 14, 0)
    (event,) = icalendar.Calendar.from_ical(
        interview_event(interview, default_guidance(), "America/New_York")
    ).walk("VEVENT")
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=-4)


def test_the_print_preview_shows_the_right_page_count(qtbot, launch, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window = launch()
    window.open_example()
    counts = []

    def fake_exec(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counts.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.sheet_actions.print_preview.trigger()
    window.sheet_actions.preview(True)
    assert counts[0] == 1
    assert counts[1] > 1


def test_export_pdf_from_the_menu(qtbot, launch, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = launch()
    window.open_example()
    suggested = []

    def fake_save(parent, title, path, pattern):
        suggested.append(Path(path).name)
        return str(tmp_path / "mine"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.sheet_actions.export.trigger()
    assert re.fullmatch(r"Northwind-Analytics-\d{4}-\d\d-\d\d-prep-sheet\.pdf", suggested[0])
    assert len(PdfReader(tmp_path / "mine.pdf").pages) == 1
    window.sheet_actions.calendar.trigger()
    assert (tmp_path / "mine").read_bytes().startswith(b"BEGIN:VCALENDAR")


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"},
    )


def test_the_sheet_and_calendar_commands(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open_in(data)
    store.add_many([example()])
    store.close()
    pdf = tmp_path / "out.pdf"
    result = run_cli(
        "sheet",
        "--interview",
        "1",
        "--pdf",
        str(pdf),
        "--page-size",
        "Letter",
        "--data-dir",
        str(data),
    )
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(pdf).pages) == 1
    full = tmp_path / "full.pdf"
    assert (
        run_cli(
            "sheet", "--interview", "1", "--pdf", str(full), "--full", "--data-dir", str(data)
        ).returncode
        == 0
    )
    assert len(PdfReader(full).pages) > 1
    ics = tmp_path / "out.ics"
    result = run_cli(
        "calendar",
        "--interview",
        "1",
        "--ics",
        str(ics),
        "--timezone",
        "Europe/Paris",
        "--data-dir",
        str(data),
    )
    assert result.returncode == 0, result.stderr
    assert b"TZID=Europe/Paris" in ics.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sheet", "--interview", "7", "--pdf", "{tmp}/x.pdf"], "no interview with id 7"),
        (["sheet", "--interview", "1", "--pdf", "{tmp}/no/x.pdf"], "cannot write"),
        (
            ["sheet", "--interview", "1", "--pdf", "{tmp}/x.pdf", "--page-size", "A5"],
            "invalid choice",
        ),
        (["sheet", "--interview", "one", "--pdf", "{tmp}/x.pdf"], "'one' is not an id"),
        (
            ["calendar", "--interview", "1", "--ics", "{tmp}/x.ics", "--timezone", "Mars/Base"],
            "unknown time zone",
        ),
        (["calendar", "--interview", "2", "--ics", "{tmp}/x.ics"], "no date yet"),
    ],
)
def test_command_errors_exit_2_and_write_nothing(tmp_path, args, message):
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open_in(data)
    store.add_many([example(), Interview(company="Undated")])
    store.close()
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    result = run_cli(*args, "--data-dir", str(data))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_short_full_sheet_leaves_no_near_empty_last_page(qtbot, tmp_path):
    """Notes of growing length: wherever the last page would hold a few lines, the sheet is
    set a little smaller and needs a page less (before: 1 to 9 lines on the last page)."""
    target = tmp_path / "full.pdf"
    for count in range(40, 130, 4):
        interview = Interview(company="A", role="B", starts_at=datetime(2026, 12, 1, 9))
        interview.notes["impress"] = "".join(
            f"<p>Line {n} of a note with some words</p>" for n in range(count)
        )
        pages = export_pdf(interview, target, "A4", full=True, now=NOW)
        if pages > 1:
            last = PdfReader(target).pages[-1].extract_text().splitlines()
            assert len(last) - 2 >= 10, (count, pages, len(last))  # less header and footer


def test_the_print_preview_fits_a_small_screen_and_shows_the_whole_page(qtbot, launch, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window = launch()
    window.open_example()
    # A laptop's screen, less its task bar (before: the dialog asked for 1000 pixels high).
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 1366, 728))
    seen = []

    def fake_exec(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        seen.append((dialog.width(), dialog.height(), preview.zoomMode()))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.sheet_actions.print_preview.trigger()
    ((width, height, zoom),) = seen
    assert width <= 1366 and height <= 728
    assert zoom == QPrintPreviewWidget.ZoomMode.FitInView


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_the_printer_and_its_preview_get_the_whole_page_too(qtbot, tmp_path, size):
    """The preview paints on the printer itself, at its resolution (not the PDF's 300 dpi):
    there too the example is one page with every section, as whole as in the PDF."""
    from PySide6.QtPrintSupport import QPrinter

    interview = example()
    sheet = make_sheet(interview, full=False, now=NOW)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(printing.page_layout(size))
    assert printing.render(sheet, printer) == 1
    del printer
    text = pdf_text(tmp_path / "printed.pdf")
    export_pdf(interview, tmp_path / "exported.pdf", size, now=NOW)
    whole = "continued in the full sheet" not in pdf_text(tmp_path / "exported.pdf")
    assert whole == ("continued in the full sheet" not in text)  # as whole as the PDF
    sections_and_head(interview, text, kept=None if whole else {"key_messages", "people"})


def test_the_one_page_sheet_takes_the_largest_size_that_holds_it_whole(qtbot, tmp_path):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "never-written.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(printing.page_layout("A4"))
    body, _, _ = printing._areas(writer, full=False)
    for stories in range(0, 13, 3):
        interview = example()
        for n in range(stories):
            interview.add("story", title=f"Story {n}", situation="s " * 30, result="r " * 30)
        sheet = make_sheet(interview, full=False, now=NOW)
        fitted, document = printing.fit_one_page(sheet, writer)
        whole = [
            pt
            for pt in printing.BODY_SIZES
            if printing._document(sheet, writer, body, pt).pageCount() == 1
        ]
        if whole:
            assert fitted == sheet and document.defaultFont().pointSizeF() == whole[0]
        else:  # lines give way only in the smallest size
            assert fitted.dropped > 0
            assert document.defaultFont().pointSizeF() == printing.BODY_SIZES[-1]


def test_wrapped_lines_hang_under_their_bullet_or_box(qtbot, tmp_path):
    """A line that wraps goes on under the text of its first line, not under its bullet or
    its box (before: every wrapped line started at the margin)."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "never-written.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(printing.page_layout("A4"))
    interview = Interview(company="A", role="B", starts_at=datetime(2026, 12, 3, 10))
    words = "a line long enough to wrap in a column of the page " * 3
    interview.add("concern", concern=f"Worry {words}", plan="Plan")
    interview.add("strength", what=f"Asset {words}")
    interview.add("day_check", text=f"Errand {words}")
    interview.add("presence_check", text=f"Posture {words}")
    for full, starts, boxes in (
        (False, ["Worry", "Asset", "Errand"], ["Errand"]),
        (True, ["Errand", "Posture"], ["Errand", "Posture"]),
    ):
        body, _, _ = printing._areas(writer, full=full)
        sheet = make_sheet(interview, full=full, now=NOW)
        document = printing._document(sheet, writer, body)
        for start in starts:
            block = document.find(start).block()
            layout = block.layout()
            assert layout.lineCount() > 1, start
            text_x = layout.lineAt(0).cursorToX(block.text().index(start))[0]
            assert abs(layout.lineAt(1).x() - text_x) < 2, start  # dots at 300 dpi
            if start in boxes:
                assert block.text().startswith(("☐", "☑")) and text_x > 20
            else:
                assert block.textList() is not None  # a bullet, in the margin
