"""The worked example tells one true story, on whatever day it is opened: the window moves
its interview to a few days ahead, so no text in it may name a weekday, a month or a date,
and its parts must agree with each other."""

from __future__ import annotations

import re

import pytest

from planner.core.exchange import read_export
from planner.core.guidance import default_guidance
from planner.core.richtext import html_to_text
from planner.resources import resource_path

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
DATE = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")


@pytest.fixture(scope="module")
def example():
    text = resource_path("examples", "example-interview.json").read_text(encoding="utf-8")
    (interview,) = read_export(text)
    return interview


DAY_FIELDS = {"decision_date", "thank_you_sent"}  # days that move with the interview


def texts(interview):
    """Every text a user reads in the example, with where it is (the days that
    planner.core.followup.move_dates moves with the interview left out)."""
    yield "location", interview.location
    for tab, html in interview.notes.items():
        yield f"notes.{tab}", html_to_text(html) if html else ""
    for name, value in interview.prep.items():
        if isinstance(value, str) and name not in DAY_FIELDS:
            yield f"prep.{name}", value
    for kind, items in interview.items.items():
        for index, item in enumerate(items):
            for field, value in item.data.items():
                if isinstance(value, str) and field not in DAY_FIELDS:
                    yield f"{kind}[{index}].{field}", value


def test_no_text_names_a_weekday_a_month_or_a_date(example):
    found = []
    for where, text in texts(example):
        words = set(re.findall(r"[a-z]+", text.lower()))
        named = words & set(WEEKDAYS + MONTHS) - {"may"}
        if named or DATE.search(text):
            found.append((where, text))
    assert found == []


def test_no_remote_check_is_ticked_for_an_interview_in_person(example):
    assert "Street" in example.location  # the example is in an office
    ticked = [i.text("text") for i in example.items["day_check"] if i.get("done")]
    assert [t for t in ticked if "video" in t.lower() or "remote" in t.lower()] == []


def test_the_agenda_has_a_part_for_everyone_the_candidate_meets(example):
    agenda = html_to_text(example.notes["expect"])
    for person in example.people:
        first_name = person.text("name").split()[0]
        assert first_name in agenda, first_name


def test_what_tom_wants_to_explore_is_not_the_listed_concern(example):
    concerns = " ".join(c.text("concern").lower() for c in example.items["concern"])
    assert "pricing" in concerns
    note = example.prep_text("invite_note").lower()
    assert "tom wants to go deeper into the pricing" not in note


def test_the_common_ground_agrees_with_the_candidates_story(example):
    story = " ".join(s.text("situation") for s in example.items["story"]).lower()
    assert "operations" in story  # the candidate came from operations, not finance
    for person in example.people:
        assert "both moved from finance" not in person.text("common_ground").lower()


def test_the_team_figures_add_up_with_this_role(example):
    (team,) = [r.text("note") for r in example.items["research"] if r.get("area") == "team"]
    hiring = re.search(r"hiring (\w+) analysts", team).group(1)
    before, after = map(int, re.search(r"from (\d+) to (\d+)", team).groups())
    assert {"two": 2, "three": 3}[hiring] == after - before
    assert "this role included" in team


def test_the_thank_you_names_the_second_conversation(example):
    for person in example.people:
        assert "a second conversation" not in person.text("thank_you")


def test_every_bank_question_is_current_and_worded_as_the_bank_words_it(example):
    guidance = default_guidance()
    for item in example.items["question"]:
        bank_id = item.get("bank_id")
        if bank_id:
            question = guidance.question(bank_id)
            assert question is not None and question.id == bank_id, bank_id
            assert item.text("text") == question.text
