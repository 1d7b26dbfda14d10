"""The prep sheet's page sizes, and the default for this locale (kept apart from the
printing code so that the menu can show it without loading print support at start-up)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

PAGE_SIZE_NAMES = ("A4", "Letter")


def default_page_size_name(locale: QLocale | None = None) -> str:
    """US Letter where the locale measures in inches, A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    return "Letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "A4"
