"""A note's rich text: only what the editor makes survives, and every visible word stays."""

from __future__ import annotations

import json
import re
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import full_sheet
from planner.core.exchange import dump_export, read_export
from planner.core.guidance import default_guidance
from planner.core.model import Interview
from planner.core.richtext import HEAD, clean_html, html_to_text, read_blocks

NOW = datetime(2026, 12, 2, 9, 0)
# What may name something outside the note; none of it may survive cleaning.
OUTSIDE = re.compile(
    r"<img|<link|<a\b|<script|<style|<iframe|<object|src=|href=|url\(|@import", re.I
)
EDITOR_TAGS = {"p", "br", "b", "i", "u", "ul", "ol", "li"}


def tags_of(html: str) -> list[tuple[str, str]]:
    """The tags of cleaned HTML (where every "<" of the text is escaped)."""
    return re.findall(r"</?([a-z0-9]+)([^>]*)>", html)


def assert_only_editor_markup(html: str) -> None:
    """The fixed head that says how the editor's paragraphs look, then only its tags."""
    if not html:
        return  # a note with no words is kept empty
    assert html.startswith(HEAD) and html.endswith("</body></html>")
    for name, attributes in tags_of(html[len(HEAD) : -len("</body></html>")]):
        assert name in EDITOR_TAGS, name
        assert re.fullmatch(r'(\s+style="[^"<>()]*")?\s*/?', attributes), attributes


def test_the_editors_own_formatting_survives():
    html = (
        "<p>Plain <b>bold</b> <i>italic</i> <u>under</u> "
        "<span style='font-weight:700; font-style:italic'>both</span></p>"
        "<ul><li>one</li><li>two<ol><li>first</li></ol></li></ul>"
    )
    cleaned = clean_html(html)
    blocks = read_blocks(cleaned)
    assert [b.text for b in blocks] == ["Plain bold italic under both", "one", "two", "first"]
    assert [(b.level, b.style) for b in blocks] == [
        (0, ""),
        (1, "disc"),
        (1, "disc"),
        (2, "decimal"),
    ]
    assert blocks[0].runs[1] == ("bold", 1)
    assert blocks[0].runs[-1] == ("both", 1 | 2)
    assert clean_html(cleaned) == cleaned  # stable


def test_images_links_styles_and_scripts_are_reduced_to_their_text():
    html = (
        '<img src="/dev/zero"><p style="background:url(/etc/passwd)">Hi '
        '<a href="file:///etc/shadow">there</a></p><link rel=stylesheet href="/x.css">'
        "<style>p {color:red}</style><script>alert(1)</script><iframe src=x></iframe>"
        "<table background='/dev/zero'><tr><td>cell one</td><td>cell two</td></tr></table>"
    )
    cleaned = clean_html(html)
    assert not OUTSIDE.search(cleaned[len(HEAD) :])
    assert_only_editor_markup(cleaned)
    assert html_to_text(cleaned) == "Hi there\ncell one cell two"


def test_an_element_never_closed_hides_nothing():
    """Seen on main: after an unclosed <script> the sheet printed nothing more."""
    lines = [f"line {n}" for n in range(5000)]
    for opener in ("<script>", "<style>", "<title>", "<!--", '<p title="', "<textarea>"):
        text = html_to_text(f"<p>before</p>{opener}" + "\n".join(lines))
        assert text.splitlines()[-1] == "line 4999", opener
        assert "line 2500" in text


def test_markup_typed_as_text_stays_text():
    text = "<p>&lt;img src=x&gt; 3 &lt; 4 &amp; a < b</p>"
    assert html_to_text(text) == "<img src=x> 3 < 4 & a < b"
    assert "<img" not in clean_html(text)
    assert "&lt;img src=x&gt;" in clean_html(text)


def test_plain_text_and_empty_notes():
    assert clean_html("") == "" and html_to_text("   ") == ""
    assert html_to_text("one\ntwo   three") == "one two three"


