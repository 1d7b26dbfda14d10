"""The interview as a calendar event (RFC 5545), with an alarm the evening before; and,
once the day they will decide is noted, a second event on the day to chase them, with an
alarm that morning."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner import APP_NAME, __version__
from planner.core.guidance import Guidance
from planner.core.model import Interview

DEFAULT_DURATION = timedelta(hours=2)
DEFAULT_REMINDER = time(19, 0)
CHASE_ALARM = time(9, 0)  # on the chase day, on the clocks of the interview's zone
UID_NAMESPACE = uuid.UUID("5b0c3c4e-8a39-4a2c-9d0e-6a1f2b3c4d5e")


class CalendarError(ValueError):
    """The event cannot be made; the message says why."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a name that is a folder of the zone data ("Europe"), or far too long.
        pass
    import zoneinfo

    if not zoneinfo.available_timezones():  # neither the system's zones nor tzdata's
        raise CalendarError(
            "this computer has no time-zone data; install it (e.g. sudo apt-get install tzdata)"
        )
    raise CalendarError(f"unknown time zone {name!r} (e.g. Europe/London)")


def reminder_at(starts_at: datetime, reminder: time, zone_info: tzinfo) -> datetime:
    """When the evening-before alarm rings, in UTC: at `reminder` on the clocks of the
    interview's zone, the day before the interview.

    An alarm relative to the start is an exact duration, an hour off when the clocks change
    in between; this is a moment. A reminder time the clocks skip that night rings as if
    they had not changed (01:30 on the night they go forward rings at 02:30 summer time);
    one they show twice rings the first time."""
    evening = datetime.combine(starts_at.date() - timedelta(days=1), reminder, tzinfo=zone_info)
    return evening.astimezone(UTC)


# RFC 5545 (3.1, 3.3.11): a TEXT value holds no control character but HTAB, a line break
# being written escaped (\n, which icalendar does). C1 controls go too: they control any
# reader that takes them for one. So do the bidirectional embeddings, overrides and
# isolates, which would reorder what a calendar shows (the marks LRM, RLM and ALM, which
# right-to-left names need, stay); the line and paragraph separators become line breaks.
# A lone surrogate (which UTF-8 cannot hold) becomes U+FFFD.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def ics_text(value: str) -> str:
    """Text as a calendar file may hold it: lines broken by LF, no other control."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROLS.sub("", value.replace("\u2028", "\n").replace("\u2029", "\n"))
    return _SURROGATES.sub("\ufffd", value)


def description(interview: Interview, guidance: Guidance) -> str:
    def text(value: str) -> str:
        return ics_text(value).strip()

    company = text(interview.company)
    lines = [f"Second interview for {text(interview.role) or 'the role'} at {company}."]
    if text(interview.location):
        lines.append(f"Where: {text(interview.location)}")
    people = [p for p in interview.people if text(p.text("name"))]
    if people:
        lines.append("")
        lines.append("Who you will meet:")
        for person in people:
            kind = guidance.people[person.get("kind")].label
            job = text(person.text("job_title"))
            lines.append(f"- {text(person.text('name'))} ({kind}{f', {job}' if job else ''})")
    messages = [text(interview.prep_text(f"key_message_{n}")) for n in (1, 2, 3)]
    if any(messages):
        lines.append("")
        lines.append("Key messages:")
        lines.extend(f"- {message}" for message in messages if message)
    return "\n".join(lines)


def interview_event(
    interview: Interview,
    guidance: Guidance,
    tz_name: str,
    *,
    reminder: time = DEFAULT_REMINDER,
    duration: timedelta = DEFAULT_DURATION,
    now: datetime | None = None,
) -> bytes:
    """The .ics file's bytes for this interview, in the time zone tz_name."""
    if interview.starts_at is None:
        raise CalendarError("the interview has no date yet; set its date and time first")
    import icalendar  # deferred: only this command needs it

    zone_info = zone(tz_name)
    start = interview.starts_at.replace(tzinfo=zone_info)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    event = icalendar.Event()
    name = _SURROGATES.sub("\ufffd", f"{interview.id}:{interview.title}")  # UTF-8 has none
    event.add("uid", f"{uuid.uuid5(UID_NAMESPACE, name)}")
    event.add("dtstamp", (now or datetime.now(zone_info)).astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", start + duration)
    # Every text that holds what the user typed goes through ics_text.
    event.add("summary", ics_text(f"Second interview: {interview.title}"))
    location = ics_text(interview.location).strip()
    if location:
        event.add("location", location)
    event.add("description", ics_text(description(interview, guidance)))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    company = ics_text(interview.company).strip()
    alarm.add(
        "description",
        f"Tomorrow: second interview at {company}. Read your prep sheet tonight.",
    )
    # An absolute trigger (RFC 5545 3.8.6.3), in UTC: see reminder_at.
    alarm.add(
        "trigger",
        reminder_at(interview.starts_at, reminder, zone_info),
        parameters={"VALUE": "DATE-TIME"},
    )
    event.add_component(alarm)
    calendar.add_component(event)
    chase = _chase_event(interview, name, zone_info, now)
    if chase is not None:
        calendar.add_component(chase)
    # The VTIMEZONE covers the years around the interview, not the whole zone history.
    calendar.add_missing_timezones(
        first_date=date(start.year - 1, 1, 1), last_date=date(start.year + 2, 1, 1)
    )
    return calendar.to_ical()


def _chase_event(interview: Interview, name: str, zone_info: tzinfo, now: datetime | None):
    """The day to chase (two working days after the decision date) as an all-day event
    with an alarm at CHASE_ALARM that day, or None when no decision date is noted."""
    from planner.core.followup import chase_day

    day = chase_day(interview)
    if day is None:
        return None
    import icalendar

    event = icalendar.Event()
    event.add("uid", f"{uuid.uuid5(UID_NAMESPACE, name + ':chase')}")
    event.add("dtstamp", (now or datetime.now(zone_info)).astimezone(UTC))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", ics_text(f"Follow up: {interview.title}"))
    event.add(
        "description",
        ics_text(
            f"They said they would decide by {interview.prep.get('decision_date')}. "
            "If you have not heard from them, send one short, friendly message "
            "to ask where things stand."
        ),
    )
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    company = ics_text(interview.company).strip()
    alarm.add("description", f"No answer yet from {company}? Follow up today.")
    moment = datetime.combine(day, CHASE_ALARM, tzinfo=zone_info).astimezone(UTC)
    alarm.add("trigger", moment, parameters={"VALUE": "DATE-TIME"})
    event.add_component(alarm)
    return event
