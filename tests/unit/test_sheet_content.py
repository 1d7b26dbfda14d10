from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from planner.core.exchange import read_export
from planner.core.guidance import default_guidance
from planner.core.items import ITEM_KINDS, LONG_TEXT, TEXT
from planner.core.model import Interview
from planner.core.richtext import html_to_text
from planner.core.sheet import full, one_page, shorten
from planner.resources import resource_path

NOW = datetime(2026, 11, 30, 9, 0)


def example() -> Interview:
    (interview,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    return interview


def test_one_page_order_and_priorities():
    sheet = one_page(example(), default_guidance(), NOW)
    assert [b.key for b in sheet.blocks] == [
        "key_messages", "people", "concerns", "asks", "strengths", "told", "day",
    ]  # fmt: skip
    ranked = sheet.lines_by_priority()
    assert ranked[0][0] == "day"  # the checklist goes first when space runs out
    assert ranked[-1] == ("key_messages", 0)  # the first key message goes last
    assert sheet.countdown == "In 3 days"


def test_questions_already_asked_are_not_on_the_one_page_sheet():
    sheet = one_page(example(), default_guidance(), NOW)
    (asks,) = [b for b in sheet.blocks if b.key == "asks"]
    assert all("tech stack" not in line.text for line in asks.lines)
    assert len(asks.lines) == 4


def test_people_carry_what_they_judge_and_how_to_connect():
    sheet = one_page(example(), default_guidance(), NOW)
    (people,) = [b for b in sheet.blocks if b.key == "people"]
    priya = people.lines[0]
    assert priya.label == "Priya Shah (PREE-ya SHAH)"
    assert "Senior decision maker" in priya.text
    assert "Judges:" in priya.detail and "Connect:" in priya.detail


def test_without_counts_what_was_dropped():
    sheet = one_page(example(), default_guidance(), NOW)
    smaller = sheet.without(set(sheet.lines_by_priority()[:3]))
    assert smaller.dropped == 3
    assert sum(len(b.lines) for b in smaller.blocks) == sum(len(b.lines) for b in sheet.blocks) - 3


def test_the_full_sheet_holds_every_note():
    interview = example()
    sheet = full(interview, default_guidance(), NOW)
    text = "\n".join(
        f"{line.label} {line.text} {line.detail}" for block in sheet.blocks for line in block.lines
    )
    checked = 0
    for kind, items in interview.items.items():
        for item in items:
            for spec in ITEM_KINDS[kind].fields:
                value = item.get(spec.name)
                if spec.type in (TEXT, LONG_TEXT) and spec.name != "bank_id" and value.strip():
                    assert value.strip() in text, f"{kind}.{spec.name}"
                    checked += 1
    for name, value in interview.prep.items():
        if isinstance(value, str) and value.strip():
            assert value.strip() in text, name
            checked += 1
    assert checked > 100
    assert "Dress: smart casual" in text  # the free notes of a tab


@given(st.text(max_size=600))
def test_shorten_never_cuts_a_word(text):
    short = shorten(text, 120)
    assert len(short) <= 120
    words = text.split()
    if short.endswith("…"):
        kept = short[:-1].split()
        # Every kept word is whole, except where one word alone is longer than the limit.
        for word in kept[:-1]:
            assert word in words
    else:
        assert short == " ".join(words)


def test_html_to_text_keeps_the_words_and_drops_the_markup():
    html = (
        "<html><head><style>p {color:red}</style></head><body>"
        "<p>First <b>bold</b> line</p><ul><li>one</li><li>two &amp; three</li></ul>"
        "<p>&lt;img src=x&gt;</p></body></html>"
    )
    assert html_to_text(html) == "First bold line\n• one\n• two & three\n<img src=x>"
    assert html_to_text("") == ""
