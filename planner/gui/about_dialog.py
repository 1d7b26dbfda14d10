"""Help > About: the app's name, version and where its data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from planner import APP_NAME, __version__
from planner.gui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.nameLabel.setText(APP_NAME)
        font = QFont(self.ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.versionLabel.setText(f"Version {__version__}")
        self.ui.iconLabel.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        where = str(data_dir) if data_dir else "not known"
        self.ui.dataLabel.setText(
            f"Your notes are stored only on this computer, in {where}. "
            "The app never sends them anywhere."
        )
