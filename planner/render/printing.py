"""Lays the prep sheet out and paints it: one function serves print, preview and PDF.

The content comes from planner.core.sheet. Every piece of it is plain text, escaped here
before it meets the layout engine or inserted as plain text (the bulk of long texts, see
Markup), and the document refuses to load any resource, so nothing a candidate types can
pull a file, an image or a web address onto the page.
The page is always black on white, whatever the screen's palette.
"""

from __future__ import annotations

import html
import math
import os
import re
import unicodedata
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from planner import APP_NAME
from planner.core import sheet as sheet_content
from planner.core.guidance import default_guidance
from planner.core.model import Interview
from planner.core.sheet import CONTINUED, TAB_TITLES, Block, Line, Sheet
from planner.render.page_size import default_page_size_name
from planner.render.safe_document import SafeDocument

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(14, 12, 14, 12)
BODY_PT = 10.5
FULL_BODY_PT = 10.5
HEADER_PT = 8
BLACK = QColor(0, 0, 0)
PARAGRAPH_CHARS = 10_000  # longer lines are cut: see _pieces
EDGE = 0.5  # device dots: see render
GLYPH_CACHE_CHARS = 4_000_000  # see _keep_glyphs


class SheetError(Exception):
    """The sheet could not be written; the message says why."""


def page_layout(page_size_name: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size_name]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _e(text: str) -> str:
    """Escaped, with line breaks kept (for short text: a title, a label)."""
    return html.escape(text).replace("\n", "<br>")


def _split_long(line: str, limit: int) -> list[str]:
    """The line in pieces of at most `limit` characters, cut after a space where there is
    one, never inside a character and the marks that combine with it."""
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit) + 1
        if not cut:
            cut = limit
            while cut > 1 and unicodedata.combining(line[cut]):
                cut -= 1
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def _pieces(text: str) -> list[str]:
    """The text's paragraphs: one per line, and a line longer than PARAGRAPH_CHARS (about
    two pages) cut into paragraphs that long.

    A text of many lines (a long note) must not become one paragraph broken by <br>, nor a
    very long line one paragraph: the layout engine lays out and paints a paragraph as a
    whole on every page it touches, so one paragraph of n lines costs time in n squared."""
    return [
        piece
        for line in text.split("\n")
        for piece in (
            _split_long(line, PARAGRAPH_CHARS) if len(line) > PARAGRAPH_CHARS else (line,)
        )
    ]


# White space that HTML shows as one space; around a line break, none. And what
# QTextCursor.insertText would take for the end of a paragraph or a frame, which plain text
# never means here.
_OTHER_SPACES = "\t\r\f\v\u2028\u2029"
_SPACE_RUNS = re.compile(f"[{_OTHER_SPACES}][ {_OTHER_SPACES}]*| [ {_OTHER_SPACES}]+")
_SPACE_AT_BREAKS = re.compile(" \n ?|\n ")
_NOT_TEXT = str.maketrans({"\ufdd0": "\ufffd", "\ufdd1": "\ufffd"})


def _plain(pieces: list[str]) -> str:
    """The pieces as the text to insert, a paragraph each, white space shown as HTML shows it.
    (Each fix-up runs only if needed: the text of a note is clean, and long.)"""
    text = "\n".join(pieces)
    if "  " in text or any(space in text for space in _OTHER_SPACES):
        text = _SPACE_RUNS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AT_BREAKS.sub("\n", text)
    if "\ufdd0" in text or "\ufdd1" in text:
        text = text.translate(_NOT_TEXT)
    return text.strip(" ")


class Markup:
    """The sheet as HTML, and apart from it the bulk of its long texts.

    Parsing HTML is the dearest way to make thousands of paragraphs: the lines of a text
    after its first go into the document as plain text instead (_insert_plain), one call
    making a paragraph per line, where a placeholder paragraph marked with its number
    (-qt-user-state) stands in the HTML. Plain text needs no escaping and holds no markup."""

    PLACEHOLDER = "·"

    def __init__(self) -> None:
        self.texts: list[tuple[str, bool]] = []  # (text, ends its line of the sheet)
        self.html = ""

    def paragraphs(self, parts: list[tuple[str, list[str] | None]]) -> str:
        """Paragraphs close together, the last followed by the space between lines; each
        part is (HTML to show, None) or (the markup around, plain pieces to insert)."""
        out = []
        for index, (html_text, pieces) in enumerate(parts):
            last = index == len(parts) - 1
            if pieces is None:
                out.append(f"<p class='{'line' if last else 'cont'}'>{html_text}</p>")
                continue
            self.texts.append((_plain(pieces), last))
            before, after = html_text.split(self.PLACEHOLDER)
            out.append(
                f"<p class='cont' style='-qt-user-state:{len(self.texts) - 1}'>"
                f"{before}{self.PLACEHOLDER}{after}</p>"
            )
        return "".join(out)


