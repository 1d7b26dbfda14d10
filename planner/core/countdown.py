"""The time to the interview in words: "today at 10:00", "tomorrow at 14:30", "in 3 days"."""

from __future__ import annotations

from datetime import datetime


def countdown(starts_at: datetime | None, now: datetime) -> str:
    if starts_at is None:
        return "no date yet"
    days = (starts_at.date() - now.date()).days
    clock = f"{starts_at:%H:%M}"
    if days == 0:
        if starts_at < now:
            return f"today, began at {clock}"
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days == -1:
        return "yesterday"
    if 2 <= days < 14:
        return f"in {days} days"
    if 14 <= days < 61:
        return f"in {days // 7} weeks"
    if days >= 61:
        return f"on {starts_at.day} {starts_at:%b %Y}"
    if -14 < days < -1:
        return f"{-days} days ago"
    return f"{-days // 7} weeks ago" if days > -61 else f"on {starts_at.day} {starts_at:%b %Y}"
