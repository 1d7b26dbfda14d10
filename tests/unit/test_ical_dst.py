"""The calendar alarm rings at the chosen time on the clocks of the interview's zone, the
evening before, whatever the clocks did in between (issue 12, item 11)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from planner.core import ical
from planner.core.guidance import default_guidance
from planner.core.ical import CalendarError, interview_event, reminder_at
from planner.core.model import Interview

NOW = datetime(2027, 1, 4, 12, 0)


def alarm_moment(starts_at: datetime, zone: str, **options) -> tuple[datetime, bytes]:
    interview = Interview(company="Northwind", role="Analyst", starts_at=starts_at)
    data = interview_event(interview, default_guidance(), zone, now=NOW, **options)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    moment = alarm.decoded("trigger")
    assert isinstance(moment, datetime), "an absolute trigger, not a duration"
    assert moment.utcoffset() == timedelta(0)
    return moment, data


@pytest.mark.parametrize(
    ("zone", "starts_at", "rings_utc"),
    [
        # Europe/London, 2027: the clocks go forward on 28 March, back on 31 October.
        ("Europe/London", datetime(2027, 3, 28, 10, 0), datetime(2027, 3, 27, 19, 0)),
        ("Europe/London", datetime(2027, 3, 29, 10, 0), datetime(2027, 3, 28, 18, 0)),
        ("Europe/London", datetime(2027, 10, 31, 10, 0), datetime(2027, 10, 30, 18, 0)),
        ("Europe/London", datetime(2027, 11, 1, 10, 0), datetime(2027, 10, 31, 19, 0)),
        # America/New_York, 2027: forward on 14 March, back on 7 November.
        ("America/New_York", datetime(2027, 3, 14, 9, 0), datetime(2027, 3, 14, 0, 0)),
        ("America/New_York", datetime(2027, 11, 7, 9, 0), datetime(2027, 11, 6, 23, 0)),
        # Zones whose clocks never change.
        ("UTC", datetime(2027, 3, 28, 10, 0), datetime(2027, 3, 27, 19, 0)),
        ("Asia/Kolkata", datetime(2027, 3, 28, 10, 0), datetime(2027, 3, 27, 13, 30)),
    ],
)
def test_the_alarm_rings_at_seven_the_evening_before_on_the_local_clocks(
    zone, starts_at, rings_utc
):
    moment, data = alarm_moment(starts_at, zone)
    assert moment == rings_utc.replace(tzinfo=UTC)
    local = moment.astimezone(ZoneInfo(zone))
    assert (local.date(), local.time()) == (starts_at.date() - timedelta(days=1), time(19, 0))
    # RFC 5545 3.8.6.3: a date-time trigger says so, in UTC.
    assert f"TRIGGER;VALUE=DATE-TIME:{rings_utc:%Y%m%dT%H%M%S}Z".encode() in data


def test_the_issue_s_example_no_longer_rings_an_hour_off():
    """10:00 on the day the clocks go forward rang at 18:00; when they go back, at 20:00."""
    london = ZoneInfo("Europe/London")
    spring, _ = alarm_moment(datetime(2027, 3, 28, 10, 0), "Europe/London")
    autumn, _ = alarm_moment(datetime(2027, 10, 31, 10, 0), "Europe/London")
    assert spring.astimezone(london).hour == 19
    assert autumn.astimezone(london).hour == 19


def test_the_chosen_reminder_time_is_used():
    moment, _ = alarm_moment(datetime(2027, 10, 31, 10, 0), "Europe/London", reminder=time(21, 15))
    assert moment == datetime(2027, 10, 30, 20, 15, tzinfo=UTC)  # 21:15 summer time


def test_a_reminder_time_the_clocks_skip_rings_as_if_they_had_not():
    # 01:30 on 28 March 2027 does not exist in London: it rings at 01:30 GMT (02:30 BST).
    london = ZoneInfo("Europe/London")
    moment = reminder_at(datetime(2027, 3, 29, 9, 0), time(1, 30), london)
    assert moment == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    # 01:30 on 31 October 2027 comes twice: the first.
    moment = reminder_at(datetime(2027, 11, 1, 9, 0), time(1, 30), london)
    assert moment == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_the_event_keeps_its_zone_and_wall_clock_start():
    _, data = alarm_moment(datetime(2027, 3, 28, 10, 0), "Europe/London")
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.replace(tzinfo=None) == datetime(2027, 3, 28, 10, 0)
    assert start.utcoffset() == timedelta(hours=1)
    assert b"DTSTART;TZID=Europe/London:20270328T100000" in data


def test_no_time_zone_data_at_all_is_said_plainly(monkeypatch):
    import zoneinfo

    def missing(name):
        raise zoneinfo.ZoneInfoNotFoundError(name)

    monkeypatch.setattr(ical, "ZoneInfo", missing)
    monkeypatch.setattr(zoneinfo, "available_timezones", set)
    with pytest.raises(CalendarError, match="no time-zone data"):
        ical.zone("Europe/London")
    monkeypatch.undo()
    with pytest.raises(CalendarError, match="unknown time zone 'Mars/Base'"):
        ical.zone("Mars/Base")
