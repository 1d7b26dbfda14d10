import shutil
from pathlib import Path

import pytest

from planner.core.guidance import (
    MAX_CUE_LENGTH,
    MIN_QUESTIONS_PER_KIND,
    TOPIC_KEYS,
    TOPIC_PLACES,
    GuidanceError,
    default_guidance,
    load,
)
from planner.core.items import ASSESSMENT_TYPES, PERSON_KINDS
from planner.resources import resource_path

GUIDANCE = resource_path("guidance")
ROOT = Path(__file__).resolve().parents[2]


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
    known = {
        "people.toml",
        "questions.toml",
        "tabs.toml",
        "assessments.toml",
        "checklists.toml",
        "topics.toml",
    }
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
        ("topics.toml", "[closing]", "[ending]", "topics.toml: file: missing"),
        ("topics.toml", 'place = "offer"', 'place = "lunch"', "offer.place: must be one of"),
        ("topics.toml", "points = [\n", "points = [],\nx = [\n", "topics.toml:"),
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
    with pytest.raises(GuidanceError, match=f"colleague: needs at least {MIN_QUESTIONS_PER_KIND}"):
        load(copy)


def test_every_kind_has_twenty_questions_each_with_a_why_and_two_to_four_short_cues():
    guidance = default_guidance()
    assert MIN_QUESTIONS_PER_KIND >= 20
    for kind, _ in PERSON_KINDS:
        assert len(guidance.questions_for({kind})) >= 20, kind
    for question in guidance.questions:
        assert question.why
        assert 2 <= len(question.cues) <= 4, question.id
        assert all(0 < len(cue) <= MAX_CUE_LENGTH for cue in question.cues), question.id


def _normal(text):
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c == " ").split())


def test_the_bank_holds_no_first_round_staples_and_no_question_twice():
    guidance = default_guidance()
    texts = [_normal(q.text) for q in guidance.questions]
    assert len(texts) == len(set(texts))
    staples = ("five years", "greatest strength", "greatest weakness", "tell me about yourself")
    assert not [t for t in texts if any(staple in t for staple in staples)]
    # the overlaps the review found: one question each now
    for old_id in ("sr-sell", "ot-summary", "hr-difficult-person", "co-tools", "co-stress"):
        assert old_id not in {q.id for q in guidance.questions}


def test_a_retired_id_still_finds_the_question_that_replaced_it():
    guidance = default_guidance()
    assert guidance.question("sr-sell") == guidance.question("sr-why-you")
    assert guidance.question("co-stress").id == "hr-pressure"
    for old_id, new_id in guidance.retired.items():
        assert guidance.question(old_id).id == new_id


def test_every_id_the_bank_ever_shipped_still_resolves():
    # the ids of the first bank (saved with candidates' questions): never lost
    shipped = (ROOT / "tests" / "fixtures" / "question-ids-v1.txt").read_text().split()
    guidance = default_guidance()
    assert len(shipped) == 61
    assert [i for i in shipped if guidance.question(i) is None] == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'cues = ["Lead with your three',
            'cues = ["x", "y", "z", "w", "Lead with your three',
            "needs 2 to 4 cues",
        ),
        (
            'cues = ["Lead with your three',
            'cues = ["' + "x" * 61 + '", "Lead with your three',
            "one short line",
        ),
        ('sr-sell = "sr-why-you"', 'sr-sell = "sr-nothing"', "'sr-nothing' is not in the bank"),
        (
            'sr-sell = "sr-why-you"',
            'sr-impact = "sr-why-you"',
            "retired.sr-impact: is still in the bank",
        ),
    ],
)
def test_cues_and_retired_ids_are_checked(copy, old, new, message):
    path = copy / "questions.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GuidanceError, match=message):
        load(copy)


def test_the_journey_topics_cover_before_the_day_to_the_offer():
    guidance = default_guidance()
    assert set(guidance.topics) == set(TOPIC_KEYS)
    assert {t.place for t in guidance.topics.values()} <= set(TOPIC_PLACES)
    offer = " ".join(guidance.topics["offer"].points).lower()
    for part in ("bonus", "hybrid", "probation", "notice", "start date", "round one"):
        assert part in offer, part
    assert "on the spot" in offer
    closing = " ".join(guidance.topics["closing"].points).lower()
    assert "want the job" in closing and "gives them pause" in closing and "next" in closing
    assert "two working days" in " ".join(guidance.topics["follow_up"].points)
    assert [t.key for t in guidance.topics_for("offer")] == ["offer", "checks"]
    assert guidance.sections["follow_up"].title and guidance.sections["offer"].title
