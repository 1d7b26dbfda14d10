"""Text from a file or the database, made safe to print on a terminal.

A company name, a file name or a path can hold control characters: ESC starts the escape
sequences that recolour, retitle or rewrite a terminal, BEL rings, NUL and the C1 controls
confuse some terminals, and the bidirectional overrides reorder what is shown. Whatever the
command line prints that came from data goes through ``for_terminal`` first, which writes
each such character visibly, as Python would in a string literal (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re

# C0 controls (tab and line breaks too), DEL, the C1 controls; the bidirectional marks,
# embeddings, overrides and isolates; the line and paragraph separators; lone surrogates
# (a file name that is not valid UTF-8 reaches Python with them, and cannot be printed).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` with every control and direction-changing character written as an escape."""
    return _UNSAFE.sub(_escape, str(text))
