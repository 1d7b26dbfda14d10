"""The guidance the app shows, loaded from the TOML files in resources/guidance/.

Loading is strict: a file that does not match the format in resources/README.md raises
GuidanceError naming the file and the place, so a typo fails the tests, not the user.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from planner.core.items import ASSESSMENT_TYPES, PERSON_KINDS
from planner.core.model import TAB_KEYS

SECTION_KEYS = (
    "reasons",
    "people",
    "assessments",
    "questions",
    "challenges",
    "research",
    "stories",
    "asks",
    "day",
    "strengths",
    "concerns",
    "told",
    "key_messages",
    "person_rapport",
    "motivation",
    "presence",
    "after",
    "notes",
    "follow_up",
    "offer",
)
TOPIC_KEYS = (
    "before",
    "judging",
    "video",
    "long_day",
    "closing",
    "follow_up",
    "offer",
    "checks",
)
# Where a topic is shown: a tab, or a screen after the interview.
TOPIC_PLACES = (*TAB_KEYS, "follow_up", "offer")
REASON_KEYS = ("invite_senior", "invite_colleague", "invite_deeper")
CHECKLIST_KEYS = ("day_check", "presence_check")
MIN_QUESTIONS_PER_KIND = 20
CUES_PER_QUESTION = (2, 4)
MAX_CUE_LENGTH = 60


class GuidanceError(ValueError):
    """A guidance file does not match its format."""


class PersonGuide(NamedTuple):
    label: str
    judges: str
    looks_for: tuple[str, ...]
    connect: tuple[str, ...]


class BankQuestion(NamedTuple):
    id: str
    kind: str
    text: str
    why: str
    cues: tuple[str, ...]


class TabGuide(NamedTuple):
    intro: str
    reminder: str


class Section(NamedTuple):
    title: str
    advice: str


class Reason(NamedTuple):
    field: str
    label: str
    meaning: str


class AssessmentGuide(NamedTuple):
    label: str
    what: str
    prepare: tuple[str, ...]


class Topic(NamedTuple):
    key: str
    title: str
    place: str
    advice: str
    points: tuple[str, ...]


class Guidance(NamedTuple):
    people: dict[str, PersonGuide]
    questions: tuple[BankQuestion, ...]
    retired: dict[str, str]
    tabs: dict[str, TabGuide]
    sections: dict[str, Section]
    reasons: tuple[Reason, ...]
    assessments: dict[str, AssessmentGuide]
    checklists: dict[str, tuple[str, ...]]
    topics: dict[str, Topic]

    def topics_for(self, place: str) -> list[Topic]:
        """The topics shown in one place (a tab, follow_up or offer), in the file's order."""
        return [topic for topic in self.topics.values() if topic.place == place]

    def questions_for(self, kinds: set[str] | list[str]) -> list[BankQuestion]:
        """Bank questions for these kinds of interviewer, in the bank's order."""
        wanted = set(kinds)
        return [question for question in self.questions if question.kind in wanted]

    def question(self, question_id: str) -> BankQuestion | None:
        """The bank question with this id; a retired id gives the question that replaced
        it (saved questions keep the id they were picked with); an unknown id, None."""
        question_id = self.retired.get(question_id, question_id)
        for question in self.questions:
            if question.id == question_id:
                return question
        return None


