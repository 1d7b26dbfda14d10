"""The window's actions, declared apart from the window (in the manner of Picard's
mainwindow/actions.py): shortcuts, the menus they sit in, what each one runs, and when
they are enabled. Commands on whole interviews are in window_commands.py; the dialogs
that the menus open are started here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut

from planner.core.model import TABS
from planner.gui import no_icon
from planner.gui.window_commands import InterviewCommands, WindowParts
from planner.settings import COLOR_SCHEMES

SCHEMES = COLOR_SCHEMES  # each has an action named actionScheme<Name>


class WindowActions(QObject):
    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.window)
        self.window, self.ui, self.session = parts.window, parts.ui, parts.session
        self.interviews, self.tabs = parts.interviews, parts.tabs
        self.settings, self.guidance, self.data_dir = (
            parts.settings,
            parts.guidance,
            parts.data_dir,
        )
        self.commands = InterviewCommands(parts)
        self.find_dialog = None
        self._set_up_shortcuts()
        self._set_up_menus()
        self._connect()
        from planner.gui.sheet_actions import SheetActions

        self.sheet_actions = SheetActions(self.window, self.settings, self.session.current)
        self.sheet_actions.add_to(self.ui.menuFile, self.ui.actionOpenExample)
        self.interviews.filled.connect(self._enable)

    # -- declaring -----------------------------------------------------------------

    def _set_up_shortcuts(self) -> None:
        ui = self.ui
        ui.actionNew.setShortcut(QKeySequence.StandardKey.New)
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        if ui.actionQuit.shortcut().isEmpty():
            ui.actionQuit.setShortcut(QKeySequence("Ctrl+Q"))
        ui.actionDuplicate.setShortcut(QKeySequence("Ctrl+Shift+D"))
        ui.actionFind.setShortcut(QKeySequence.StandardKey.Find)
        ui.actionPreferences.setShortcut(QKeySequence.StandardKey.Preferences)
        if ui.actionPreferences.shortcut().isEmpty():
            ui.actionPreferences.setShortcut(QKeySequence("Ctrl+,"))
        ui.actionPreviousInterview.setShortcut(QKeySequence("Ctrl+PgUp"))
        ui.actionNextInterview.setShortcut(QKeySequence("Ctrl+PgDown"))
        ui.actionPractice.setShortcut(QKeySequence("Ctrl+Shift+P"))

    def _set_up_menus(self) -> None:
        ui = self.ui
        schemes = QActionGroup(self)
        for name in SCHEMES:
            action = self._scheme_action(name)
            schemes.addAction(action)
            action.setChecked(self.settings.color_scheme == name)
            action.triggered.connect(lambda _checked, name=name: self.set_scheme(name))
        for number, tab in enumerate(TABS):
            go = no_icon.action(tab.title, self.window)
            go.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            go.triggered.connect(lambda _checked=False, n=number: self.tabs.show_tab(n))
            ui.menuView.addAction(go)
        undo_stack = self.session.undo_stack
        self.undo_action = undo_stack.createUndoAction(self.window, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self.window, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        ui.menuEdit.addAction(self.undo_action)
        ui.menuEdit.addAction(self.redo_action)

    def _scheme_action(self, name: str):
        return getattr(self.ui, f"actionScheme{name.capitalize()}")

    def _connect(self) -> None:
        ui, commands = self.ui, self.commands
        for signal, slot in (
            (ui.actionPreviousInterview.triggered, lambda: self.interviews.step(-1)),
            (ui.actionNextInterview.triggered, lambda: self.interviews.step(+1)),
            (ui.actionPreferences.triggered, self.show_preferences),
            (ui.actionFind.triggered, self.show_find),
            (ui.actionPractice.triggered, self.show_practice),
            (ui.actionNew.triggered, commands.new_interview),
            (ui.newButton.clicked, commands.new_interview),
            (ui.emptyNewButton.clicked, commands.new_interview),
            (ui.actionDuplicate.triggered, commands.duplicate_interview),
            (ui.duplicateButton.clicked, commands.duplicate_interview),
            (ui.actionDelete.triggered, commands.delete_interview),
            (ui.deleteButton.clicked, commands.delete_interview),
            (ui.actionImport.triggered, commands.import_file),
            (ui.emptyImportButton.clicked, commands.import_file),
            (ui.actionOpenExample.triggered, commands.open_example),
            (ui.emptyExampleButton.clicked, commands.open_example),
            (ui.actionExport.triggered, commands.export_file),
            (ui.actionQuit.triggered, self.window.close),
            (ui.actionAbout.triggered, self.show_about),
            (ui.actionAboutQt.triggered, self.show_about_qt),
            (ui.actionBackups.triggered, self.show_backups),
        ):
            signal.connect(slot)
        # Del deletes only while the list has the focus; in a text field it deletes text.
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, ui.interviewList)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(commands.delete_interview)

    def _enable(self, has_interviews: bool) -> None:
        ui = self.ui
        for widget in (
            ui.actionDuplicate,
            ui.actionDelete,
            ui.duplicateButton,
            ui.deleteButton,
            ui.actionExport,
        ):
            widget.setEnabled(has_interviews)
        self.sheet_actions.set_enabled(has_interviews)

    # -- settings ------------------------------------------------------------------

    def set_scheme(self, name: str) -> None:
        from planner.gui.scheme import apply_scheme

        self.settings.color_scheme = name
        self.settings.sync()
        apply_scheme(name)

    def show_preferences(self) -> None:
        from planner.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.window)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply_preferences()

    def apply_preferences(self) -> None:
        settings = self.settings
        self.session.autosaver.set_delay(settings.autosave_delay_ms)
        self.set_scheme(settings.color_scheme)
        for name in SCHEMES:
            self._scheme_action(name).setChecked(settings.color_scheme == name)
        self.sheet_actions.sync_page_size()

    # -- dialogs ---------------------------------------------------------------------

    def show_find(self) -> None:
        from planner.gui.dialogs.find import FindDialog

        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.session.store, self.guidance, self.window)
            self.find_dialog.jump.connect(self.go_to)
        self.session.save_pending()
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.focus_query()

    def go_to(self, interview_id: int, tab: str, kind: str, item_id: int, field: str) -> None:
        """Show a place found by Find: the interview, its tab, the item and the field."""
        if not self.session.store.exists(interview_id):
            self.session.tell("That interview has been deleted since.", 6000)
            if self.find_dialog is not None:
                self.find_dialog.run_search()
            return
        self.interviews.select(interview_id)
        self.tabs.show_place(tab, kind, item_id, field)

    def show_practice(self) -> None:
        from planner.gui.dialogs.practice import PracticeDialog

        session = self.session
        if session.current_id is None:
            return
        session.save_pending()
        dialog = PracticeDialog(session.store, session.current_id, self.settings, self.window)
        dialog.exec()
        session.changed_items(session.current_id, "question", None)  # ticked "practised"

    def show_backups(self) -> None:
        from planner.gui.dialogs.backups import BackupsDialog

        if self.data_dir is not None:
            BackupsDialog(self.data_dir, self.window).exec()

    def show_about(self) -> None:
        from planner.gui.about_dialog import AboutDialog

        AboutDialog(self.data_dir, self.window).exec()

    def show_about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self.window)