# -- fuzzing: whatever a note holds, nothing outside survives and every word is printed

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüßж", min_size=1, max_size=8)
HOSTILE = st.sampled_from(
    [
        '<img src="/dev/zero">', "<img src=/tmp/pipe>", '<link rel="stylesheet" href="/x">',
        '<p style="background-image:url(/dev/zero)">', "<a href='file:///etc/passwd'>", "</a>",
        "<b>", "</b>", "<i>", "<u>", "</u>", "<p>", "</p>", "<br>", "<br/>", "<ul>", "<li>",
        "</li>", "</ul>", "<ol>", "<table><tr><td>", "</td><td>", "<div>", "</div>", "<span>",
        "<script>var x;</script>", "<style>p{}</style>", "<!-- a comment -->", "<!DOCTYPE html>",
        "<svg><image href=/dev/zero /></svg>", "<object data=/dev/zero></object>", "&amp;",
        "&lt;", "&#60;", "&nbsp;", " ", "\n", "<", ">", "<h1>", "</h1>", "<pre>", "</pre>",
    ]
)  # fmt: skip
UNCLOSED = st.sampled_from(["", "<script>", "<style>", "<!--", "<title>", '<x y="'])


@st.composite
def notes(draw):
    """A note of known words among hostile markup; returns (html, words in order)."""
    words: list[str] = []
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 25))):
        if draw(st.booleans()):
            word = draw(WORD)
            words.append(word)
            parts.append(f" {word} ")
        else:
            parts.append(draw(HOSTILE))
    tail = draw(UNCLOSED)
    if tail:
        parts.append(tail)
        for _ in range(draw(st.integers(0, 5))):
            word = draw(WORD)
            words.append(word)
            parts.append(f"\n{word} <img src=/dev/zero> ")
    return "".join(parts), words


def sheet_words(interview: Interview) -> list[str]:
    sheet = full_sheet.full(interview, default_guidance(), NOW)
    text = " ".join(line.text for block in sheet.blocks for line in block.lines)
    return re.findall(r"[^\W\d_]+", text)


@settings(max_examples=300, deadline=None)
@given(notes())
def test_an_imported_note_keeps_every_word_and_nothing_that_reaches_outside(note):
    html, words = note
    export = json.loads(dump_export([Interview(company="Fuzz")]))
    export["interviews"][0]["notes"] = {"expect": html}
    (imported,) = read_export(json.dumps(export).encode())
    stored = imported.notes["expect"]
    assert_only_editor_markup(stored)
    assert clean_html(stored) == stored
    printed = sheet_words(imported)
    # Every word of the note, in order, reaches the full sheet.
    position = 0
    for word in words:
        assert word in printed[position:], (word, html)
        position = printed.index(word, position) + 1


def test_what_a_browser_shows_after_odd_comments_and_case_stays():
    """Found by an attack: a text whose lower case is longer ("İ" is two characters in
    lower case) shifted the search for </script> and lost the words after it; comments
    that end as browsers end them, and a text area's text, hid visible words."""
    words = "<p>VISIBLE WORDS HERE</p><p>last</p>"
    assert html_to_text("İ" * 40 + "<script>x</script>" + words).endswith(
        "VISIBLE WORDS HERE\nlast"
    )
    assert html_to_text("İ<SCRIPT>hidden</Script>" + words) == "İ\nVISIBLE WORDS HERE\nlast"
    for shown in (
        "<!-->VISIBLE<!-- c -->",
        "<!--->VISIBLE",
        "<!-- x --!>VISIBLE<!-- y -->",
        "<textarea>VISIBLE</textarea>",
        "<noscript>VISIBLE</noscript>",
    ):
        assert html_to_text(f"<p>A</p>{shown}<p>B</p>") == "A\nVISIBLE\nB", shown
    assert html_to_text("<p>A</p><!-- hidden --><!----><p>B</p>") == "A\nB"


def test_a_paragraph_ending_in_formatted_spaces_keeps_no_empty_formatting():
    """Found by hypothesis: "&amp;<b> " kept an empty <b></b>, and cleaning twice differed."""
    cleaned = clean_html("&amp;<b> </b><i>  </i>")
    assert "<b>" not in cleaned and "<i>" not in cleaned
    assert clean_html(cleaned) == cleaned