def _escaped(pieces: list[str]) -> str:
    return html.escape(pieces[0]) or "&nbsp;"


def _line_parts(
    line: Line, *, strong: bool = False, marker: str = ""
) -> list[tuple[str, list[str] | None]]:
    """The line as paragraphs (see Markup.paragraphs): its text's first, its text's others,
    its detail."""
    head = marker
    if line.done is not None:
        head += "☑ " if line.done else "☐ "
    if line.label:
        head += f"<b>{_e(line.label)}</b>"
        if line.text:
            head += " – " if line.done is None else " "
    bold = ("<b>", "</b>") if strong and line.detail else ("", "")
    text = _pieces(line.text) if line.text else [""]
    first = html.escape(text[0]) or ("" if head or not line.text else "&nbsp;")
    parts: list[tuple[str, list[str] | None]] = [(f"{head}{bold[0]}{first}{bold[1]}", None)]
    if len(text) > 1:
        parts.append((f"{bold[0]}{Markup.PLACEHOLDER}{bold[1]}", text[1:]))
    if line.detail:
        detail = _pieces(line.detail)
        span = ("<span style='color:#333333'>", "</span>")
        if len(detail) > 1:
            parts.append((f"{span[0]}{Markup.PLACEHOLDER}{span[1]}", detail))
        else:
            parts.append((f"{span[0]}{_escaped(detail)}{span[1]}", None))
    return parts


def _block_html(block: Block, markup: Markup, *, bullets: bool) -> str:
    out = [f"<h3>{_e(block.title)}</h3>"]
    for line in block.lines:
        marker = "• " if bullets and line.done is None else ""
        # The paragraphs of one line sit as close as the lines of one paragraph would.
        out.append(markup.paragraphs(_line_parts(line, strong=not bullets, marker=marker)))
    return "".join(out)


LINE_GAP_PX = 3  # the space after each line of the sheet
STYLE = f"""
body {{ color: #000000; background: #ffffff; }}
h1 {{ font-size: 17pt; margin: 0; }}
h2 {{ font-size: 13pt; margin-top: 14px; margin-bottom: 2px; }}
h3 {{ font-size: 11pt; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 0; margin-bottom: {LINE_GAP_PX}px; }}
p.cont {{ margin-bottom: 0; }}
p.meta {{ margin-bottom: 1px; }}
p.note {{ font-size: 8.5pt; color: #333333; }}
"""


def sheet_markup(sheet: Sheet) -> Markup:
    markup = Markup()
    head = [f"<h1>{_e(sheet.title)}</h1>"]
    when = " · ".join(part for part in (sheet.when, sheet.countdown) if part)
    head.append(f"<p class='meta'><b>{_e(when)}</b></p>")
    if sheet.place:
        place = sheet.place if sheet.full else sheet.place[:300]
        head.append(f"<p class='meta'>{_e(place)}</p>")
    head.append("<hr>")
    if sheet.full:
        body, tab = [], None
        for block in sheet.blocks:
            if block.tab != tab:
                tab = block.tab
                body.append(f"<h2>{_e(TAB_TITLES.get(tab, tab))}</h2>")
            body.append(_block_html(block, markup, bullets=False))
        content = "".join(body)
    else:
        left_keys = {"key_messages", "people", "concerns"}
        left = "".join(
            _block_html(b, markup, bullets=True) for b in sheet.blocks if b.key in left_keys
        )
        right = "".join(
            _block_html(b, markup, bullets=True) for b in sheet.blocks if b.key not in left_keys
        )
        content = (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='52%' valign='top' style='padding-right:14px'>{left}</td>"
            f"<td width='48%' valign='top'>{right}</td></tr></table>"
        )
        if sheet.dropped:
            content += f"<p class='note'><i>{sheet.dropped} more item(s) {CONTINUED}.</i></p>"
    markup.html = (
        f"<html><head><style>{STYLE}</style></head><body>{''.join(head)}{content}</body></html>"
    )
    return markup


