"""A note's rich text: the little the editor makes, and nothing that could reach outside.

Notes are kept as the HTML of the notes editor. What the editor itself makes is
paragraphs, line breaks, bold, italic, underline and (nested) bulleted or numbered lists.
Anything else that arrives in a note (an import, a paste from a web page, an old
database) is reduced to its text by ``clean_html``: no element survives that could name
a file, an image, a link, a style sheet or a font, so nothing shown or printed can ever
load a resource. ``html_to_text`` gives a note's words, one line per paragraph or list
item, as the sheet prints them and Find searches them.

Both read the note in one linear pass. The content of a closed
``<script>``, ``<style>`` or ``<title>`` is not shown by any browser or by the editor, so
it is dropped; an element of these that is never closed keeps its text, so that no
visible word can hide behind a stray tag.
"""

from __future__ import annotations

import re
from html import escape, unescape

BOLD, ITALIC, UNDERLINE = 1, 2, 4
MAX_LIST_DEPTH = 8  # deeper lists are shown at this depth
_MAX_OPEN = 256  # formatting elements tracked at once; more are read as text

# Elements whose content is not shown when they are closed.
_HIDDEN = {"script", "style", "title", "template"}
# Elements that start a new paragraph.
_BLOCKS = {
    "p", "div", "li", "dt", "dd", "tr", "table", "blockquote", "pre", "textarea", "section",
    "article", "header", "footer", "main", "nav", "aside", "figure", "figcaption",
    "address", "details", "summary", "form", "fieldset", "legend", "hr", "center",
    "h1", "h2", "h3", "h4", "h5", "h6", "body", "html",
}  # fmt: skip
_HIDDEN_END = {name: re.compile(f"</{name}", re.IGNORECASE) for name in _HIDDEN}
# Where a comment ends, searched from its third character: "-->" or "--!>", so that
# "<!-->" and "<!--->" end where they start, as in a browser.
_COMMENT_END = re.compile(r"--!?>")
_PREFORMATTED = {"pre", "textarea"}  # their text keeps its lines and spaces
_LISTS = {"ul", "ol", "dl", "menu", "dir"}
_CELLS = {"td", "th"}
_FORMAT_TAGS = {
    "b": BOLD, "strong": BOLD, "h1": BOLD, "h2": BOLD, "h3": BOLD, "h4": BOLD, "h5": BOLD,
    "h6": BOLD, "th": BOLD, "i": ITALIC, "em": ITALIC, "cite": ITALIC, "var": ITALIC,
    "dfn": ITALIC, "u": UNDERLINE, "ins": UNDERLINE,
}  # fmt: skip
_WEIGHT = re.compile(r"font-weight\s*:\s*(bold(?:er)?|[6-9]\d\d)", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*(italic|oblique)", re.IGNORECASE)
_UNDERLINE = re.compile(r"text-decoration[\w-]*\s*:[^;]*underline", re.IGNORECASE)
_LIST_INDENT = re.compile(r"-qt-list-indent\s*:\s*(\d{1,3})")
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.IGNORECASE)
LIST_STYLES = {
    "disc", "circle", "square", "decimal", "lower-alpha", "upper-alpha", "lower-roman",
    "upper-roman",
}  # fmt: skip
ORDERED_STYLES = {"decimal", "lower-alpha", "upper-alpha", "lower-roman", "upper-roman"}
_LIST_TYPES = {
    "disc": "disc",
    "circle": "circle",
    "square": "square",
    "1": "decimal",
    "a": "lower-alpha",
    "A": "upper-alpha",
    "i": "lower-roman",
    "I": "upper-roman",
}
_VOID = {"br", "meta", "hr", "img", "input", "link", "area", "base", "col", "embed", "wbr"}
# Where a tag may start: "<" then a letter, "/", "!" or "?"; any other "<" is text.
_TAG_START = re.compile(r"<[A-Za-z/!?]")
# A whole tag, quoted attribute values and all; possessive, so a tag that never closes
# costs one scan to the end of the text, never a backtrack.
_TAG = re.compile(r"<([/!?]?)([A-Za-z][^\t\n\f\r />]*+|)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>")
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_PRE_WRAP = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


class Block:
    """One paragraph or list item: ``level`` 0 is a paragraph, 1 and more a list item."""

    __slots__ = ("_flags", "_pieces", "keeps_spaces", "level", "runs", "style")

    def __init__(self, level: int = 0, style: str = "", keeps_spaces: bool = False) -> None:
        self.level = level
        self.style = style  # a list item's marker: one of LIST_STYLES
        self.keeps_spaces = keeps_spaces  # spaces as written, not collapsed as in HTML
        self.runs: list[tuple[str, int]] = []  # (text, BOLD | ITALIC | UNDERLINE)
        self._pieces: list[str] = []  # the last run, still growing
        self._flags = 0

    def append(self, text: str, flags: int) -> None:
        if flags != self._flags and self._pieces:
            self.runs.append(("".join(self._pieces), self._flags))
            self._pieces = []
        self._flags = flags
        self._pieces.append(text)

    def ends_with_space(self) -> bool:
        """True at the start of the block, or after a space or a line break."""
        if self._pieces:
            return self._pieces[-1].endswith((" ", "\n"))
        return True

    def finish(self) -> None:
        if self._pieces:
            self.runs.append(("".join(self._pieces), self._flags))
            self._pieces = []
        if not self.keeps_spaces:
            while self.runs:  # the spaces that end a paragraph are not shown
                text, flags = self.runs[-1]
                text = text.rstrip(" ")
                if text:
                    self.runs[-1] = (text, flags)
                    break
                self.runs.pop()

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


