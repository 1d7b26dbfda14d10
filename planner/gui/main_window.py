"""The main window: it composes the parts that listen to the editing session (the header,
the list of interviews, the tabs, the actions, the status bar) and owns only what is the
window's own: its look, its geometry and the session it restores and saves, its first
paint, and closing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QMainWindow, QWidget

from planner import APP_NAME
from planner.core.guidance import Guidance, default_guidance
from planner.core.model import TABS
from planner.gui.actions import WindowActions
from planner.gui.forms.ui_main_window import Ui_MainWindow
from planner.gui.header import UNSET_DATETIME, Header
from planner.gui.interview_list import InterviewListPanel
from planner.gui.session import EditingSession
from planner.gui.status_bar import StatusBar
from planner.gui.tab_set import TabSet
from planner.gui.window_commands import WindowParts
from planner.settings import Settings
from planner.store import Store

__all__ = ["UNSET_DATETIME", "MainWindow"]

PAINT_WAIT_MS = 2000  # what waits for the first paint starts after this at the latest


class MainWindow(QMainWindow):
    """The window's public surface, for app.py, the backups dialog and the tests: the
    session's store, autosaver and current_id; the parts (header, interviews, tabs,
    actions, status) and a few of their widgets and commands, named below."""

    # The day's backup, taken on another thread, reports here ("" when all went well).
    backup_finished = Signal(str)
    # Once, when the window has first been painted: work that can wait starts then.
    first_painted = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
        *,
        guidance: Guidance | None = None,
    ) -> None:
        super().__init__(parent)
        self.guidance = guidance or default_guidance()
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setWindowTitle(APP_NAME)
        self.settings = settings
        self.data_dir = data_dir
        self._painted = False

        self.session = session = EditingSession(store, settings.autosave_delay_ms, self)
        self.status = StatusBar(self.statusBar(), session)
        self._set_up_look()
        self.header = Header(ui, session, self)
        self.interviews = InterviewListPanel(ui, session, self)
        self.tabs = TabSet(ui, session, self.guidance, self, fold=self.first_frame_height)
        self.action_set = WindowActions(
            WindowParts(
                self, ui, session, self.interviews, self.tabs, settings, self.guidance, data_dir
            )
        )
        session.current_changed.connect(
            lambda interview: ui.pages.setCurrentWidget(
                ui.emptyPage if interview is None else ui.interviewPage
            )
        )
        session.problem.connect(self._warn)
        self.backup_finished.connect(
            lambda problem: problem and self.statusBar().showMessage(problem, 10_000)
        )
        self._expose()
        self._restore()

    def _expose(self) -> None:
        """The commands and widgets that others call on the window itself."""
        actions, status = self.action_set, self.status
        commands = actions.commands
        self.store = self.session.store
        self.autosaver = self.session.autosaver
        self.undo_stack = self.session.undo_stack
        self.model = self.interviews.model
        self.select = self.interviews.select
        self.show_changes_made_beside = self.interviews.show_changes_made_beside
        self.notes_editors = self.tabs.notes_editors
        self.prep_fields = self.tabs.prep_fields
        self.tab_context = self.tabs.context
        self.tab_pages = self.tabs.pages
        self.question_picker = self.tabs.context.question_picker
        self.finish_building = self.tabs.finish_building
        self.sheet_actions = actions.sheet_actions
        self.undo_action, self.redo_action = actions.undo_action, actions.redo_action
        self.show_find, self.go_to = actions.show_find, actions.go_to
        self.show_practice, self.set_scheme = actions.show_practice, actions.set_scheme
        self.apply_preferences = actions.apply_preferences
        self.new_interview = commands.new_interview
        self.delete_interview = commands.delete_interview
        self.open_example = commands.open_example
        self.import_path = commands.import_path
        self.restore_backup = commands.restore_backup
        self.offer_recovery = commands.offer_recovery
        self.refresh_readiness = self.session.refresh_readiness
        self.save_state = status.save_state
        self.undo_notice, self.undo_notice_label = status.undo_notice, status.undo_notice_label
        self.undo_button = status.undo_button

    @property
    def current_id(self) -> int | None:
        return self.session.current_id

    def _warn(self, title: str, text: str) -> None:
        from planner.gui.safe_text import warn

        warn(self, title, text)

    # -- the look -------------------------------------------------------------------

    def _set_up_look(self) -> None:
        ui = self.ui
        for label, scale in ((ui.emptyTitle, 1.8), (ui.titleLabel, 1.45)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        heading = QFont(ui.listHeading.font())
        heading.setBold(True)
        ui.listHeading.setFont(heading)
        ui.countdownLabel.setFont(heading)
        section_title = QFont(heading)
        section_title.setPointSizeF(section_title.pointSizeF() * 1.15)
        for tab in TABS:
            getattr(ui, f"{tab.key}NotesTitle").setFont(section_title)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([330, 770])  # room for "in 3 days · 84% ready"
        for button in (ui.emptyNewButton, ui.emptyExampleButton, ui.emptyImportButton):
            button.setMinimumHeight(button.sizeHint().height() + 8)
        ui.emptyPrivacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    # -- starting -------------------------------------------------------------------

    def _restore(self) -> None:
        settings = self.settings
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        self._fit_to_screen()
        if settings.splitter_state is not None:
            self.ui.splitter.restoreState(settings.splitter_state)
        tab = max(0, min(settings.current_tab, len(TABS) - 1))
        # Only what the first frame shows: the sections of the tab shown down to the
        # window's height (the screen's, maximised); the rest of it, and the other tabs,
        # after the first paint.
        self.tabs.build(TABS[tab].key, fill_height=self.first_frame_height())
        self.interviews.refresh()
        wanted = settings.selected_interview
        if wanted is None or self.model.row_of(wanted) is None:
            wanted = self.model.id_at(0)
        self.select(wanted)
        self.ui.tabs.setCurrentIndex(tab)
        self.first_painted.connect(self.tabs.finish_building)
        self.installEventFilter(self)
        # A window that is not painted at once (started minimised, on another desktop)
        # still finishes starting.
        QTimer.singleShot(PAINT_WAIT_MS, self.painted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        """The window is on screen: start what was left for later (once)."""
        if not self._painted:
            self._painted = True
            self.interviews.watch_changes_made_beside()
            self.first_painted.emit()

    def first_frame_height(self) -> int | None:
        """Before the first paint, how tall the first frame can be (a tab's sections below
        that are built after it); None once the window is painted."""
        if self._painted:
            return None
        if self.isMaximized() or self.isFullScreen():
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                return screen.geometry().height()
        return self.height()

    def _fit_to_screen(self) -> None:
        """Never larger than the screen (a smaller monitor, a larger scale factor)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width = min(self.width(), int(available.width() * 0.95))
        height = min(self.height(), int(available.height() * 0.92))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(available.center() - self.rect().center())

    def bring_to_front(self) -> None:
        """Another launch on the same data folder asked to see this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.save_pending():
            from PySide6.QtWidgets import QMessageBox

            from planner.gui.safe_text import message

            box = message(
                self,
                QMessageBox.Icon.Warning,
                "Changes not saved",
                f"Some changes could not be saved: {self.autosaver.last_error}.\n\n"
                "Quit anyway and lose them?",
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_session()
        self.session.closed = True  # nothing deferred may touch the store after this
        event.accept()

    def save_before_quit(self) -> None:
        self.session.save_pending()
        self.save_session()

    def save_session(self) -> None:
        settings = self.settings
        settings.window_geometry = self.saveGeometry()
        settings.splitter_state = self.ui.splitter.saveState()
        settings.selected_interview = self.current_id
        settings.current_tab = self.ui.tabs.currentIndex()
        settings.sync()
