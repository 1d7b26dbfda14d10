"""The list of interviews on the left: a model over the store's summaries, and the panel
that keeps it in step with the editing session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.core.countdown import countdown
from planner.core.model import InterviewSummary, Status
from planner.core.readiness import assess
from planner.gui.forms.ui_main_window import Ui_MainWindow
from planner.gui.safe_text import tooltip
from planner.gui.session import EditingSession, EditKey
from planner.gui.widgets.two_line_delegate import SUBTITLE_ROLE, TwoLineDelegate
from planner.store import StoreError

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGES_BESIDE_MS = 3000  # how often to look for changes another program made

Index = QModelIndex | QPersistentModelIndex


def subtitle_of(summary: InterviewSummary, readiness: int | None, now: datetime) -> str:
    """E.g. "Thu 3 Dec 2026, 10:30 · in 3 days · 84% ready"."""
    parts = [summary.as_interview().when_text()]
    if summary.starts_at is not None:
        parts.append(countdown(summary.starts_at, now))
    if summary.status is Status.PREPARING and readiness is not None:
        parts.append(f"{readiness}% ready")
    else:
        parts.append(summary.status.label)
    return " · ".join(parts)


class InterviewListModel(QAbstractListModel):
    def __init__(self, readiness_of: Callable[[int], int] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[InterviewSummary] = []
        # Readiness needs each interview's items: computed for the rows painted, then kept.
        self._readiness_of = readiness_of
        self._readiness: dict[int, int] = {}

    def readiness(self, interview_id: int) -> int | None:
        if self._readiness_of is None:
            return None
        if interview_id not in self._readiness:
            self._readiness[interview_id] = self._readiness_of(interview_id)
        return self._readiness[interview_id]

    def set_readiness(self, interview_id: int, percent: int) -> None:
        if self._readiness.get(interview_id) != percent:
            self._readiness[interview_id] = percent
            row = self.row_of(interview_id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def _subtitle(self, summary: InterviewSummary) -> str:
        return subtitle_of(summary, self.readiness(summary.id), datetime.now())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.as_interview().title
        if role == SUBTITLE_ROLE:
            return self._subtitle(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.as_interview().title}, {self._subtitle(summary)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{summary.as_interview().title}\n{self._subtitle(summary)}")
        if role == ID_ROLE:
            return summary.id
        return None

    def set_summaries(self, summaries: list[InterviewSummary]) -> None:
        """Show these rows; rows that only changed their text are updated in place."""
        if [s.id for s in summaries] == [s.id for s in self._rows]:
            pairs = zip(self._rows, summaries, strict=True)
            changed = [row for row, (old, new) in enumerate(pairs) if old != new]
            self._rows = list(summaries)
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._rows = list(summaries)
        # Ids of deleted interviews can be given to new ones: forget what they were.
        present = {summary.id for summary in summaries}
        self._readiness = {k: v for k, v in self._readiness.items() if k in present}
        self.endResetModel()

    def row_of(self, interview_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == interview_id:
                return row
        return None

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


class InterviewListPanel(QObject):
    """The list on the left: it shows the store's interviews, follows the session's
    current interview and opens the one the user selects."""

    filled = Signal(bool)  # whether the list has any interview, after each refresh

    def __init__(self, ui: Ui_MainWindow, session: EditingSession, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.session = session
        self.view = ui.interviewList
        self.model = InterviewListModel(self._readiness_of, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        session.current_changed.connect(self._follow)
        session.interviews_changed.connect(self.refresh)
        session.interview_removed.connect(self._removed)
        session.saved.connect(self._saved)
        session.readiness_changed.connect(
            lambda interview, readiness: self.model.set_readiness(interview.id, readiness.overall)
        )
        self._data_version: int | None = None

    def _readiness_of(self, interview_id: int) -> int:
        return assess(self.session.store.get(interview_id)).overall

    def refresh(self) -> None:
        self.model.set_summaries(self.session.store.summaries())
        has_any = self.model.rowCount() > 0
        if not has_any:
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)
        self.filled.emit(has_any)

    def select(self, interview_id: int | None) -> None:
        """Select an interview in the list and edit it (None, or one not listed: none)."""
        row = None if interview_id is None else self.model.row_of(interview_id)
        if row is None:
            self.session.open(None)
            return
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        if self.session.current_id != interview_id:
            self.session.open(interview_id)

    def step(self, step: int) -> None:
        """Ctrl+PgUp / Ctrl+PgDown: the previous or next interview in the list."""
        if self.session.current_id is None:
            return
        row = self.model.row_of(self.session.current_id)
        target = self.model.id_at((row or 0) + step)
        if target is not None:
            self.select(target)

    def _on_current_changed(self, current, _previous) -> None:
        interview_id = current.data(ID_ROLE) if current.isValid() else None
        if interview_id != self.session.current_id:
            self.session.open(interview_id)

    def _follow(self, interview) -> None:
        """The session opened another interview: show it selected."""
        row = None if interview is None else self.model.row_of(interview.id)
        if row is not None and self.view.currentIndex().row() != row:
            self.select(interview.id)

    def _removed(self, interview_id: int) -> None:
        row = self.model.row_of(interview_id) or 0
        self.refresh()
        self.select(self.model.id_at(min(row, self.model.rowCount() - 1)))

    def _saved(self, keys: list[EditKey]) -> None:
        # Only the header's fields show in the list: re-read it only when one of them was
        # saved (with years of interviews, reading the whole list takes a while).
        if any(key.shows_in_list() for key in keys):
            self.refresh()
        current = self.session.current_id
        if current is not None and not self.session.switching:
            # A new date may have moved the interview in the list: keep it selected.
            row = self.model.row_of(current)
            if row is not None and self.view.currentIndex().row() != row:
                self.select(current)

    # -- changes made beside the window ---------------------------------------------

    def watch_changes_made_beside(self) -> None:
        """Another program may change the data folder while the window is open (the
        command line's import): look when the app is activated, and every few seconds."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        self.show_changes_made_beside()  # the version to compare with
        self._beside_timer = QTimer(self)
        self._beside_timer.setInterval(CHANGES_BESIDE_MS)
        self._beside_timer.timeout.connect(self.show_changes_made_beside)
        self._beside_timer.start()
        QApplication.instance().applicationStateChanged.connect(self._on_application_state)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.show_changes_made_beside()

    def show_changes_made_beside(self) -> bool:
        """Show what another program changed; True if anything had changed.

        Only the list is refreshed, and the shown interview if it is gone: the field being
        edited keeps its text, its cursor and its pending save."""
        session = self.session
        if session.closed:
            return False
        try:
            version = session.store.data_version()
        except StoreError:
            return False  # the store reports its trouble where it is used
        known, self._data_version = self._data_version, version
        if known is None or version == known:
            return False
        self.refresh()
        if session.current_id is None or not session.store.exists(session.current_id):
            self.select(self.model.id_at(0) if self.model.rowCount() else None)
        session.tell("Brought up to date with changes made outside.", 5000)
        return True
