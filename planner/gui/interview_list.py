"""The list of interviews on the left: a model over the store's summaries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.countdown import countdown
from planner.core.model import InterviewSummary, Status
from planner.gui.safe_text import tooltip
from planner.gui.widgets.two_line_delegate import SUBTITLE_ROLE

ID_ROLE = Qt.ItemDataRole.UserRole + 1

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
