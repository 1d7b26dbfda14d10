"""Help > Backups: the list of backups, a backup now, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from planner.core.model import moment_text
from planner.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from planner.gui.safe_text import confirm, warn
from planner.store.backups import Backup, BackupError, backup_folder, list_backups

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(backup: Backup) -> str:
    return moment_text(backup.taken_at)


def confirm_restore(parent: QWidget, backup: Backup) -> bool:
    return confirm(
        parent,
        "Restore a backup",
        f"Replace all your interviews with the backup from {when_text(backup)}?\n\n"
        "What you have now is backed up first, so this can be reversed.",
    )


class BackupsDialog(QDialog):
    def __init__(self, data_dir: Path, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.data_dir = Path(data_dir)
        self.window_ = window
        self.ui.folderLabel.setText(f"Folder: {backup_folder(self.data_dir)}")
        self.ui.backupNowButton.clicked.connect(self.back_up_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.backupList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.ui.backupList.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.refresh()

    def refresh(self) -> None:
        tree = self.ui.backupList
        tree.clear()
        for backup in list_backups(self.data_dir):
            row = QTreeWidgetItem(
                tree, [when_text(backup), backup.reason_text, f"{backup.size / 1024:.0f} KB"]
            )
            row.setData(0, PATH_ROLE, str(backup.path))
            row.setData(0, Qt.ItemDataRole.UserRole + 2, backup)
        for column in range(3):
            tree.resizeColumnToContents(column)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.ui.backupList.currentItem() is not None)

    def selected(self) -> Backup | None:
        row = self.ui.backupList.currentItem()
        return row.data(0, Qt.ItemDataRole.UserRole + 2) if row else None

    def back_up_now(self) -> None:
        try:
            self.window_.store.backup(self.data_dir, "manual")
        except BackupError as error:
            warn(self, "Backup failed", str(error))
        self.refresh()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not confirm_restore(self, backup):
            return
        if self.window_.restore_backup(backup.path):
            self.refresh()
