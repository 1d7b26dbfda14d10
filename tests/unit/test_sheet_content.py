from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.exchange import read_export
from planner.core.full_sheet import full
from planner.core.guidance import default_guidance
from planner.core.items import ITEM_KINDS, LONG_TEXT, TEXT
from planner.core.model import Interview
from planner.core.richtext import html_to_text
from planner.core.sheet import STAR_CHARS, Sheet, cues, one_page, shorten
from planner.resources import resource_path

NOW = datetime(2026, 11, 30, 9, 0)


def example() -> Interview:
    (interview,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    return interview


ONE_PAGE_ORDER = [
    "key_messages", "people", "concerns", "asks", "questions", "stories", "strengths", "told",
    "day",
]  # fmt: skip


def rich() -> Interview:
    """An interview with every section of the one-page sheet filled (not the example, which
    may change): two people, questions to ask for each and for anyone, a checklist half
    ticked."""
    interview = Interview(
        company="Acme",
        role="Analyst",
        location="1 Main St",
        starts_at=datetime(2026, 12, 3, 10, 30),
    )
    for number in (1, 2, 3):
        interview.prep[f"key_message_{number}"] = f"Message {number}"
    interview.add(
        "person", name="Priya Shah", pronunciation="PREE-ya", job_title="Head", kind="senior",
        connect="Ask about the half marathon", common_ground="Finance",
    )  # fmt: skip
    interview.add("person", name="Tom Becker", kind="line_manager", common_ground="SQL on the job")
    interview.add("ask", text="Success after a year?", for_whom="priya")
    interview.add("ask", text="How are requests chosen?", for_whom="Tom Becker")
    interview.add("ask", text="Next steps?", for_whom="Anyone")
    interview.add("ask", text="Asked already", for_whom="Tom", asked_before=True)
    interview.add("concern", concern="Little pricing", plan="Be honest", evidence="Churn study")
    interview.add(
        "question", text="Why you?", practised=True,
        outline="- Trusted numbers\n- Business terms\n- Team speed\n- More",
    )  # fmt: skip
    interview.add("question", text="Biggest challenge?", outline="Gut feel. Trust first. Models.")
    interview.add(
        "story", title="Reconciling", competency="skill", situation="Figures never matched",
        task="Fix them", action="Matching rules", result="Errors down 80%",
    )  # fmt: skip
    interview.add("strength", what="Clear explanations", build_on="One insight")
    interview.add("told", topic="salary", what="48,000")
    interview.add("day_check", text="Route planned", done=True)
    interview.add("day_check", text="Phone charged")
    interview.add("day_check", text="Read the names again")
    return interview


def block(sheet, key):
    (found,) = [b for b in sheet.blocks if b.key == key]
    return found


def test_one_page_order_and_priorities():
    sheet = one_page(rich(), default_guidance(), NOW)
    assert [b.key for b in sheet.blocks] == ONE_PAGE_ORDER
    ranked = sheet.lines_by_priority()
    assert ranked[-1] == ("key_messages", 0)  # the first key message goes last
    # The day's checklist gives way before everything else.
    days = len(block(sheet, "day").lines)
    assert {key for key, _ in ranked[:days]} == {"day"}
    # In each list, a later item gives way before an earlier one.
    for b in sheet.blocks:
        positions = [ranked.index((b.key, index)) for index in range(len(b.lines))]
        assert positions == sorted(positions, reverse=True), b.key
    # Key messages outlast the people, who outlast every story and likely question.
    position = {entry: n for n, entry in enumerate(ranked)}
    assert min(position["key_messages", i] for i in range(3)) > position["people", 0]
    assert position["people", 1] > position["stories", 0] > position["strengths", 0]
    assert position["questions", 0] > position["told", 0]


def test_what_gives_way_first_when_the_page_is_full():
    sheet = one_page(rich(), default_guidance(), NOW)
    total = sum(len(b.lines) for b in sheet.blocks)
    kept = [sheet.without(set(sheet.lines_by_priority()[:n])) for n in range(total + 1)]
    keys = [[b.key for b in k.blocks] for k in kept]
    assert "day" not in keys[2] and "told" in keys[2]  # the two unticked items went first
    assert keys[-2] == ["key_messages"]  # the key messages stay last of all
    assert [k.dropped for k in kept] == list(range(total + 1))
    # The page says what the full sheet holds that it left out, section by section.
    assert kept[0].continued() == ""
    assert kept[2].continued() == (
        "2 more item(s) continued in the full sheet: Still to do for the day 2"
    )
    assert kept[4].continued() == (
        "4 more item(s) continued in the full sheet: Strengths to reinforce 1, "
        "What I told them in round one 1, Still to do for the day 2"
    )  # in the order of the page


def test_the_sheet_says_the_date_and_when_it_was_printed_never_a_countdown():
    interview = rich()
    sheets = [
        one_page(interview, default_guidance(), now)
        for now in (datetime(2026, 11, 30, 9), datetime(2026, 12, 3, 8), datetime(2027, 1, 1))
    ]
    assert {s.when for s in sheets} == {"Thu 3 Dec 2026, 10:30"}
    assert [s.printed for s in sheets] == [
        "Printed on Mon 30 Nov 2026", "Printed on Thu 3 Dec 2026", "Printed on Fri 1 Jan 2027",
    ]  # fmt: skip
    assert {s.blocks for s in sheets} == {sheets[0].blocks}  # nothing else depends on today
    assert "countdown" not in Sheet._fields
    assert full(interview, default_guidance(), NOW).printed == "Printed on Mon 30 Nov 2026"


def test_the_day_shows_only_what_is_still_to_do():
    interview = rich()
    day = block(one_page(interview, default_guidance(), NOW), "day")
    assert [line.text for line in day.lines] == ["Phone charged", "Read the names again"]
    assert all(line.done is False for line in day.lines)
    for item in interview.items["day_check"]:
        item.data["done"] = True
    assert "day" not in [b.key for b in one_page(interview, default_guidance(), NOW).blocks]


def test_people_are_cards_with_role_judges_connect_first_and_their_questions():
    sheet = one_page(rich(), default_guidance(), NOW)
    priya, tom = block(sheet, "people").lines
    assert (priya.label, priya.aside, priya.text) == ("Priya Shah", "(PREE-ya)", "Head")
    role, connect, ask = priya.rows
    guide = default_guidance().people["senior"]
    assert role[0] == "" and role[1].startswith(guide.label + ": ")
    assert len(role[1]) < len(guide.label) + 84  # one line of what it judges, not all of it
    assert connect == ("Connect first:", "Ask about the half marathon")
    assert ask == ("Ask:", "Success after a year?")  # "for whom" is the first name
    # Without "how to connect", the common ground; a question asked before is not repeated.
    assert tom.rows[1:] == (
        ("Connect first:", "SQL on the job"), ("Ask:", "How are requests chosen?"),
    )  # fmt: skip
    anyone = block(sheet, "asks").lines
    assert [(line.label, line.text) for line in anyone] == [("Anyone", "Next steps?")]


def test_likely_questions_carry_the_cues_of_their_outline_and_practised_is_marked():
    sheet = one_page(rich(), default_guidance(), NOW)
    why, challenge = block(sheet, "questions").lines
    assert why.text == "Why you?" and "practised" in why.aside
    assert challenge.aside == ""
    assert why.rows == (("", "Trusted numbers · Business terms · Team speed"),)
    assert challenge.rows == (("", "Gut feel · Trust first · Models"),)
    interview = rich()
    interview.items["question"][1].data["outline"] = "-\n•\n  "  # bullets, no words
    _why, challenge = block(one_page(interview, default_guidance(), NOW), "questions").lines
    assert challenge.rows == ()  # no empty line of cues


def test_stories_are_four_short_star_lines():
    interview = rich()
    interview.items["story"][0].data["action"] = "word " * 200
    (story,) = block(one_page(interview, default_guidance(), NOW), "stories").lines
    assert story.text == "Reconciling"
    assert [label for label, _ in story.rows] == ["S", "T", "A", "R"]
    assert all(len(text) <= STAR_CHARS for _, text in story.rows)
    assert story.rows[3] == ("R", "Errors down 80%")


def test_every_one_page_line_is_short_and_on_one_line():
    interview = rich()
    long = "word " * 1000
    for kind, items in interview.items.items():
        for item in items:
            for spec in ITEM_KINDS[kind].fields:
                if spec.type == LONG_TEXT:
                    item.data[spec.name] = f"{long}\n{long}"
    sheet = one_page(interview, default_guidance(), NOW)
    for b in sheet.blocks:
        for line in b.lines:
            for text in (line.text, line.detail, line.label, *(t for _, t in line.rows)):
                assert "\n" not in text and len(text) <= 300


@pytest.mark.parametrize(
    ("outline", "expected"),
    [
        ("", []),
        ("One sentence only", ["One sentence only"]),
        (
            "First. Second; still second. 3.5 times. Fourth.",
            ["First", "Second; still second", "3.5 times"],
        ),
        ("1. one\n2) two\n\n(3) three\n4. four", ["one", "two", "three"]),
        ("• a\n* b\n2026 budget", ["a", "b", "2026 budget"]),
    ],
)  # fmt: skip
def test_cues_are_the_first_points_of_an_outline(outline, expected):
    assert cues(outline) == expected


def test_the_full_sheet_holds_every_note():
    interview = example()
    sheet = full(interview, default_guidance(), NOW)
    text = "\n".join(
        f"{line.label} {line.text} {line.detail} {line.rows}"
        for block in sheet.blocks
        for line in block.lines
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


def test_the_full_sheet_runs_each_label_in_and_shows_a_tick_by_its_box_alone():
    interview = rich()
    interview.add("presence_check", text="Smile", done=True)
    sheet = full(interview, default_guidance(), NOW)
    lines = {line.text: line for b in sheet.blocks for line in b.lines}
    assert lines["Route planned"].done is True and lines["Route planned"].rows == ()
    assert lines["Smile"].done is True and lines["Smile"].rows == ()  # before: a "Done" line
    story = lines["Reconciling"]
    assert story.rows[:2] == (("Shows:", "A job skill"), ("Situation:", "Figures never matched"))
    for b in sheet.blocks:
        for line in b.lines:
            for label, value in line.rows:
                assert value and (label == "" or label.endswith(":")), (b.key, label)
                assert (label, value) != ("", "Done")


def test_a_role_without_words_on_what_it_judges_is_its_label_alone():
    guidance = default_guidance()
    people = {key: guide._replace(judges="") for key, guide in guidance.people.items()}
    sheet = one_page(rich(), guidance._replace(people=people), NOW)
    priya, _tom = block(sheet, "people").lines
    assert priya.rows[0] == ("", people["senior"].label)  # no dangling colon
