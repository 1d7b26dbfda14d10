import shutil
from pathlib import Path

import pytest

from planner.core.guidance import (
    MIN_QUESTIONS_PER_KIND,
    GuidanceError,
    default_guidance,
    load,
)
from planner.core.items import ASSESSMENT_TYPES, PERSON_KINDS
from planner.resources import resource_path

GUIDANCE = resource_path("guidance")


def test_every_kind_of_interviewer_has_guidance_and_a_question_bank():
    guidance = default_guidance()
    for kind, _ in PERSON_KINDS:
        assert guidance.people[kind].judges
        assert len(guidance.questions_for({kind})) >= MIN_QUESTIONS_PER_KIND


def test_the_seed_facts_are_in_the_guidance():
    guidance = default_guidance()
    hr = guidance.people["hr"].judges.lower()
    assert "work with others" in hr and "pressure" in hr and "drives you" in hr
    assert "job as described" in guidance.people["line_manager"].judges
    assert "settle into the team they built" in guidance.people["senior"].judges
    assert "working beside you" in guidance.people["colleague"].judges
    assert [r.field for r in guidance.reasons] == [
        "invite_senior",
        "invite_colleague",
        "invite_deeper",
    ]
    assert "real interest" in guidance.tabs["expect"].reminder
    assert "stay professional" in guidance.tabs["impress"].reminder
    assert "hire people they like" in guidance.tabs["likeable"].intro
    assert set(guidance.assessments) == {key for key, _ in ASSESSMENT_TYPES}


def test_question_ids_are_unique_and_lookups_work():
    guidance = default_guidance()
    ids = [q.id for q in guidance.questions]
    assert len(ids) == len(set(ids))
    assert guidance.question("sr-sell").kind == "senior"
    assert guidance.question("nope") is None
    assert {q.kind for q in guidance.questions_for(["hr", "colleague"])} == {"hr", "colleague"}


def test_every_file_in_the_folder_is_read_by_the_loader():
    known = {"people.toml", "questions.toml", "tabs.toml", "assessments.toml", "checklists.toml"}
    assert {path.name for path in Path(GUIDANCE).glob("*.toml")} == known


@pytest.fixture
def copy(tmp_path):
    target = tmp_path / "guidance"
    shutil.copytree(GUIDANCE, target)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("people.toml", "[colleague]", "[coworker]", "people.toml: file: missing"),
        ("people.toml", 'label = "HR manager"', 'label = ""', "hr.label: must be non-empty"),
        ("questions.toml", 'id = "sr-why-you"', 'id = "hr-salary"', "is used twice"),
        ("tabs.toml", "[sections.notes]", "[sections.other]", "sections: missing"),
        ("checklists.toml", "day_check = [", "day_check = 3\nx = [", "file: unknown"),
        ("assessments.toml", 'what = "A timed', 'wat = "A timed', "technical: missing"),
        ("tabs.toml", "[tabs.expect]", "[tabs.expect", "tabs.toml:"),
    ],
)
def test_a_file_off_its_format_is_refused_by_name(copy, file, old, new, message):
    path = copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GuidanceError, match=message.replace("[", r"\[")):
        load(copy)


def test_too_few_questions_for_a_kind_is_refused(copy):
    path = copy / "questions.toml"
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    kept = [b for b in blocks if '"co-' not in b or "co-typical-day" in b]
    path.write_text("\n\n".join(kept), encoding="utf-8")
    with pytest.raises(GuidanceError, match="colleague: needs at least 12"):
        load(copy)
