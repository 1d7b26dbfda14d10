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
from planner.core import full_sheet
from planner.core import sheet as sheet_content
from planner.core.guidance import default_guidance
from planner.core.model import Interview
from planner.core.sheet import TAB_TITLES, Block, Line, Sheet
from planner.render.page_size import default_page_size_name
from planner.render.safe_document import SafeDocument

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(14, 12, 14, 12)
BODY_PT = 10.5
BODY_SIZES = (10.5, 10, 9.5, 9, 8.75, 8.5)  # the one-page sheet's, largest first
FULL_BODY_PT = 10.5
# A full sheet of a few pages whose last page would hold less than LAST_PAGE_FILL of a
# page is tried in these smaller sizes, the first that saves that page kept.
FULL_SMALLER_PT = (10, 9.5, 9)
LAST_PAGE_FILL = 0.25
SHORT_SHEET_PAGES = 12  # beyond, the sheet is laid out once (a long note stays linear)
HEADER_PT = 8
BLACK = QColor(0, 0, 0)
GRAPHEME_CHARS = 32  # the longest run of combining marks kept whole: see _split_long
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
    start, size = 0, len(line)
    while size - start > limit:  # indices, not slices of the rest: linear in the line
        end = start + limit
        cut = line.rfind(" ", start + limit // 2, end) + 1
        if not cut:
            # A character and its marks stay together; a real one is short, so a run of
            # marks longer than GRAPHEME_CHARS (no text has one) is cut where it stands.
            cut = end
            while cut > end - GRAPHEME_CHARS and unicodedata.combining(line[cut]):
                cut -= 1
            if unicodedata.combining(line[cut]):
                cut = end
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
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

    def paragraphs(self, parts: list[Part]) -> str:
        """Paragraphs close together, the last followed by the space between lines; each
        part is (HTML to show, None, style) or (the markup around, plain pieces to insert,
        style); the style (CSS) is the paragraph's own, e.g. an indent."""
        out = []
        for index, (html_text, pieces, style) in enumerate(parts):
            last = index == len(parts) - 1
            if pieces is None:
                out.append(
                    f"<p class='{'line' if last else 'cont'}' style='{style}'>{html_text}</p>"
                )
                continue
            self.texts.append((_plain(pieces), last))
            before, after = html_text.split(self.PLACEHOLDER)
            out.append(
                f"<p class='cont' style='{style}-qt-user-state:{len(self.texts) - 1}'>"
                f"{before}{self.PLACEHOLDER}{after}</p>"
            )
        return "".join(out)


Part = tuple[str, "list[str] | None", str]
ROW_INDENT = "margin-left:14px;"  # the fields under an item's title in the full sheet


def _escaped(pieces: list[str]) -> str:
    return html.escape(pieces[0]) or "&nbsp;"


def _text_parts(head: str, text: str, style: str = "") -> list[Part]:
    """A text after some HTML (a bold label): its first line in a paragraph with the head,
    its other lines as plain text (see Markup)."""
    pieces = _pieces(text) if text else [""]
    first = html.escape(pieces[0]) or ("" if head else "&nbsp;")
    parts: list[Part] = [(f"{head}{first}", None, style)]
    if len(pieces) > 1:
        parts.append((Markup.PLACEHOLDER, pieces[1:], style))
    return parts


def _line_parts(line: Line, box_px: float = 0) -> list[Part]:
    """A line of the full sheet as paragraphs (see Markup.paragraphs): its title, in bold
    when fields follow, then each field with its label run in, in bold, then its detail.
    A checklist's line hangs by its box's width, `box_px`."""
    head = ""
    if line.done is not None:
        head += "☑ " if line.done else "☐ "
    if line.label:
        head += f"<b>{_e(line.label)}</b>"
        if line.text:
            head += " – " if line.done is None else " "
    more = bool(line.detail or line.rows)
    text = _pieces(line.text) if line.text else [""]
    bold = ("<b>", "</b>") if more and not line.label else ("", "")
    first = html.escape(text[0]) or ("" if head or not line.text else "&nbsp;")
    hang = f"margin-left:{box_px:.1f}px; text-indent:-{box_px:.1f}px;"
    parts: list[Part] = [
        (f"{head}{bold[0]}{first}{bold[1]}", None, hang if line.done is not None else "")
    ]
    if len(text) > 1:
        parts.append((f"{bold[0]}{Markup.PLACEHOLDER}{bold[1]}", text[1:], ""))
    for label, value in line.rows:
        parts += _text_parts(f"<b>{_e(label)}</b> " if label else "", value, ROW_INDENT)
    if line.detail:
        parts += _text_parts("", line.detail, ROW_INDENT)
    return parts


def _block_html(block: Block, markup: Markup, box_px: float = 0) -> str:
    out = [f"<h3>{_e(block.title)}</h3>"]
    for line in block.lines:
        # The paragraphs of one line sit as close as the lines of one paragraph would.
        out.append(markup.paragraphs(_line_parts(line, box_px)))
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
p.note {{ font-size: 8.5pt; margin-top: 4px; }}
ul, ol {{ margin-top: 0; margin-bottom: 0; }}
li {{ margin-bottom: {LINE_GAP_PX}px; }}
"""
ONE_PAGE_STYLE = """
h1 { font-size: 15pt; }
h3 { font-size: 10.5pt; margin-top: 6px; }
"""
INDENT_PX = 13  # a list's indent: the text of a wrapped line hangs there, under the first


def _head_html(sheet: Sheet) -> str:
    """The top: company and role; the date and time, printed on; the place."""
    head = [f"<h1>{_e(sheet.title)}</h1>"]
    head.append(
        f"<p class='meta'><b>{_e(sheet.when)}</b>"
        f"<span style='font-size:8.5pt'>&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;{_e(sheet.printed)}"
        "</span></p>"
    )
    if sheet.place:
        head.append(f"<p class='meta'>{_e(sheet.place)}</p>")
    head.append("<hr>")
    return "".join(head)


def _one_line_html(line: Line) -> str:
    """A line of the one-page sheet as one list item: its rows follow after line breaks,
    so every line of it, wrapped or not, hangs under the first line's text."""
    if line.label:
        head = f"<b>{_e(line.label)}</b>"
        if line.aside:
            head += f" <i>{_e(line.aside)}</i>"
        if line.text:
            head += f" – {_e(line.text)}"
    else:
        bold = ("<b>", "</b>") if line.rows or line.detail else ("", "")
        head = f"{bold[0]}{_e(line.text)}{bold[1]}"
        if line.aside:
            head += f" <i>{_e(line.aside)}</i>"
    if line.done is not None:
        head = ("☑ " if line.done else "☐ ") + head
    rows = [f"<b>{_e(label)}</b> {_e(text)}" if label else _e(text) for label, text in line.rows]
    if line.detail:
        rows.append(_e(line.detail))
    return "<br>".join([head, *rows])


BOX_EM = 1.214  # the advance of "☐ " in DejaVu Sans, in ems


def _one_block_html(block: Block, box_px: float = 0) -> str:
    """A block of the one-page sheet; `box_px` is the width of a checklist's box and the
    space after it, in the device's dots (which the layout takes a pixel for)."""
    if any(line.done is not None for line in block.lines):
        # A checklist: its box is part of the text, so the lines after the first hang
        # by the box's width.
        hang = f"{box_px:.1f}px"
        lines = "".join(
            f"<p style='margin-left:{hang}; text-indent:-{hang}'>{_one_line_html(line)}</p>"
            for line in block.lines
        )
        return f"<h3>{_e(block.title)}</h3>{lines}"
    items = "".join(f"<li>{_one_line_html(line)}</li>" for line in block.lines)
    if block.key == "key_messages":
        return (
            "<table width='100%' cellspacing='0' cellpadding='8' border='1' "
            "style='border-style:solid; border-color:#000000; border-collapse:collapse'>"
            f"<tr><td><h3 style='margin-top:0'>{_e(block.title)}</h3>"
            f"<ol style='-qt-list-indent:1'>{items}</ol></td></tr></table>"
        )
    style = "none" if block.key == "people" else "disc"
    return (
        f"<h3>{_e(block.title)}</h3>"
        f"<ul style='-qt-list-indent:1; list-style-type:{style}'>{items}</ul>"
    )


COLUMN_GAP_PX = 16


def split_columns(heights: list[float]) -> list[bool]:
    """For each block, in the sheet's order, whether it goes in the right column: the
    blocks keep their order in each column, and the longer column is as short as it can be
    (the page ends about level, with no tall blank under one column); of equal splits, the
    one with the earlier blocks on the left."""
    count = len(heights)
    grain = max(heights, default=1) / 50 or 1

    def cost(mask: int) -> tuple[int, int]:
        right = sum(h for i, h in enumerate(heights) if mask >> (count - 1 - i) & 1)
        return round(max(sum(heights) - right, right) / grain), mask

    best = min(range(2**count), key=cost)
    return [bool(best >> (count - 1 - i) & 1) for i in range(count)]


def _box_px(device: QPagedPaintDevice, body_pt: float) -> float:
    return BOX_EM * body_pt * device.resolution() / 72


def sheet_markup(sheet: Sheet, right: list[bool] | None = None, box_px: float = 0) -> Markup:
    """The sheet as HTML; `right` says which of the one-page sheet's blocks (but the key
    messages) go in the right column (by default, from the second half of the list)."""
    markup = Markup()
    head = _head_html(sheet)
    if sheet.full:
        body, tab = [], None
        for block in sheet.blocks:
            if block.tab != tab:
                tab = block.tab
                body.append(f"<h2>{_e(TAB_TITLES.get(tab, tab))}</h2>")
            body.append(_block_html(block, markup, box_px))
        content = "".join(body)
    else:
        boxed = [b for b in sheet.blocks if b.key == "key_messages"]
        columned = [b for b in sheet.blocks if b.key != "key_messages"]
        if right is None:
            right = [index >= len(columned) // 2 for index in range(len(columned))]
        content = "".join(_one_block_html(b, box_px) for b in boxed)
        placed = list(zip(columned, right, strict=True))
        left_html = "".join(_one_block_html(b, box_px) for b, r in placed if not r)
        right_html = "".join(_one_block_html(b, box_px) for b, r in placed if r)
        content += (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='50%' valign='top' style='padding-right:{COLUMN_GAP_PX}px'>"
            f"{left_html}</td><td width='50%' valign='top'>{right_html}</td></tr></table>"
        )
        if sheet.dropped:
            content += f"<p class='note'><i>{_e(sheet.continued())}.</i></p>"
    style = STYLE if sheet.full else STYLE + ONE_PAGE_STYLE
    markup.html = f"<html><head><style>{style}</style></head><body>{head}{content}</body></html>"
    return markup


def _new_document(device: QPagedPaintDevice, body_pt: float) -> SafeDocument:
    document = SafeDocument()
    document.setUndoRedoEnabled(False)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Unhinted glyphs measure the same at every resolution: the preview on screen then
    # breaks lines exactly where the printer and the PDF do.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setPointSizeF(body_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setIndentWidth(INDENT_PX)
    document.documentLayout().setPaintDevice(device)
    return document


def _columns(sheet: Sheet, device: QPagedPaintDevice, body: QRectF, body_pt: float) -> list[bool]:
    """Which blocks of the one-page sheet go in the right column, from their heights as
    laid out in a column's width (a small document each: a few ms in all)."""
    gap = COLUMN_GAP_PX * device.resolution() / 96
    width = (body.width() - gap) / 2
    heights = []
    for block in sheet.blocks:
        if block.key == "key_messages":
            continue
        document = _new_document(device, body_pt)
        document.setTextWidth(width)
        document.setHtml(
            f"<html><head><style>{STYLE}{ONE_PAGE_STYLE}</style></head>"
            f"<body>{_one_block_html(block, _box_px(device, body_pt))}</body></html>"
        )
        heights.append(document.size().height())
    return split_columns(heights)


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


def _document(
    sheet: Sheet, device: QPagedPaintDevice, body: QRectF, body_pt: float | None = None
) -> SafeDocument:
    """The sheet laid out in pages of the body's size on the device."""
    document = SafeDocument()
    document.setUndoRedoEnabled(False)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Unhinted glyphs measure the same at every resolution: the preview on screen then
    # breaks lines exactly where the printer and the PDF do.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    body_pt = body_pt or (FULL_BODY_PT if sheet.full else BODY_PT)
    font.setPointSizeF(body_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setIndentWidth(INDENT_PX)
    right = None if sheet.full else _columns(sheet, device, body, body_pt)
    markup = sheet_markup(sheet, right, _box_px(device, body_pt))
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


def _areas(device: QPagedPaintDevice, *, full: bool = True) -> tuple[QRectF, QRectF, QRectF]:
    """The body, and the strips above and below it for the running header and footer (the
    one-page sheet has no running header: its body starts at the top)."""
    # A painter on a printer or PDF writer starts at the top left of the area inside the
    # margins, so only the size of the paint rectangle matters here.
    size = device.pageLayout().paintRectPixels(device.resolution()).size()
    paint = QRectF(0, 0, size.width(), size.height())
    strip = device.resolution() * HEADER_PT * 2.2 / 72
    body = paint.adjusted(0, strip if full else 0, 0, -strip)
    # The layout measures in 1/64 of a dot: a page height it can hold exactly keeps the
    # pages painted here on the pages it broke, however many there are.
    body.setHeight(math.floor(body.height() * 64) / 64)
    header = QRectF(paint.left(), paint.top(), paint.width(), strip * 0.8)
    footer = QRectF(paint.left(), paint.bottom() - strip * 0.8, paint.width(), strip * 0.8)
    return body, header, footer


def _last_page_fill(document: QTextDocument, body: QRectF) -> float:
    """How much of its last page the document fills, from 0 to 1."""
    layout = document.documentLayout()
    bottom = layout.blockBoundingRect(document.lastBlock()).bottom()
    return bottom / body.height() - (document.pageCount() - 1)


def full_document(sheet: Sheet, device: QPagedPaintDevice, body: QRectF) -> SafeDocument:
    """The full sheet laid out; a short sheet whose last page would be near empty is set a
    little smaller when that saves the page."""
    document = _document(sheet, device, body)
    pages = document.pageCount()
    if 1 < pages <= SHORT_SHEET_PAGES and _last_page_fill(document, body) < LAST_PAGE_FILL:
        for body_pt in FULL_SMALLER_PT:
            smaller = _document(sheet, device, body, body_pt)
            if smaller.pageCount() < pages:
                return smaller
    return document


def fit_one_page(sheet: Sheet, device: QPagedPaintDevice) -> tuple[Sheet, SafeDocument]:
    """The sheet on one page: in the largest of BODY_SIZES that holds it whole, else in the
    smallest less its least important lines, as few as need to go (binary search)."""
    body, _, _ = _areas(device, full=False)
    laid_out: dict[float, SafeDocument] = {}

    def fits(index: int) -> bool:
        body_pt = BODY_SIZES[index]
        if body_pt not in laid_out:
            laid_out[body_pt] = _document(sheet, device, body, body_pt)
        return laid_out[body_pt].pageCount() <= 1

    if fits(0):
        return sheet, laid_out[BODY_SIZES[0]]
    # The height goes about with the square of the size: start at the size that should
    # just hold it, then step (two or three layouts rather than one for every size).
    ratio = laid_out[BODY_SIZES[0]].size().height() / body.height()
    guess = BODY_SIZES[0] / math.sqrt(ratio)
    index = next((i for i, pt in enumerate(BODY_SIZES) if pt <= guess), len(BODY_SIZES) - 1)
    index = max(index, 1)
    if fits(index):
        while index > 1 and fits(index - 1):
            index -= 1
        return sheet, laid_out[BODY_SIZES[index]]
    while index + 1 < len(BODY_SIZES):
        index += 1
        if fits(index):
            return sheet, laid_out[BODY_SIZES[index]]
    body_pt = BODY_SIZES[-1]
    ranked = sheet.lines_by_priority()
    low, high = 1, len(ranked)
    best = None
    while low <= high:
        middle = (low + high) // 2
        candidate = sheet.without(set(ranked[:middle]))
        candidate_document = _document(candidate, device, body, body_pt)
        if candidate_document.pageCount() <= 1:
            best = (candidate, candidate_document)
            high = middle - 1
        else:
            low = middle + 1
    if best is None:  # even the header alone is too long: keep it, on one page
        bare = sheet.without(set(ranked))
        best = (bare, _document(bare, device, body, body_pt))
    return best


def render(sheet: Sheet, device: QPagedPaintDevice) -> int:
    """Paint the sheet on a printer or PDF writer whose page layout is set; return pages."""
    body, header, footer = _areas(device, full=sheet.full)
    if sheet.full:
        document = full_document(sheet, device, body)
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
    builder = full_sheet.full if full else sheet_content.one_page
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
