"""Lays the prep sheet out and paints it: one function serves print, preview and PDF.

The content comes from planner.core.sheet. Every piece of it is plain text, escaped here
before it meets the layout engine or inserted as plain text (the bulk of long texts, see
Markup), and the document refuses to load any resource, so nothing a candidate types can
pull a file, an image or a web address onto the page.
The page is always black on white, whatever the screen's palette.
"""

from __future__ import annotations

import math

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
    QTextCursor,
    QTextDocument,
)

from planner import APP_NAME
from planner.core.sheet import Sheet
from planner.render.markup import (
    BOX_EM,
    COLUMN_GAP_PX,
    INDENT_PX,
    LINE_GAP_PX,
    ONE_PAGE_STYLE,
    STYLE,
    one_block_html,
    sheet_markup,
    split_columns,
)
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


def _box_px(device: QPagedPaintDevice, body_pt: float) -> float:
    return BOX_EM * body_pt * device.resolution() / 72


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
            f"<body>{one_block_html(block, _box_px(device, body_pt))}</body></html>"
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
