"""What the menus and buttons do to interviews as a whole: new, duplicate, delete (undoably),
the worked example, import, export, and restoring a backup. Each saves what is pending
first, acts on the store through the editing session, and lets the parts refresh."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from planner.core.guidance import Guidance
from planner.gui.forms.ui_main_window import Ui_MainWindow
from planner.gui.interview_list import InterviewListPanel
from planner.gui.session import EditingSession
from planner.gui.tab_set import TabSet
from planner.settings import Settings
from planner.store import StoreError


def confirm_delete(parent: QWidget, title: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from planner.gui.safe_text import message

    box = message(
        parent,
        QMessageBox.Icon.Warning,
        "Delete interview",
        f"Delete the interview “{title}”?",
        "Its header and all its notes will be removed from this computer.",
    )
    delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete


class WindowParts(NamedTuple):
    """What the actions and the commands work with: the window the dialogs open over, its
    form, the editing session, the list and the tabs, and the window's settings."""

    window: QWidget
    ui: Ui_MainWindow
    session: EditingSession
    interviews: InterviewListPanel
    tabs: TabSet
    settings: Settings
    guidance: Guidance
    data_dir: Path | None


class InterviewCommands(QObject):
    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.window)
        self.window, self.ui, self.session = parts.window, parts.ui, parts.session
        self.interviews, self.guidance, self.data_dir = (
            parts.interviews,
            parts.guidance,
            parts.data_dir,
        )

    def _create(self, make: Callable[[], int], failure: str) -> int | None:
        """Add an interview (make() stores it and gives its id), list it and show it."""
        session = self.session
        session.save_pending()
        try:
            interview_id = make()
        except StoreError as error:
            session.report(failure, error)
            return None
        session.interviews_changed.emit()
        self.interviews.select(interview_id)
        return interview_id

    def new_interview(self) -> None:
        from planner.core.starter import starter_interview

        store = self.session.store
        made = self._create(
            lambda: store.create(starter_interview(self.guidance)),
            "Could not create the interview",
        )
        if made is not None:
            self.ui.tabs.setCurrentIndex(0)
            self.ui.companyEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.session.tell("New interview: start with the company and the role.", 5000)

    def duplicate_interview(self) -> None:
        session = self.session
        original = session.current_id
        if original is None:
            return
        made = self._create(
            lambda: session.store.duplicate(original), "Could not duplicate the interview"
        )
        if made is not None:
            self.ui.companyEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            session.tell("Duplicated: the copy is selected.", 5000)

    def delete_interview(self) -> None:
        session = self.session
        if session.current_id is None:
            return
        session.save_pending()
        snapshot = session.store.get(session.current_id)
        if not confirm_delete(self.window, snapshot.title):
            return
        from planner.gui.undo import DeleteInterviewCommand

        session.undo_stack.push(DeleteInterviewCommand(session, snapshot))

    def open_example(self) -> int | None:
        """Show the worked example, adding it first if it is not in the list yet."""
        session = self.session
        session.save_pending()
        from planner.core.starter import worked_example

        example = worked_example(date.today())
        for summary in session.store.summaries():
            if (summary.company, summary.role) == (example.company, example.role):
                self.interviews.select(summary.id)
                return summary.id
        interview_id = self._create(
            lambda: session.store.add_many([example])[0], "Could not open the example"
        )
        if interview_id is not None:
            session.tell(
                "The example is yours to explore and change; delete it whenever you like.", 8000
            )
        return interview_id

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # costly to load: only when needed

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            "Import interviews",
            str(Path.home()),
            "Interview exports (*.json);;All files (*)",
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> list[int]:
        from planner.transfer import TransferError, import_from

        session = self.session
        session.save_pending()
        try:
            new_ids = import_from(session.store, path)
        except TransferError as error:
            session.report("Could not import", error)
            return []
        session.interviews_changed.emit()
        if new_ids:
            self.interviews.select(new_ids[0])
        session.tell(f"Imported {len(new_ids)} interview(s).", 5000)
        return new_ids

    def export_file(self) -> None:
        suggested = Path.home() / f"second-interviews-{date.today():%Y-%m-%d}.json"
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export all interviews", str(suggested), "Interview exports (*.json)"
        )
        if not path:
            return
        session = self.session
        session.save_pending()
        from planner.transfer import TransferError, export_to

        try:
            count = export_to(session.store, Path(path))
        except TransferError as error:
            session.report("Could not export", error)
            return
        session.tell(f"Exported {count} interview(s) to {path}.", 8000)

    def restore_backup(self, path: Path) -> bool:
        """Replace everything with a backup's content (the current state is backed up first)."""
        if self.data_dir is None:
            return False
        session = self.session
        session.save_pending()
        from planner.store.backups import BackupError

        try:
            session.store.restore(path, self.data_dir)
        except (BackupError, StoreError) as error:
            session.report("Could not restore the backup", error)
            return False
        session.undo_stack.clear()
        session.current_id = None
        session.interviews_changed.emit()
        self.interviews.select(self.interviews.model.id_at(0))
        session.tell("Restored. What you had before is in Help > Backups.", 10_000)
        return True

    def offer_recovery(self, damaged: Path) -> None:
        """The database could not be read at start-up and was set aside: offer a backup."""
        from PySide6.QtWidgets import QMessageBox

        from planner.gui.safe_text import message
        from planner.store.backups import is_sound, list_backups

        data_dir = self.data_dir
        good = [b for b in list_backups(data_dir) if is_sound(b.path)] if data_dir else []
        details = f"It has been moved aside, not deleted, to:\n{damaged}"
        title = "Your planner could not be read"
        text = "The database file was damaged, so the app could not read it."
        if not good:
            informative = f"{details}\n\nThere is no backup to restore; you start empty."
            message(self.window, QMessageBox.Icon.Warning, title, text, informative).exec()
            return
        from planner.gui.dialogs.backups import when_text

        newest = good[0]
        informative = (
            f"{details}\n\nThe newest good backup is from {when_text(newest)} "
            f"({newest.reason_text}). Restore it now?"
        )
        box = message(self.window, QMessageBox.Icon.Warning, title, text, informative)
        restore = box.addButton("Restore This Backup", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Start Empty", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup(newest.path)
