"""This computer's time zone, as an IANA name (e.g. "Europe/London")."""

from __future__ import annotations


def system_timezone() -> str:
    from PySide6.QtCore import QTimeZone  # QtCore only: no display needed

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name or "UTC"