def _insert_plain(document: QTextDocument, texts: list[tuple[str, bool]]) -> None:
    """Put each text in place of its placeholder paragraph, a paragraph per line, in the
    placeholder's formats; the last paragraph of a line of the sheet keeps the space after."""
    if not texts:
        return
    marked = []
    block = document.begin()
    while block.isValid():
        if block.userState() >= 0:
            marked.append(block)
        block = block.next()
    cursor = QTextCursor(document)
    for block in reversed(marked):  # from the end: the places before stay where they are
        text, last = texts[block.userState()]
        cursor.setPosition(block.position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, cursor.charFormat())
        if last:
            block_format = cursor.blockFormat()
            block_format.setBottomMargin(LINE_GAP_PX)
            cursor.setBlockFormat(block_format)
        block.setUserState(-1)


def _keep_glyphs(document: QTextDocument) -> None:
    """Let every paragraph keep its shaped glyphs from the layout to the painting, which
    otherwise shapes the text a second time (~15 % of a full sheet's time, ~40 bytes of
    memory a character: only up to GLYPH_CACHE_CHARS)."""
    block = document.begin()
    while block.isValid():
        block.layout().setCacheEnabled(True)
        block = block.next()


def _document(sheet: Sheet, device: QPagedPaintDevice, body: QRectF) -> SafeDocument:
    """The sheet laid out in pages of the body's size on the device."""
    document = SafeDocument()
    document.setUndoRedoEnabled(False)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Unhinted glyphs measure the same at every resolution: the preview on screen then
    # breaks lines exactly where the printer and the PDF do.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setPointSizeF(FULL_BODY_PT if sheet.full else BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    markup = sheet_markup(sheet)
    page = QSizeF(body.width(), body.height())
    if markup.texts:
        document.setHtml(markup.html)
        _insert_plain(document, markup.texts)
        if sheet.full and document.characterCount() <= GLYPH_CACHE_CHARS:
            _keep_glyphs(document)
        # The layout starts once the document is whole: with its device and page size set
        # first, each change above would have been laid out as it came.
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(page)
    else:  # nothing to insert (a one-page sheet): laid out as it loads, the quickest way
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(page)
        document.setHtml(markup.html)
    if sheet.full:
        # Qt lays a long flow of paragraphs out in steps, and a step that resumes part-way
        # can leave the first line of a page where it would be without the page break,
        # straddling it (seen at the printer's 1,200 dpi on a note of a few hundred
        # paragraphs). Once the whole is laid out, one more pass from the top, which moves
        # the lines without shaping them again (a few per cent of the layout's time), puts
        # every line on its page. (The one-page sheet is one table, laid out in one go.)
        document.pageCount()
        document.markContentsDirty(0, 1)
    return document


def _areas(device: QPagedPaintDevice) -> tuple[QRectF, QRectF, QRectF]:
    """The body, and the strips above and below it for the running header and footer."""
    # A painter on a printer or PDF writer starts at the top left of the area inside the
    # margins, so only the size of the paint rectangle matters here.
    size = device.pageLayout().paintRectPixels(device.resolution()).size()
    paint = QRectF(0, 0, size.width(), size.height())
    strip = device.resolution() * HEADER_PT * 2.2 / 72
    body = paint.adjusted(0, strip, 0, -strip)
    # The layout measures in 1/64 of a dot: a page height it can hold exactly keeps the
    # pages painted here on the pages it broke, however many there are.
    body.setHeight(math.floor(body.height() * 64) / 64)
    header = QRectF(paint.left(), paint.top(), paint.width(), strip * 0.8)
    footer = QRectF(paint.left(), paint.bottom() - strip * 0.8, paint.width(), strip * 0.8)
    return body, header, footer


