import json
from datetime import datetime

import pytest

from planner.core.countdown import countdown
from planner.core.exchange import read_export
from planner.core.guidance import default_guidance
from planner.core.readiness import assess
from planner.core.starter import starter_interview
from planner.resources import resource_path


@pytest.fixture
def fresh():
    return starter_interview(default_guidance())


def test_a_new_interview_is_not_ready_and_says_where_to_start(fresh):
    readiness = assess(fresh)
    assert readiness.overall == 0
    assert set(readiness.by_tab.values()) == {0}
    assert readiness.next_step == "Add the people you will meet."


def test_filling_things_in_raises_each_tab(fresh):
    fresh.add("person", name="Priya", kind="senior", common_ground="running")
    fresh.prep["invite_senior"] = True
    assert assess(fresh).percent("expect") == 50  # people and reasons, of four checks
    assert assess(fresh).percent("likeable") == 25
    for number in range(1, 4):
        fresh.prep[f"key_message_{number}"] = f"message {number}"
    assert assess(fresh).percent("reinforce") == 20
    assert "three key messages" not in (assess(fresh).next_step or "")


def test_a_concern_without_a_plan_is_named_as_the_next_step(fresh):
    fresh.add("person", name="Tom", kind="line_manager")
    fresh.prep["invite_deeper"] = True
    for number in range(1, 4):
        fresh.prep[f"key_message_{number}"] = "x"
    fresh.add("concern", concern="Vague Python answer")
    assert assess(fresh).next_step == "Plan how you will ease this concern: Vague Python answer"


def test_expected_assessments_need_a_plan(fresh):
    (technical,) = [a for a in fresh.items["assessment"] if a.get("type") == "technical"]
    before = len(assess(fresh).checks)
    technical.data["expected"] = True
    readiness = assess(fresh)
    assert len(readiness.checks) == before + 1
    assert any("technical test" in c.next_step for c in readiness.checks if not c.done)
    technical.data["plan"] = "practise"
    assert all("technical test" not in c.next_step for c in assess(fresh).checks if not c.done)


def test_ticking_the_day_checklist(fresh):
    def day_done():
        return [c for c in assess(fresh).checks if "checklist for the day" in c.next_step]

    assert not day_done()[0].done
    for item in fresh.items["day_check"]:
        item.data["done"] = True
    assert day_done()[0].done


def test_questions_asked_in_round_one_do_not_count(fresh):
    for number in range(3):
        fresh.add("ask", text=f"q{number}", asked_before=True)
    step = next(c for c in assess(fresh).checks if "new questions" in c.next_step)
    assert not step.done
    assert "(0 so far)" in step.next_step


def test_the_example_is_nearly_ready():
    (example,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    readiness = assess(example)
    assert readiness.percent("expect") == 100
    assert 50 < readiness.overall < 100
    assert readiness.next_step


@pytest.mark.parametrize(
    ("starts_at", "expected"),
    [
        (None, "no date yet"),
        (datetime(2026, 12, 3, 10, 0), "today at 10:00"),
        (datetime(2026, 12, 3, 8, 0), "today, began at 08:00"),
        (datetime(2026, 12, 4, 14, 30), "tomorrow at 14:30"),
        (datetime(2026, 12, 6, 9, 0), "in 3 days"),
        (datetime(2026, 12, 24, 9, 0), "in 3 weeks"),
        (datetime(2027, 3, 1, 9, 0), "on 1 Mar 2027"),
        (datetime(2026, 12, 2, 9, 0), "yesterday"),
        (datetime(2026, 11, 28, 9, 0), "5 days ago"),
        (datetime(2026, 11, 5, 9, 0), "4 weeks ago"),
    ],
)
def test_countdown(starts_at, expected):
    assert countdown(starts_at, datetime(2026, 12, 3, 9, 0)) == expected


def test_the_example_file_is_a_complete_interview():
    document = json.loads(resource_path("examples", "example-interview.json").read_text())
    (interview,) = document["interviews"]
    kinds = {person["kind"] for person in interview["items"]["person"]}
    assert len(interview["items"]["person"]) == 3 and len(kinds) == 3
    for kind, entries in interview["items"].items():
        assert entries, f"the example has no {kind}"