class _Reader:
    """Reads HTML in one linear pass; whatever is not a complete tag is text.

    Not html.parser: some inputs (thousands of "<" in a row) take it quadratic time."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.block: Block | None = None
        self.keep_spaces = False  # the editor's own HTML: spaces are the user's own
        self.pre = 0  # inside <pre>, or after something never closed: lines as written
        self.pre_wrap = False  # in a paragraph styled white-space:pre-wrap (or pre)
        self.lists: list[tuple[str, int]] = []  # open lists: (style, level)
        self.empty_paragraph = False  # in the editor's mark of a paragraph left empty
        self.open: list[tuple[str, int]] = []  # open formatting elements and their flags
        self.flags = 0

    def read(self, html: str) -> list[Block]:
        position, size = 0, len(html)
        while position < size:
            found = _TAG_START.search(html, position)
            if found is None:
                self.handle_data(unescape(html[position:]))
                break
            start = found.start()
            if start > position:
                self.handle_data(unescape(html[position:start]))
            if html.startswith("<!--", start):
                # "<!-->" and "<!--->" are whole (empty) comments; "--!>" ends one too.
                close = _COMMENT_END.search(html, start + 2)
                if close is None:
                    self._rest_as_text(html[start:])
                    break
                position = close.end()
                continue
            tag = _TAG.match(html, start)
            if tag is None:
                self._rest_as_text(html[start:])  # a tag never closed
                break
            position = tag.end()
            closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
            if closing == "/":
                self.handle_endtag(name)
            elif closing:
                continue  # <!DOCTYPE ...>, <?xml ...?>
            elif name in _HIDDEN:
                # Found in the text itself: lower() may change its length ("İ").
                close = _HIDDEN_END[name].search(html, position)
                if close is None:
                    self._rest_as_text(html[position:])
                    break
                end = html.find(">", close.start())
                position = size if end < 0 else end + 1
            else:
                self.handle_starttag(name, _ATTRIBUTE.findall(attributes))
                if attributes.endswith("/") and name not in _VOID:
                    self.handle_endtag(name)
        return self.finish()

    def _rest_as_text(self, text: str) -> None:
        """What follows something never closed: kept, line by line, as it was written
        (a browser might hide it; here no word may hide behind a stray tag)."""
        self.pre += 1
        self.handle_data(text)

    # -- structure
    def _end_block(self) -> None:
        self.block = None
        self.pre_wrap = False

    def _spaces_kept(self) -> bool:
        return self.keep_spaces or self.pre > 0 or self.pre_wrap

    def _new_block(self, level: int = 0, style: str = "") -> Block:
        self.empty_paragraph = False
        self.block = Block(min(level, MAX_LIST_DEPTH), style, self._spaces_kept())
        self.blocks.append(self.block)
        return self.block

    def _add(self, text: str) -> None:
        if not text:
            return
        block = self.block
        if block is None:
            if not text.strip():
                return  # the space between blocks
            block = self._new_block()
        if not self._spaces_kept():
            text = _SPACES.sub(" ", text)
            if text.startswith(" ") and block.ends_with_space():
                text = text[1:]
            if not text:
                return
        block.append(text, self.flags)

    # -- formatting
    def _push(self, tag: str, flags: int) -> None:
        if len(self.open) < _MAX_OPEN:
            self.open.append((tag, flags))
            self.flags = self._combined()

    def _pop(self, tag: str) -> None:
        for index in range(len(self.open) - 1, max(-1, len(self.open) - 9), -1):
            if self.open[index][0] == tag:
                del self.open[index]
                self.flags = self._combined()
                return

    def _combined(self) -> int:
        flags = 0
        for _, each in self.open:
            flags |= each
        return flags

    # -- the parser's callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str]]) -> None:
        style = ""
        for name, value in attrs:
            name = name.lower()
            if name == "style":
                style = value.strip("\"'")
            elif tag == "meta" and name == "name" and value.strip("\"'") == "qrichtext":
                self.keep_spaces = True
        if tag in _LISTS:
            self._end_block()
            self.lists.append(self._list_of(tag, attrs, style))
        elif tag == "li":
            marker, level = self.lists[-1] if self.lists else ("disc", 1)
            self._end_block()
            self.pre_wrap = bool(_PRE_WRAP.search(style))
            self._new_block(level, marker)
        elif tag in _BLOCKS:
            self._end_block()
            self.pre_wrap = bool(_PRE_WRAP.search(style))
            if tag in _PREFORMATTED:
                self.pre += 1
            elif tag == "p" and "-qt-paragraph-type:empty" in style.replace(" ", ""):
                self._new_block()  # an empty line the user left
                self.empty_paragraph = True
        elif tag == "br":
            if not self.empty_paragraph:  # the editor writes an empty line as <br />
                (self.block or self._new_block()).append("\n", self.flags)
        elif tag in _CELLS and self.block is not None and not self.block.ends_with_space():
            self._add(" ")
        flags = _FORMAT_TAGS.get(tag, 0)
        if style:
            if _WEIGHT.search(style):
                flags |= BOLD
            if _ITALIC.search(style):
                flags |= ITALIC
            if _UNDERLINE.search(style):
                flags |= UNDERLINE
        if flags and tag not in _VOID:
            self._push(tag, flags)

    def _list_of(self, tag: str, attrs: list[tuple[str, str]], style: str) -> tuple[str, int]:
        marker = "decimal" if tag == "ol" else "disc"
        for name, value in attrs:
            if name.lower() == "type":
                marker = _LIST_TYPES.get(value.strip("\"'"), marker)
        named = _LIST_STYLE.search(style)
        if named and named.group(1).lower() in LIST_STYLES:
            marker = named.group(1).lower()
        indent = _LIST_INDENT.search(style)
        level = int(indent.group(1)) if indent else (self.lists[-1][1] + 1 if self.lists else 1)
        return marker, max(1, min(level, MAX_LIST_DEPTH))

    def handle_endtag(self, tag: str) -> None:
        self._pop(tag)
        if tag in _LISTS:
            self._end_block()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCKS or tag == "li":
            if tag in _PREFORMATTED and self.pre:
                self.pre -= 1
            self._end_block()

    def handle_data(self, data: str) -> None:
        if self.pre or self.pre_wrap:
            data = data.replace("\r\n", "\n")
        elif self.keep_spaces:
            data = data.replace("\n", "")  # the editor's own line breaks are <br />
        self._add(data)

    def finish(self) -> list[Block]:
        for block in self.blocks:
            block.finish()
        return self.blocks


def read_blocks(html: str) -> list[Block]:
    """The paragraphs and list items of a note, with their formatting."""
    if not html or not html.strip():
        return []
    return _Reader().read(html)


def _runs_html(runs: list[tuple[str, int]]) -> str:
    out: list[str] = []
    for text, flags in runs:
        piece = escape(text, quote=False).replace("\n", "<br />")
        if flags & UNDERLINE:
            piece = f"<u>{piece}</u>"
        if flags & ITALIC:
            piece = f"<i>{piece}</i>"
        if flags & BOLD:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


# The editor's own paragraphs have no margins, and their spaces are the user's own: said
# once, in the head, with Qt's own mark of its rich text (which read_blocks honours).
HEAD = (
    '<html><head><meta name="qrichtext" content="1" /><style>'
    "p, li { margin-top:0px; margin-bottom:0px; white-space:pre-wrap; } "
    "ul, ol { margin-top:0px; margin-bottom:0px; }"
    "</style></head><body>"
)
_EMPTY = '<p style="-qt-paragraph-type:empty"><br /></p>'


def _open_list(style: str, level: int) -> str:
    tag = "ol" if style in ORDERED_STYLES else "ul"
    return f'<{tag} style="-qt-list-indent:{level}; list-style-type:{style}">'


def blocks_html(blocks: list[Block]) -> str:
    """The blocks as the small HTML the notes editor reads back unchanged."""
    out: list[str] = [HEAD]
    lists: list[str] = []  # the styles of the lists open around the current item
    for block in blocks:
        level = block.level
        while len(lists) > level or (lists and len(lists) == level and lists[-1] != block.style):
            out.append("</ol>" if lists.pop() in ORDERED_STYLES else "</ul>")
        while len(lists) < level:
            lists.append(block.style)
            out.append(_open_list(block.style, len(lists)))
        body = _runs_html(block.runs)
        if level:
            out.append(f"<li>{body}</li>")
        else:
            out.append(f"<p>{body}</p>" if body else _EMPTY)
    out.extend("</ol>" if style in ORDERED_STYLES else "</ul>" for style in reversed(lists))
    out.append("</body></html>")
    return "".join(out)


def clean_html(html: str) -> str:
    """The note reduced to what the editor makes: every other element becomes its text."""
    blocks = read_blocks(html)
    while blocks and not blocks[-1].runs and not blocks[-1].level:
        blocks.pop()  # trailing empty lines
    return blocks_html(blocks) if blocks else ""


def html_to_text(html: str) -> str:
    """Plain text with one line per paragraph or list item; no markup survives."""
    lines: list[str] = []
    for block in read_blocks(html):
        for number, part in enumerate(block.text.split("\n")):
            line = " ".join(part.split())
            if line:
                lines.append(f"• {line}" if block.level and not number else line)
    return "\n".join(lines)
