"""Paints a row as a bold title with a dimmer line below it (the SUBTITLE_ROLE)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    MARGIN = 5

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title_font = QFont(option.font)
        title_font.setBold(True)
        return title_font, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, sub_font = self._fonts(option)
        height = QFontMetrics(title_font).height()
        if index.data(SUBTITLE_ROLE):
            height += QFontMetrics(sub_font).height() + self.MARGIN // 2
        return QSize(160, height + 2 * self.MARGIN)

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
        title_metrics = QFontMetrics(title_font)
        painter.save()
        painter.setPen(option.palette.color(group, text_role))
        painter.setFont(title_font)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_metrics.height())
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        subtitle = index.data(SUBTITLE_ROLE) or ""
        if subtitle:
            dim = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(option.palette.color(group, dim))
            painter.setFont(sub_font)
            sub_metrics = QFontMetrics(sub_font)
            sub_rect = QRect(
                rect.left(),
                title_rect.bottom() + self.MARGIN // 2,
                rect.width(),
                sub_metrics.height(),
            )
            painter.drawText(
                sub_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                sub_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()
