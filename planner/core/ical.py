"""The interview as a calendar event (RFC 5545), with an alarm the evening before."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner import APP_NAME, __version__
from planner.core.guidance import Guidance
from planner.core.model import Interview

DEFAULT_DURATION = timedelta(hours=2)
DEFAULT_REMINDER = time(19, 0)
UID_NAMESPACE = uuid.UUID("5b0c3c4e-8a39-4a2c-9d0e-6a1f2b3c4d5e")


class CalendarError(ValueError):
    """The event cannot be made; the message says why."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarError(f"unknown time zone {name!r} (e.g. Europe/London)") from None


def reminder_offset(starts_at: datetime, reminder: time) -> timedelta:
    """How long before the start the evening-before alarm rings."""
    evening = datetime.combine(starts_at.date() - timedelta(days=1), reminder)
    return starts_at - evening


def description(interview: Interview, guidance: Guidance) -> str:
    lines = [f"Second interview for {interview.role or 'the role'} at {interview.company}."]
    if interview.location.strip():
        lines.append(f"Where: {interview.location.strip()}")
    people = [p for p in interview.people if p.text("name")]
    if people:
        lines.append("")
        lines.append("Who you will meet:")
        for person in people:
            kind = guidance.people[person.get("kind")].label
            title = f", {person.text('job_title')}" if person.text("job_title") else ""
            lines.append(f"- {person.text('name')} ({kind}{title})")
    messages = [interview.prep_text(f"key_message_{n}") for n in (1, 2, 3)]
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

    tzinfo = zone(tz_name)
    start = interview.starts_at.replace(tzinfo=tzinfo)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    event = icalendar.Event()
    event.add("uid", f"{uuid.uuid5(UID_NAMESPACE, f'{interview.id}:{interview.title}')}")
    event.add("dtstamp", (now or datetime.now(tzinfo)).astimezone(ZoneInfo("UTC")))
    event.add("dtstart", start)
    event.add("dtend", start + duration)
    event.add("summary", f"Second interview: {interview.title}")
    if interview.location.strip():
        event.add("location", interview.location.strip())
    event.add("description", description(interview, guidance))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add(
        "description",
        f"Tomorrow: second interview at {interview.company}. Read your prep sheet tonight.",
    )
    alarm.add("trigger", -reminder_offset(interview.starts_at, reminder))
    event.add_component(alarm)
    calendar.add_component(event)
    # The VTIMEZONE covers the years around the interview, not the whole zone history.
    calendar.add_missing_timezones(
        first_date=date(start.year - 1, 1, 1), last_date=date(start.year + 2, 1, 1)
    )
    return calendar.to_ical()
