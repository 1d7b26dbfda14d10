"""Paints a row as a bold title with a dimmer line below it (the SUBTITLE_ROLE)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

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

    _background_only = False

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self._background_only:
            option.text = ""  # the base class paints the row; the text is painted below

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        self._background_only = True
        try:
            super().paint(painter, option, index)
        finally:
            self._background_only = False
        view = option.widget
        selection = view.selectionModel() if view is not None else None
        selected = bool(selection is not None and selection.isSelected(index))
        active = view is None or view.isActiveWindow()
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
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