class _Reader:
    """Typed access to one parsed file, with errors that name the file and the key."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        try:
            with open(path, "rb") as handle:
                self.data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise GuidanceError(f"{self.name}: {error}") from None

    def fail(self, where: str, message: str) -> GuidanceError:
        return GuidanceError(f"{self.name}: {where}: {message}")

    def table(self, value: Any, where: str, keys: set[str] | None = None) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a table")
        if keys is not None and set(value) != keys:
            missing = sorted(keys - set(value))
            extra = sorted(set(value) - keys)
            raise self.fail(where, f"missing {missing}" if missing else f"unknown {extra}")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be non-empty text")
        return value.strip()

    def texts(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, "must be a non-empty list of text")
        return tuple(self.text(entry, f"{where}[{i}]") for i, entry in enumerate(value))


def _people(folder: Path) -> dict[str, PersonGuide]:
    reader = _Reader(folder / "people.toml")
    root = reader.table(reader.data, "file", {key for key, _ in PERSON_KINDS})
    people = {}
    for kind, _ in PERSON_KINDS:
        entry = reader.table(root[kind], kind, {"label", "judges", "looks_for", "connect"})
        people[kind] = PersonGuide(
            label=reader.text(entry["label"], f"{kind}.label"),
            judges=reader.text(entry["judges"], f"{kind}.judges"),
            looks_for=reader.texts(entry["looks_for"], f"{kind}.looks_for"),
            connect=reader.texts(entry["connect"], f"{kind}.connect"),
        )
    return people


def _cues(reader: _Reader, value: Any, where: str) -> tuple[str, ...]:
    cues = reader.texts(value, where)
    low, high = CUES_PER_QUESTION
    if not low <= len(cues) <= high:
        raise reader.fail(where, f"needs {low} to {high} cues, not {len(cues)}")
    for index, cue in enumerate(cues):
        if len(cue) > MAX_CUE_LENGTH or "\n" in cue:
            raise reader.fail(
                f"{where}[{index}]",
                f"a cue is one short line (at most {MAX_CUE_LENGTH} characters)",
            )
    return cues


def _questions(folder: Path) -> tuple[tuple[BankQuestion, ...], dict[str, str]]:
    reader = _Reader(folder / "questions.toml")
    root = reader.table(reader.data, "file", {key for key, _ in PERSON_KINDS} | {"retired"})
    questions: list[BankQuestion] = []
    seen: set[str] = set()
    for kind, _ in PERSON_KINDS:
        entries = root[kind]
        if not isinstance(entries, list) or len(entries) < MIN_QUESTIONS_PER_KIND:
            raise reader.fail(kind, f"needs at least {MIN_QUESTIONS_PER_KIND} questions")
        for index, raw in enumerate(entries):
            where = f"{kind}[{index}]"
            entry = reader.table(raw, where, {"id", "text", "why", "cues"})
            question_id = reader.text(entry["id"], f"{where}.id")
            if question_id in seen:
                raise reader.fail(f"{where}.id", f"{question_id!r} is used twice")
            seen.add(question_id)
            questions.append(
                BankQuestion(
                    question_id,
                    kind,
                    reader.text(entry["text"], f"{where}.text"),
                    reader.text(entry["why"], f"{where}.why"),
                    _cues(reader, entry["cues"], f"{where}.cues"),
                )
            )
    retired = {}
    for old_id, new_id in reader.table(root["retired"], "retired").items():
        target = reader.text(new_id, f"retired.{old_id}")
        if old_id in seen:
            raise reader.fail(f"retired.{old_id}", "is still in the bank")
        if target not in seen:
            raise reader.fail(f"retired.{old_id}", f"{target!r} is not in the bank")
        retired[old_id] = target
    return tuple(questions), retired


def _tabs(folder: Path) -> tuple[dict[str, TabGuide], dict[str, Section], tuple[Reason, ...]]:
    reader = _Reader(folder / "tabs.toml")
    root = reader.table(reader.data, "file", {"tabs", "sections", "reasons"})
    tabs_table = reader.table(root["tabs"], "tabs", set(TAB_KEYS))
    tabs = {}
    for key in TAB_KEYS:
        entry = reader.table(tabs_table[key], f"tabs.{key}", {"intro", "reminder"})
        tabs[key] = TabGuide(
            reader.text(entry["intro"], f"tabs.{key}.intro"),
            reader.text(entry["reminder"], f"tabs.{key}.reminder"),
        )
    sections_table = reader.table(root["sections"], "sections", set(SECTION_KEYS))
    sections = {}
    for key in SECTION_KEYS:
        entry = reader.table(sections_table[key], f"sections.{key}", {"title", "advice"})
        sections[key] = Section(
            reader.text(entry["title"], f"sections.{key}.title"),
            reader.text(entry["advice"], f"sections.{key}.advice"),
        )
    reasons_table = reader.table(root["reasons"], "reasons", set(REASON_KEYS))
    reasons = []
    for key in REASON_KEYS:
        entry = reader.table(reasons_table[key], f"reasons.{key}", {"label", "meaning"})
        reasons.append(
            Reason(
                key,
                reader.text(entry["label"], f"reasons.{key}.label"),
                reader.text(entry["meaning"], f"reasons.{key}.meaning"),
            )
        )
    return tabs, sections, tuple(reasons)


def _assessments(folder: Path) -> dict[str, AssessmentGuide]:
    reader = _Reader(folder / "assessments.toml")
    root = reader.table(reader.data, "file", {key for key, _ in ASSESSMENT_TYPES})
    result = {}
    for key, _ in ASSESSMENT_TYPES:
        entry = reader.table(root[key], key, {"label", "what", "prepare"})
        result[key] = AssessmentGuide(
            reader.text(entry["label"], f"{key}.label"),
            reader.text(entry["what"], f"{key}.what"),
            reader.texts(entry["prepare"], f"{key}.prepare"),
        )
    return result


def _checklists(folder: Path) -> dict[str, tuple[str, ...]]:
    reader = _Reader(folder / "checklists.toml")
    root = reader.table(reader.data, "file", set(CHECKLIST_KEYS))
    return {key: reader.texts(root[key], key) for key in CHECKLIST_KEYS}


def _topics(folder: Path) -> dict[str, Topic]:
    reader = _Reader(folder / "topics.toml")
    root = reader.table(reader.data, "file", set(TOPIC_KEYS))
    topics = {}
    for key in root:  # the file's order is the order shown
        entry = reader.table(root[key], key, {"title", "place", "advice", "points"})
        place = reader.text(entry["place"], f"{key}.place")
        if place not in TOPIC_PLACES:
            raise reader.fail(f"{key}.place", f"must be one of {list(TOPIC_PLACES)}")
        topics[key] = Topic(
            key,
            reader.text(entry["title"], f"{key}.title"),
            place,
            reader.text(entry["advice"], f"{key}.advice"),
            reader.texts(entry["points"], f"{key}.points"),
        )
    return topics


def load(folder: Path) -> Guidance:
    """Read and check every guidance file in folder."""
    tabs, sections, reasons = _tabs(folder)
    questions, retired = _questions(folder)
    return Guidance(
        people=_people(folder),
        questions=questions,
        retired=retired,
        tabs=tabs,
        sections=sections,
        reasons=reasons,
        assessments=_assessments(folder),
        checklists=_checklists(folder),
        topics=_topics(folder),
    )


@cache
def default_guidance() -> Guidance:
    """The guidance shipped with the app (checkout, wheel or executable alike)."""
    from planner.resources import resource_path

    return load(resource_path("guidance"))
