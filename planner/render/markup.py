"""The prep sheet as HTML for Qt's layout: every piece of user text escaped, or inserted
as plain text (the bulk of long texts, see Markup); no element that could load anything.
The layout and the painting are render/printing.py's."""

from __future__ import annotations

import html
import re
import unicodedata

from planner.core.sheet import TAB_TITLES, Block, Line, Sheet

GRAPHEME_CHARS = 32  # the longest run of combining marks kept whole: see _split_long
PARAGRAPH_CHARS = 10_000  # longer lines are cut: see _pieces


def as_html(text: str) -> str:
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
        head += f"<b>{as_html(line.label)}</b>"
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
        parts += _text_parts(f"<b>{as_html(label)}</b> " if label else "", value, ROW_INDENT)
    if line.detail:
        parts += _text_parts("", line.detail, ROW_INDENT)
    return parts


def block_html(block: Block, markup: Markup, box_px: float = 0) -> str:
    out = [f"<h3>{as_html(block.title)}</h3>"]
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


def head_html(sheet: Sheet) -> str:
    """The top: company and role; the date and time, printed on; the place."""
    head = [f"<h1>{as_html(sheet.title)}</h1>"]
    head.append(
        f"<p class='meta'><b>{as_html(sheet.when)}</b>"
        "<span style='font-size:8.5pt'>&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;"
        f"{as_html(sheet.printed)}</span></p>"
    )
    if sheet.place:
        head.append(f"<p class='meta'>{as_html(sheet.place)}</p>")
    head.append("<hr>")
    return "".join(head)


def _one_line_html(line: Line) -> str:
    """A line of the one-page sheet as one list item: its rows follow after line breaks,
    so every line of it, wrapped or not, hangs under the first line's text."""
    if line.label:
        head = f"<b>{as_html(line.label)}</b>"
        if line.aside:
            head += f" <i>{as_html(line.aside)}</i>"
        if line.text:
            head += f" – {as_html(line.text)}"
    else:
        bold = ("<b>", "</b>") if line.rows or line.detail else ("", "")
        head = f"{bold[0]}{as_html(line.text)}{bold[1]}"
        if line.aside:
            head += f" <i>{as_html(line.aside)}</i>"
    if line.done is not None:
        head = ("☑ " if line.done else "☐ ") + head
    rows = [
        f"<b>{as_html(label)}</b> {as_html(text)}" if label else as_html(text)
        for label, text in line.rows
    ]
    if line.detail:
        rows.append(as_html(line.detail))
    return "<br>".join([head, *rows])


BOX_EM = 1.214  # the advance of "☐ " in DejaVu Sans, in ems


def one_block_html(block: Block, box_px: float = 0) -> str:
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
        return f"<h3>{as_html(block.title)}</h3>{lines}"
    items = "".join(f"<li>{_one_line_html(line)}</li>" for line in block.lines)
    if block.key == "key_messages":
        return (
            "<table width='100%' cellspacing='0' cellpadding='8' border='1' "
            "style='border-style:solid; border-color:#000000; border-collapse:collapse'>"
            f"<tr><td><h3 style='margin-top:0'>{as_html(block.title)}</h3>"
            f"<ol style='-qt-list-indent:1'>{items}</ol></td></tr></table>"
        )
    style = "none" if block.key == "people" else "disc"
    return (
        f"<h3>{as_html(block.title)}</h3>"
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


def sheet_markup(sheet: Sheet, right: list[bool] | None = None, box_px: float = 0) -> Markup:
    """The sheet as HTML; `right` says which of the one-page sheet's blocks (but the key
    messages) go in the right column (by default, from the second half of the list)."""
    markup = Markup()
    head = head_html(sheet)
    if sheet.full:
        body, tab = [], None
        for block in sheet.blocks:
            if block.tab != tab:
                tab = block.tab
                body.append(f"<h2>{as_html(TAB_TITLES.get(tab, tab))}</h2>")
            body.append(block_html(block, markup, box_px))
        content = "".join(body)
    else:
        boxed = [b for b in sheet.blocks if b.key == "key_messages"]
        columned = [b for b in sheet.blocks if b.key != "key_messages"]
        if right is None:
            right = [index >= len(columned) // 2 for index in range(len(columned))]
        content = "".join(one_block_html(b, box_px) for b in boxed)
        placed = list(zip(columned, right, strict=True))
        left_html = "".join(one_block_html(b, box_px) for b, r in placed if not r)
        right_html = "".join(one_block_html(b, box_px) for b, r in placed if r)
        content += (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='50%' valign='top' style='padding-right:{COLUMN_GAP_PX}px'>"
            f"{left_html}</td><td width='50%' valign='top'>{right_html}</td></tr></table>"
        )
        if sheet.dropped:
            content += f"<p class='note'><i>{as_html(sheet.continued())}.</i></p>"
    style = STYLE if sheet.full else STYLE + ONE_PAGE_STYLE
    markup.html = f"<html><head><style>{style}</style></head><body>{head}{content}</body></html>"
    return markup