def fit_one_page(sheet: Sheet, device: QPagedPaintDevice) -> tuple[Sheet, SafeDocument]:
    """Drop the least important lines until the sheet fits one page (binary search)."""
    body, _, _ = _areas(device)
    document = _document(sheet, device, body)
    if document.pageCount() <= 1:
        return sheet, document
    ranked = sheet.lines_by_priority()
    low, high = 1, len(ranked)
    best = None
    while low <= high:
        middle = (low + high) // 2
        candidate = sheet.without(set(ranked[:middle]))
        candidate_document = _document(candidate, device, body)
        if candidate_document.pageCount() <= 1:
            best = (candidate, candidate_document)
            high = middle - 1
        else:
            low = middle + 1
    if best is None:  # even the header alone is too long: keep it, on one page
        best = (sheet.without(set(ranked)), _document(sheet.without(set(ranked)), device, body))
    return best


def render(sheet: Sheet, device: QPagedPaintDevice) -> int:
    """Paint the sheet on a printer or PDF writer whose page layout is set; return pages."""
    body, header, footer = _areas(device)
    if sheet.full:
        document = _document(sheet, device, body)
    else:
        sheet, document = fit_one_page(sheet, device)
    pages = document.pageCount() if sheet.full else 1
    painter = QPainter()
    if not painter.begin(device):
        raise SheetError("the printer or file could not be opened for writing")
    try:
        small = QFont("DejaVu Sans")
        small.setPointSizeF(HEADER_PT)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, BLACK)
        palette.setColor(QPalette.ColorRole.WindowText, BLACK)
        context.palette = palette
        for page in range(pages):
            if page:
                device.newPage()
            painter.setPen(BLACK)
            painter.setFont(small)
            if sheet.full:
                painter.drawText(
                    header,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    f"{sheet.title} · {sheet.when}",
                )
                painter.drawText(
                    footer,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    f"Page {page + 1} of {pages}",
                )
            else:
                painter.drawText(
                    footer,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    f"Prepared with {APP_NAME}. Good luck!",
                )
            painter.save()
            top = page * body.height()
            painter.translate(QPointF(body.left(), body.top() - top))
            page_rect = QRectF(0, top, body.width(), body.height())
            painter.setClipRect(page_rect)
            # The layout paints every line that touches its clip: a line that starts exactly
            # at a page's top edge touches the page before too, and would be painted there
            # as well (hidden by the painter's clip, but in the PDF's text twice). A clip
            # half a dot inside the page keeps each line to its own page.
            context.clip = page_rect.adjusted(0, EDGE, 0, -EDGE)
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return pages


def ensure_gui_application() -> None:
    """Fonts and painting need a GUI application; without a window, use Qt's offscreen one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _APPLICATION
        _APPLICATION = QGuiApplication(["interview-planner", "-platform", "offscreen"])


_APPLICATION = None


def make_sheet(interview: Interview, *, full: bool, now: datetime | None = None) -> Sheet:
    builder = sheet_content.full if full else sheet_content.one_page
    return builder(interview, default_guidance(), now or datetime.now())


def export_pdf(
    interview: Interview,
    target: Path,
    page_size_name: str | None = None,
    *,
    full: bool = False,
    now: datetime | None = None,
) -> int:
    """The interview's sheet as a PDF file; return the number of pages."""
    sheet = make_sheet(interview, full=full, now=now)
    return write_pdf(sheet, target, page_size_name or default_page_size_name())


def write_pdf(sheet: Sheet, target: Path, page_size_name: str) -> int:
    """Write the sheet as a PDF; an older file at target stays untouched unless this succeeds.

    The file is written through planner.fileio.replacing: a device, a named pipe or a
    folder is refused untouched, a link is written through, and the partial file is
    removed whatever stops the write (see that module)."""
    from planner.fileio import cannot_write, replacing

    try:
        with replacing(target) as (fd, temp_name):
            os.close(fd)
            writer = QPdfWriter(temp_name)
            writer.setCreator(APP_NAME)
            writer.setTitle(sheet.title)
            writer.setResolution(300)
            writer.setPageLayout(page_layout(page_size_name))
            pages = render(sheet, writer)
            del writer  # the file is complete once the writer is gone
            # Qt does not report a short write: a PDF is complete only if it ends with its
            # trailer, so check that before it may replace anything.
            with open(temp_name, "rb") as handle:
                handle.seek(max(0, os.path.getsize(temp_name) - 64))
                complete = b"%%EOF" in handle.read()
                if not complete:
                    raise SheetError(
                        f"cannot write {target}: the file could not be written whole; "
                        "the disk may be full"
                    )
                os.fsync(handle.fileno())
        return pages
    except OSError as error:
        raise SheetError(cannot_write(target, error)) from None
