"""Edit > Preferences: colours, the sheet's page size, the calendar reminder, autosave and
practice timing. Every value is a setting declared in planner/settings.py."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QWidget

from planner.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from planner.render.page_size import default_page_size_name
from planner.settings import Settings

SCHEME_LABELS = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.settings = settings
        ui = self.ui
        for value, label in SCHEME_LABELS:
            ui.schemeCombo.addItem(label, value)
        local = "US Letter" if default_page_size_name() == "Letter" else "A4"
        ui.pageSizeCombo.addItem(f"Automatic: {local}", "")
        ui.pageSizeCombo.setToolTip("Automatic follows your locale: US Letter in the US")
        ui.pageSizeCombo.addItem("A4", "A4")
        ui.pageSizeCombo.addItem("US Letter", "Letter")
        ui.schemeCombo.setCurrentIndex(max(0, ui.schemeCombo.findData(settings.color_scheme)))
        ui.pageSizeCombo.setCurrentIndex(
            max(0, ui.pageSizeCombo.findData(settings.sheet_page_size))
        )
        reminder = settings.reminder_time
        ui.reminderEdit.setTime(QTime(reminder.hour, reminder.minute))
        ui.autosaveSpin.setValue(settings.autosave_delay_ms)
        ui.practiceSpin.setValue(settings.practice_seconds)

    def accept(self) -> None:
        ui, settings = self.ui, self.settings
        settings.color_scheme = ui.schemeCombo.currentData()
        settings.sheet_page_size = ui.pageSizeCombo.currentData()
        chosen = ui.reminderEdit.time()
        settings.reminder_minutes = chosen.hour() * 60 + chosen.minute()
        settings.autosave_delay_ms = ui.autosaveSpin.value()
        settings.practice_seconds = ui.practiceSpin.value()
        settings.sync()
        super().accept()
