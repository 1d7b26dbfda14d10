"""After the interview (issue 16): the follow-up and the offer worksheet, in the domain,
the store, the export and the calendar."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from planner.core.exchange import FORMAT_VERSION, FormatError, dump_export, read_export
from planner.core.followup import (
    add_working_days,
    chase_day,
    follow_up_step,
    move_dates,
    offers_side_by_side,
)
from planner.core.guidance import default_guidance
from planner.core.ical import interview_event
from planner.core.items import ITEM_KINDS
from planner.core.model import FOLLOW_UP_FIELDS, OFFER_FIELDS, PREP_FIELDS, Interview, Status
from planner.core.readiness import assess
from planner.store import Store, schema
from planner.store.database import DATABASE_NAME

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INTERVIEW_AT = datetime(2026, 12, 3, 10, 30)  # a Thursday


def interview(**prep) -> Interview:
    result = Interview(company="Northwind", role="Analyst", starts_at=INTERVIEW_AT)
    result.add("person", name="Priya Shah", kind="senior")
    result.prep.update(prep)
    return result


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 7), date(2026, 12, 9)),  # Monday: Wednesday
        (date(2026, 12, 10), date(2026, 12, 14)),  # Thursday: Monday
        (date(2026, 12, 11), date(2026, 12, 15)),  # Friday: Tuesday
        (date(2026, 12, 12), date(2026, 12, 15)),  # Saturday: Tuesday
        (date(2026, 12, 13), date(2026, 12, 15)),  # Sunday: Tuesday
    ],
)
def test_the_chase_day_is_two_working_days_after_the_decision_date(day, expected):
    assert add_working_days(day, 2) == expected
    assert chase_day(interview(decision_date=day.isoformat())) == expected


def test_no_decision_date_no_chase_day():
    assert chase_day(interview()) is None
    assert chase_day(interview(decision_date="not a day")) is None  # never stored, but safe


def test_readiness_turns_to_the_follow_up_once_the_interview_is_over():
    before = datetime(2026, 12, 2, 12, 0)
    after = datetime(2026, 12, 3, 15, 0)
    subject = interview()
    assert assess(subject, before).next_step == assess(subject).next_step
    assert "thank-you to Priya Shah" in assess(subject, after).next_step
    subject.people[0].data["thank_you_sent"] = "2026-12-03"
    assert assess(subject, after).next_step == "Note the date they said they would decide."
    subject.prep["decision_date"] = "2026-12-10"
    waiting = assess(subject, datetime(2026, 12, 11, 9, 0)).next_step
    assert waiting.startswith("Wait for their answer") and "Mon 14 Dec" in waiting
    assert "No answer yet" in assess(subject, datetime(2026, 12, 14, 8, 0)).next_step
    subject.status = Status.NOT_SELECTED
    assert "ask for brief feedback" in assess(subject, datetime(2026, 12, 14)).next_step
    subject.prep["feedback"] = "Strong, but they chose someone with pricing experience."
    assert assess(subject, datetime(2026, 12, 14)).next_step is None
    subject.status = Status.OFFER
    assert "worksheet" in follow_up_step(subject, datetime(2026, 12, 14))


def test_moving_the_example_moves_its_days_with_it():
    subject = interview(decision_date="2026-12-10")
    subject.people[0].data["thank_you_sent"] = "2026-12-03"
    move_dates(subject, datetime(2027, 3, 1, 10, 30))
    assert subject.starts_at == datetime(2027, 3, 1, 10, 30)
    assert subject.prep["decision_date"] == "2027-03-08"
    assert subject.people[0].get("thank_you_sent") == "2027-03-01"
    undated = Interview()
    move_dates(undated, datetime(2027, 3, 1, 9))
    assert undated.starts_at == datetime(2027, 3, 1, 9)


def test_offers_side_by_side_in_the_worksheets_order():
    first = interview(offer_salary="52,000", offer_hybrid="2 days", offer_target="52,000")
    second = interview(offer_salary="55,000", offer_bonus="10%")
    rows = offers_side_by_side([first, second])
    assert [row.field for row in rows] == [
        "offer_salary",
        "offer_bonus",
        "offer_hybrid",
        "offer_target",
    ]
    assert rows[0].values == ("52,000", "55,000") and rows[1].values == ("", "10%")
    assert set(OFFER_FIELDS) >= {
        "offer_salary",
        "offer_bonus",
        "offer_benefits",
        "offer_hybrid",
        "offer_notice",
        "offer_start",
        "offer_said_before",
        "offer_target",
        "offer_walk_away",
        "offer_clarify",
    }
    assert set(FOLLOW_UP_FIELDS) <= set(PREP_FIELDS)


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-30", "3/12/2026", "1969-12-31", " "])
def test_a_day_that_is_not_one_is_refused(value):
    with pytest.raises(ValueError, match="decision_date"):
        PREP_FIELDS["decision_date"].clean(value)
    with pytest.raises(ValueError, match="thank_you_sent"):
        ITEM_KINDS["person"].clean({"thank_you_sent": value})


def test_the_store_keeps_the_follow_up_and_the_offer(store):
    interview_id = store.create(interview())
    store.set_prep(interview_id, "decision_date", "2026-12-10")
    store.set_prep(interview_id, "offer_walk_away", "47,000")
    (person,) = store.items(interview_id, "person")
    store.set_item_field(person.id, "thank_you_sent", "2026-12-03")
    with pytest.raises(ValueError, match="decision_date"):
        store.set_prep(interview_id, "decision_date", "next week")
    back = store.get(interview_id)
    assert back.prep["decision_date"] == "2026-12-10"
    assert back.prep["offer_walk_away"] == "47,000"
    assert back.people[0].get("thank_you_sent") == "2026-12-03"


@pytest.fixture
def tabs_v3_db(data_dir):
    target = data_dir / DATABASE_NAME
    shutil.copyfile(FIXTURES / "tabs-v3.sqlite3", target)
    return target


def test_a_version_3_database_migrates_and_gains_the_new_fields(tabs_v3_db):
    conn = sqlite3.connect(tabs_v3_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    store = Store.open(tabs_v3_db)
    try:
        assert store.schema_version() == schema.SCHEMA_VERSION >= 4
        by_company = {i.company: i for i in store.all_interviews()}
        northwind = by_company["Northwind Analytics"]
        assert len(northwind.people) == 3
        assert all(p.get("thank_you_sent") == "" for p in northwind.people)
        assert northwind.prep["decision_date"] == "" and northwind.prep["offer_target"] == ""
        assert "Wednesday" in northwind.notes["expect"]  # the old data is untouched
        assert by_company["Fabrikam"].status is Status.NOT_SELECTED
        # a question picked from the old bank keeps its id, which still finds its question
        (picked,) = [q for q in northwind.items["question"] if q.get("bank_id") == "sr-sell"]
        assert default_guidance().question(picked.get("bank_id")).id == "sr-why-you"
        store.set_prep(northwind.id, "feedback", "Good on SQL")
        assert store.get(northwind.id).prep["feedback"] == "Good on SQL"
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_a_fresh_database_and_a_migrated_version_3_one_have_the_same_schema(tmp_path, tabs_v3_db):
    def shape(store):
        rows = store._conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        return sorted(row[0] for row in rows)

    fresh = Store.open(tmp_path / "fresh.sqlite3")
    migrated = Store.open(tabs_v3_db)
    try:
        assert shape(fresh) == shape(migrated)
    finally:
        fresh.close()
        migrated.close()


def test_the_export_is_version_3_and_keeps_the_new_fields():
    subject = interview(decision_date="2026-12-10", offer_clarify="Bonus rules")
    subject.people[0].data["thank_you_sent"] = "2026-12-03"
    text = dump_export([subject])
    assert FORMAT_VERSION == 3 and json.loads(text)["format_version"] == 3
    (back,) = read_export(text)
    assert back == subject


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_import_but_cannot_carry_the_new_fields(version):
    document = {
        "format": "second-interview-planner",
        "format_version": version,
        "interviews": [{"company": "Northwind", "starts_at": "2026-12-03T10:30"}],
    }
    (old,) = read_export(json.dumps(document))
    assert old.prep["decision_date"] == "" and old.prep["offer_salary"] == ""
    if version == 2:
        document["interviews"][0]["items"] = {"person": [{"name": "Priya"}]}
        (old,) = read_export(json.dumps(document))
        assert old.people[0].get("thank_you_sent") == ""
        newer = json.loads(json.dumps(document))
        newer["interviews"][0]["prep"] = {"decision_date": "2026-12-10"}
        with pytest.raises(FormatError, match=r"prep: unknown field 'decision_date'"):
            read_export(json.dumps(newer))
        newer = json.loads(json.dumps(document))
        newer["interviews"][0]["items"]["person"][0]["thank_you_sent"] = "2026-12-03"
        with pytest.raises(FormatError, match=r"person\[0\]: unknown field 'thank_you_sent'"):
            read_export(json.dumps(newer))


def events(subject: Interview) -> list:
    data = interview_event(
        subject, default_guidance(), "Europe/London", now=datetime(2026, 12, 1, 12)
    )
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_the_calendar_adds_the_chase_day_with_an_alarm_once_a_decision_date_is_set():
    (only,) = events(interview())
    interview_event_uid = only["uid"]
    first, chase = events(interview(decision_date="2026-12-11"))
    assert first["uid"] == interview_event_uid
    assert chase["uid"] != interview_event_uid
    assert chase.decoded("dtstart") == date(2026, 12, 15)  # Friday + 2 working days
    assert "Follow up" in str(chase["summary"])
    (alarm,) = chase.walk("VALARM")
    assert alarm.decoded("trigger") == datetime(
        2026, 12, 15, 9, 0, tzinfo=alarm.decoded("trigger").tzinfo
    )
    assert alarm.decoded("trigger").utcoffset().total_seconds() == 0
