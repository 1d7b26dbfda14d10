"""The header of the interview shown: company, role, place, date and status, its title,
its readiness and next step, and the countdown that moves with the clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer

from planner.core.countdown import countdown
from planner.core.model import EARLIEST_YEAR, LATEST_YEAR, Interview, Status
from planner.core.readiness import Readiness
from planner.gui import safe_text
from planner.gui.forms.ui_main_window import Ui_MainWindow
from planner.gui.session import EditingSession, EditKey

# QDateTimeEdit cannot be empty: its minimum stands for "no date yet".
UNSET_DATETIME = QDateTime(QDate(EARLIEST_YEAR - 1, 12, 31), QTime(0, 0))
DEFAULT_INTERVIEW_TIME = time(10, 0)


def to_qdatetime(value: datetime | None) -> QDateTime:
    if value is None:
        return UNSET_DATETIME
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime | None:
    if value <= UNSET_DATETIME:
        return None
    day, moment = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())


class Header(QObject):
    def __init__(self, ui: Ui_MainWindow, session: EditingSession, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.session = session
        self._loading = False
        for status in Status:
            ui.statusCombo.addItem(status.label, status.value)
        when = ui.whenEdit
        when.setMinimumDateTime(UNSET_DATETIME)
        when.setMaximumDateTime(QDateTime(QDate(LATEST_YEAR, 12, 31), QTime(23, 59)))
        when.setSpecialValueText("Not set: pick a date")
        when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        when.installEventFilter(self)

        for name in ("company", "role", "location"):
            edit = getattr(ui, f"{name}Edit")
            edit.textEdited.connect(
                lambda _text, name=name, edit=edit: self._edited(name, edit.text)
            )
        ui.companyEdit.textChanged.connect(self._update_title)
        ui.roleEdit.textChanged.connect(self._update_title)
        when.dateTimeChanged.connect(
            lambda: self._edited("starts_at", lambda: from_qdatetime(when.dateTime()))
        )
        when.dateTimeChanged.connect(
            lambda value: ui.clearDateButton.setEnabled(value > UNSET_DATETIME)
        )
        ui.clearDateButton.clicked.connect(self.clear_date)
        ui.statusCombo.currentIndexChanged.connect(
            lambda: self._edited("status", lambda: Status(ui.statusCombo.currentData()))
        )
        session.current_changed.connect(self._load)
        session.readiness_changed.connect(self._show_readiness)
        # The countdown moves with the clock.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def _load(self, interview: Interview | None) -> None:
        if interview is None:
            return
        ui = self.ui
        self._loading = True
        try:
            ui.companyEdit.setText(interview.company)
            ui.roleEdit.setText(interview.role)
            ui.locationEdit.setText(interview.location)
            ui.whenEdit.setDateTime(to_qdatetime(interview.starts_at))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(interview.status.value))
        finally:
            self._loading = False
        self._update_title()

    def _edited(self, field: str, getter) -> None:
        session = self.session
        if self._loading or session.current_id is None:
            return
        interview_id, store = session.current_id, session.store
        writer = {
            "starts_at": lambda value: store.set_starts_at(interview_id, value),
            "status": lambda value: store.set_status(interview_id, value),
        }.get(field, lambda value: store.set_text(interview_id, field, value))
        session.schedule(EditKey("header", interview_id, field), getter, writer)

    def _update_title(self) -> None:
        draft = Interview(company=self.ui.companyEdit.text(), role=self.ui.roleEdit.text())
        self.ui.titleLabel.setText(draft.title)

    def _show_readiness(self, interview: Interview, readiness: Readiness) -> None:
        ui = self.ui
        ui.readinessBar.setValue(readiness.overall)
        step = readiness.next_step
        ui.nextStepLabel.setText(f"Next: {step}" if step else "Everything is in place. Good luck!")
        ui.nextStepLabel.setToolTip(safe_text.tooltip(ui.nextStepLabel.text()))
        self._show_countdown(interview.starts_at)

    def _show_countdown(self, starts_at: datetime | None) -> None:
        words = countdown(starts_at, datetime.now())
        self.ui.countdownLabel.setText(words[:1].upper() + words[1:])

    def _tick(self) -> None:
        self._show_countdown(from_qdatetime(self.ui.whenEdit.dateTime()))
        self.ui.interviewList.viewport().update()  # the list's countdowns too

    def clear_date(self) -> None:
        self.ui.whenEdit.setDateTime(UNSET_DATETIME)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Opening the calendar, or starting to type a date, in an unset date field begins
        # from tomorrow at 10:00 rather than from the "unset" year. Other keys (Tab, Esc,
        # Shift) leave it unset.
        when = self.ui.whenEdit
        if watched is when and when.dateTime() <= UNSET_DATETIME:
            kind = event.type()
            starts_editing = kind == QEvent.Type.MouseButtonPress or (
                kind == QEvent.Type.KeyPress
                and (
                    event.text().isdigit()
                    or event.key()
                    in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
                )
            )
            if starts_editing:
                tomorrow = date.today() + timedelta(days=1)
                when.setDateTime(to_qdatetime(datetime.combine(tomorrow, DEFAULT_INTERVIEW_TIME)))
        return False
