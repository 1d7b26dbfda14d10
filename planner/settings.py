"""Every persistent setting (the window's, and the preferences the commands share), with
its type and default, in one place. QtCore only (QSettings): the command line reads it too.

The settings file is chosen by the caller (see gui/app.py) so that tests and
``--data-dir`` never touch the user's real settings.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_NAME = "settings.ini"


class _Key(Generic[T]):
    """A typed setting: ``settings.selected_interview`` reads and writes it."""

    def __init__(self, key: str, kind: type, default: T) -> None:
        self.key = key
        self.kind = kind
        self.default = default

    def __get__(self, settings: Settings, owner: type | None = None) -> T:
        value: Any = settings.qsettings.value(self.key, self.default)
        if value is None or value == "":
            return self.default
        try:
            if self.kind is QByteArray:
                return value if isinstance(value, QByteArray) else self.default
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, settings: Settings, value: T) -> None:
        if value is None:
            settings.qsettings.remove(self.key)
        else:
            settings.qsettings.setValue(self.key, value)


COLOR_SCHEMES = ("system", "light", "dark")  # the window's View menu has one action each


class Settings:
    """The window's settings, stored as an INI file at a path the caller gives."""

    selected_interview: _Key[int | None] = _Key("session/selected_interview", int, None)
    current_tab: _Key[int] = _Key("session/current_tab", int, 0)
    window_geometry: _Key[QByteArray | None] = _Key("window/geometry", QByteArray, None)
    splitter_state: _Key[QByteArray | None] = _Key("window/splitter", QByteArray, None)
    autosave_delay_ms: _Key[int] = _Key("editing/autosave_delay_ms", int, 400)
    # "" follows the locale (US Letter where it measures in inches, else A4).
    sheet_page_size: _Key[str] = _Key("sheet/page_size", str, "")
    reminder_minutes: _Key[int] = _Key("calendar/reminder_minutes_after_midnight", int, 19 * 60)
    color_scheme: _Key[str] = _Key("view/color_scheme", str, "system")  # one of COLOR_SCHEMES
    practice_seconds: _Key[int] = _Key("practice/seconds_per_answer", int, 120)

    @property
    def reminder_time(self) -> time:
        """When the calendar alarm rings on the evening before the interview."""
        minutes = max(0, min(self.reminder_minutes, 24 * 60 - 1))
        return time(minutes // 60, minutes % 60)

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @classmethod
    def in_folder(cls, folder: Path) -> Settings:
        return cls(Path(folder) / SETTINGS_NAME)

    def sync(self) -> None:
        self.qsettings.sync()
