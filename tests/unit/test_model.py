from datetime import datetime

import pytest

from planner.core.model import TAB_KEYS, TABS, Interview, Status, format_starts_at, parse_starts_at


def test_title_names_company_and_role():
    assert Interview(company="Acme", role="Analyst").title == "Acme – Analyst"
    assert Interview(company="  Acme ").title == "Acme"
    assert Interview(role="Analyst").title == "Analyst"
    assert Interview().title == "Untitled interview"


def test_when_text():
    assert Interview().when_text() == "Date not set"
    moment = datetime(2026, 12, 3, 9, 5)
    assert Interview(starts_at=moment).when_text() == "Thu 3 Dec 2026, 09:05"


def test_starts_at_round_trips_and_rejects_garbage():
    moment = datetime(2027, 1, 31, 14, 0)
    assert parse_starts_at(format_starts_at(moment)) == moment
    assert parse_starts_at(None) is None
    assert parse_starts_at("") is None
    assert parse_starts_at("2027-1-31T9:05") == datetime(2027, 1, 31, 9, 5)
    for garbage in (
        "tomorrow",
        "2027-02-30T10:00",
        "2027-W05-1T10:00",
        "2027-01-31T25:00",
        "2027-01-31T10:00Z",
        "2027-01-31 10:00",
        "٢٠٢٧-01-31T10:00",
    ):
        with pytest.raises(ValueError):
            parse_starts_at(garbage)


def test_the_four_tabs_in_order():
    assert [tab.title for tab in TABS] == [
        "What to expect",
        "Impress again",
        "Reinforce positives",
        "Be likeable",
    ]
    assert Interview().notes == dict.fromkeys(TAB_KEYS, "")


def test_status_labels():
    assert [s.label for s in Status] == ["Preparing", "Done", "Offer", "Not selected"]
