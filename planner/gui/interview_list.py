"""The list of interviews on the left: a model over the store's summaries and its painter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.core.model import InterviewSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def subtitle_of(summary: InterviewSummary) -> str:
    interview = summary.as_interview()
    return f"{interview.when_text()} · {summary.status.label}"


class InterviewListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[InterviewSummary] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.as_interview().title
        if role == SUBTITLE_ROLE:
            return subtitle_of(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.as_interview().title}, {subtitle_of(summary)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.as_interview().title}\n{subtitle_of(summary)}"
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
        self.endResetModel()

    def row_of(self, interview_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == interview_id:
                return row
        return None

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


class InterviewDelegate(QStyledItemDelegate):
    """Two lines per interview: the title in bold, the date and status below it."""

    MARGIN = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title_font = QFont(option.font)
        title_font.setBold(True)
        return title_font, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, sub_font = self._fonts(option)
        height = QFontMetrics(title_font).height() + QFontMetrics(sub_font).height()
        return QSize(200, height + 3 * self.MARGIN)

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        title = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, sub_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(self.MARGIN * 2, self.MARGIN, -self.MARGIN, -self.MARGIN)
        title_height = QFontMetrics(title_font).height()
        painter.save()
        painter.setPen(option.palette.color(group, text_role))
        painter.setFont(title_font)
        elided = QFontMetrics(title_font).elidedText(
            title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect.adjusted(0, 0, 0, -(rect.height() - title_height)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
        sub_color = option.palette.color(group, text_role)
        if not selected:
            sub_color = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setPen(sub_color)
        painter.setFont(sub_font)
        subtitle = index.data(SUBTITLE_ROLE) or ""
        sub_rect = rect.adjusted(0, title_height + self.MARGIN // 2, 0, 0)
        painter.drawText(
            sub_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(sub_font).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
