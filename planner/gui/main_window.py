"""The main window: the list of interviews, the selected one's header, and its four tabs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QWidget,
)

from planner import APP_NAME
from planner.core.countdown import countdown
from planner.core.guidance import Guidance, default_guidance
from planner.core.model import EARLIEST_YEAR, LATEST_YEAR, TABS, Interview, Status
from planner.core.readiness import assess
from planner.gui import no_icon, safe_text
from planner.gui.autosave import Autosaver
from planner.gui.forms.ui_main_window import Ui_MainWindow
from planner.gui.interview_list import ID_ROLE, InterviewListModel
from planner.gui.prep_fields import PrepFields
from planner.gui.sheet_actions import SheetActions
from planner.gui.tabs import TabContext, TabPage
from planner.gui.tabs import expect as expect_tab
from planner.gui.tabs import impress as impress_tab
from planner.gui.tabs import likeable as likeable_tab
from planner.gui.tabs import reinforce as reinforce_tab
from planner.gui.widgets.notes_editor import NotesEditor
from planner.gui.widgets.two_line_delegate import TwoLineDelegate
from planner.resources import resource_path
from planner.settings import Settings
from planner.store import Store, StoreError

LIST_FIELDS = frozenset({"company", "role", "starts_at", "status"})
# QDateTimeEdit cannot be empty: its minimum stands for "no date yet".
UNSET_DATETIME = QDateTime(QDate(EARLIEST_YEAR - 1, 12, 31), QTime(0, 0))
DEFAULT_INTERVIEW_TIME = time(10, 0)
PAINT_WAIT_MS = 2000  # what waits for the first paint starts after this at the latest
CHANGES_BESIDE_MS = 3000  # how often to look for changes another program made


def to_qdatetime(value: datetime | None) -> QDateTime:
    if value is None:
        return UNSET_DATETIME
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime | None:
    if value <= UNSET_DATETIME:
        return None
    day, moment = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())


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


class MainWindow(QMainWindow):
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
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(APP_NAME)
        self.store = store
        self.settings = settings
        self.data_dir = data_dir
        self.current_id: int | None = None
        self._loading = False
        self._switching = False
        self._save_failed = False
        self._closed = False
        self._painted = False

        self.autosaver = Autosaver(settings.autosave_delay_ms, self)
        self.undo_stack = QUndoStack(self)
        self.backup_finished.connect(
            lambda problem: problem and self.statusBar().showMessage(problem, 10_000)
        )
        self.notes_editors: dict[str, NotesEditor] = {
            "expect": self.ui.expectNotes,
            "impress": self.ui.impressNotes,
            "reinforce": self.ui.reinforceNotes,
            "likeable": self.ui.likeableNotes,
        }
        self.model = InterviewListModel(self._readiness_of, self)
        self.ui.interviewList.setModel(self.model)
        self.ui.interviewList.setItemDelegate(TwoLineDelegate(self.ui.interviewList))
        self.ui.interviewList.selectionModel().currentChanged.connect(self._on_current_changed)

        self._set_up_look()
        self._set_up_actions()
        self._set_up_header()
        self._set_up_notes()
        self._set_up_tabs()
        self._set_up_edit_menu()
        self._set_up_status_bar()
        self.ui.actionBackups.triggered.connect(self.show_backups)
        self.sheet_actions = SheetActions(self, settings, self.current_interview)
        self.sheet_actions.add_to(self.ui.menuFile, self.ui.actionOpenExample)
        self._restore()

    # -- set-up ---------------------------------------------------------------

    def _set_up_look(self) -> None:
        for label, scale in ((self.ui.emptyTitle, 1.8), (self.ui.titleLabel, 1.45)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        heading = QFont(self.ui.listHeading.font())
        heading.setBold(True)
        self.ui.listHeading.setFont(heading)
        self.ui.countdownLabel.setFont(heading)
        section_title = QFont(heading)
        section_title.setPointSizeF(section_title.pointSizeF() * 1.15)
        for label in (
            self.ui.expectNotesTitle,
            self.ui.impressNotesTitle,
            self.ui.reinforceNotesTitle,
            self.ui.likeableNotesTitle,
        ):
            label.setFont(section_title)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([330, 770])  # room for "in 3 days · 84% ready"
        for button in (
            self.ui.emptyNewButton,
            self.ui.emptyExampleButton,
            self.ui.emptyImportButton,
        ):
            button.setMinimumHeight(button.sizeHint().height() + 8)
        self.ui.emptyPrivacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def _set_up_actions(self) -> None:
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
        ui.actionPreviousInterview.triggered.connect(lambda: self.step_interview(-1))
        ui.actionNextInterview.triggered.connect(lambda: self.step_interview(+1))
        ui.actionPreferences.triggered.connect(self.show_preferences)
        ui.actionFind.triggered.connect(self.show_find)
        ui.actionPractice.triggered.connect(self.show_practice)
        schemes = QActionGroup(self)
        for name, action in (
            ("system", ui.actionSchemeSystem),
            ("light", ui.actionSchemeLight),
            ("dark", ui.actionSchemeDark),
        ):
            schemes.addAction(action)
            action.setChecked(self.settings.color_scheme == name)
            action.triggered.connect(lambda _checked, name=name: self.set_scheme(name))
        for number, tab in enumerate(TABS):
            go = no_icon.action(tab.title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            go.triggered.connect(lambda _checked=False, n=number: self.show_tab(n))
            ui.menuView.addAction(go)
        ui.actionNew.triggered.connect(self.new_interview)
        ui.newButton.clicked.connect(self.new_interview)
        ui.emptyNewButton.clicked.connect(self.new_interview)
        ui.actionDuplicate.triggered.connect(self.duplicate_interview)
        ui.duplicateButton.clicked.connect(self.duplicate_interview)
        ui.actionDelete.triggered.connect(self.delete_interview)
        ui.deleteButton.clicked.connect(self.delete_interview)
        ui.actionImport.triggered.connect(self.import_file)
        ui.emptyImportButton.clicked.connect(self.import_file)
        ui.actionOpenExample.triggered.connect(self.open_example)
        ui.emptyExampleButton.clicked.connect(self.open_example)
        ui.actionExport.triggered.connect(self.export_file)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionAboutQt.triggered.connect(self.show_about_qt)
        # Del deletes only while the list has the focus; in a text field it deletes text.
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, ui.interviewList)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_interview)

    def _set_up_header(self) -> None:
        ui = self.ui
        for status in Status:
            ui.statusCombo.addItem(status.label, status.value)
        ui.whenEdit.setMinimumDateTime(UNSET_DATETIME)
        ui.whenEdit.setMaximumDateTime(QDateTime(QDate(LATEST_YEAR, 12, 31), QTime(23, 59)))
        ui.whenEdit.setSpecialValueText("Not set: pick a date")
        ui.whenEdit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        ui.whenEdit.installEventFilter(self)

        ui.companyEdit.textEdited.connect(lambda _: self._text_edited("company", ui.companyEdit))
        ui.roleEdit.textEdited.connect(lambda _: self._text_edited("role", ui.roleEdit))
        ui.locationEdit.textEdited.connect(lambda _: self._text_edited("location", ui.locationEdit))
        ui.companyEdit.textChanged.connect(self._update_title)
        ui.roleEdit.textChanged.connect(self._update_title)
        ui.whenEdit.dateTimeChanged.connect(self._when_edited)
        ui.whenEdit.dateTimeChanged.connect(
            lambda value: ui.clearDateButton.setEnabled(value > UNSET_DATETIME)
        )
        ui.clearDateButton.clicked.connect(self.clear_date)
        ui.statusCombo.currentIndexChanged.connect(self._status_edited)

    def _set_up_notes(self) -> None:
        for tab in TABS:
            editor = self.notes_editors[tab.key]
            editor.setPlaceholderText(
                "Anything else. Start a line with * and a space for a bulleted list; "
                "Ctrl+B for bold."
            )
            editor.textChanged.connect(lambda key=tab.key: self._notes_edited(key))

    def _set_up_tabs(self) -> None:
        ui = self.ui
        # The scrolling pages are not stops for Tab themselves; their fields are.
        for scroll in (ui.expectScroll, ui.impressScroll, ui.reinforceScroll, ui.likeableScroll):
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prep_fields = PrepFields(self.store, self.autosaver, self)
        self.tab_context = TabContext(
            self.store,
            self.autosaver,
            self.guidance,
            self.prep_fields,
            self,
            undo_stack=self.undo_stack,
            items_changed=self.items_changed,
        )
        self._page_parts = {
            "expect": (ui.expectSections, ui.expectGuide),
            "impress": (ui.impressSections, ui.impressGuide),
            "reinforce": (ui.reinforceSections, ui.reinforceGuide),
            "likeable": (ui.likeableSections, ui.likeableGuide),
        }
        self.tab_pages: dict[str, TabPage] = {}  # each made when its tab is first built
        # A tab's sections are built when it is first shown, and the others just after the
        # window's first paint, so that the window appears as soon as it can.
        self._built_tabs: set[str] = set()
        self._tab_steps: dict[str, Iterator[None]] = {}  # tabs partly built
        self._question_picker = None
        self.tab_context.ensure_built = self.finish_building
        ui.tabs.currentChanged.connect(
            lambda index: self.build_tab(TABS[index].key, fill_height=self.first_frame_height())
        )
        # The same people are edited on two tabs: show each tab the latest.
        ui.tabs.currentChanged.connect(lambda _index: self._sync_people())
        # Countdowns move with the clock.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    _TAB_BUILDERS: ClassVar[dict] = {
        "expect": expect_tab.build,
        "impress": impress_tab.build,
        "reinforce": reinforce_tab.build,
        "likeable": likeable_tab.build,
    }

    def build_tab(self, key: str, *, fill_height: int | None = None) -> None:
        """Build one tab's sections and show the current interview in them.

        With fill_height, stop once the sections built are that tall (the rest of the tab
        is below the fold at start-up); a later call builds the rest."""
        if key in self._built_tabs or self._closed:
            return
        context = self.tab_context
        steps = self._tab_steps.get(key)
        if steps is None:
            layout, guide = self._page_parts[key]
            page = self.tab_pages[key] = TabPage(key, layout, guide, self.guidance)
            steps = self._tab_steps[key] = self._TAB_BUILDERS[key](page, context)
        editors_before = len(context.item_editors)
        prep_before = set(self.prep_fields.editors)
        complete = False
        page = self.tab_pages[key]
        try:
            while fill_height is None or page.built_height() < fill_height:
                next(steps)
        except StopIteration as done:
            complete = True
            self._built_tabs.add(key)
            del self._tab_steps[key]
            if key == "expect":
                self._question_picker = done.value
        new_editors = context.item_editors[editors_before:]
        for editor in new_editors:
            editor.structure_changed.connect(self._structure_changed)
        if complete and self._painted:
            self._notes_last_in_tab_order(key)
        elif complete:  # it walks every widget of the window: not worth delaying the paint
            self.first_painted.connect(lambda: self._notes_last_in_tab_order(key))
        if self.current_id is None or self._loading:
            return
        self.autosaver.flush()  # what the new editors read must include every edit
        interview = self.store.get(self.current_id)
        for editor in new_editors:
            editor.load(interview.id, interview.items[editor.kind])
        for name, field_editor in self.prep_fields.editors.items():
            if name not in prep_before:
                field_editor.set_value(interview.prep.get(name))

    def _notes_last_in_tab_order(self, key: str) -> None:
        """The sections are added after the form made the notes field, so Qt would visit
        the notes first: put Tab back in the order a reader sees, the tab bar, then the
        sections from top to bottom, then the free notes."""
        notes = self.notes_editors[key]
        page = notes.parentWidget()
        ordered, widget = [], self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                widget is not notes
                and page.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                ordered.append(widget)
            widget = widget.nextInFocusChain()
        previous = self.ui.tabs.tabBar()
        for widget in [*ordered, notes]:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def painted(self) -> None:
        """The window is on screen: start what was left for later (once)."""
        if not self._painted:
            self._painted = True
            self._watch_changes_made_beside()
            self.first_painted.emit()

    def _watch_changes_made_beside(self) -> None:
        """Another program may change the data folder while the window is open (the
        command line's import): look when the app is activated, and every few seconds."""
        self._data_version: int | None = None
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
        if self._closed:
            return False
        try:
            version = self.store.data_version()
        except StoreError:
            return False  # the store reports its trouble where it is used
        known, self._data_version = self._data_version, version
        if known is None or version == known:
            return False
        self.refresh_list()
        if self.current_id is None or not self.store.exists(self.current_id):
            self.select(self.model.id_at(0) if self.model.rowCount() else None)
        self.statusBar().showMessage("Brought up to date with changes made outside.", 5000)
        return True

    def finish_building(self) -> None:
        for tab in TABS:
            self.build_tab(tab.key)

    @property
    def question_picker(self):
        self.build_tab("expect")
        return self._question_picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
            return False
        return self._date_event_filter(watched, event)

    def _set_up_edit_menu(self) -> None:
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _set_up_status_bar(self) -> None:
        self.undo_notice = QWidget(self)
        self.undo_notice_label = QLabel(self.undo_notice)
        self.undo_notice_label.setTextFormat(Qt.TextFormat.PlainText)  # it names user text
        self.undo_button = no_icon.button("Undo", self.undo_notice)
        self.undo_button.setAccessibleName("Undo the deletion")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_button.clicked.connect(self.undo_notice.hide)
        from PySide6.QtWidgets import QHBoxLayout

        notice_layout = QHBoxLayout(self.undo_notice)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(self.undo_notice_label)
        notice_layout.addWidget(self.undo_button)
        self.statusBar().addWidget(self.undo_notice)
        self.undo_notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(12_000)
        self._notice_timer.timeout.connect(self.undo_notice.hide)

        self.save_state = QLabel(self)
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)  # errors name paths
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName("Save state")
        self.statusBar().addPermanentWidget(self.save_state)
        self.autosaver.saving.connect(lambda: self.save_state.setText("Saving…"))
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)

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
        self.build_tab(TABS[tab].key, fill_height=self.first_frame_height())
        self.refresh_list()
        wanted = settings.selected_interview
        if wanted is None or self.model.row_of(wanted) is None:
            wanted = self.model.id_at(0)
        self.select(wanted)
        self.ui.tabs.setCurrentIndex(tab)
        self.first_painted.connect(self.finish_building)
        self.installEventFilter(self)
        # A window that is not painted at once (started minimised, on another desktop)
        # still finishes starting.
        QTimer.singleShot(PAINT_WAIT_MS, self.painted)

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

    # -- the list -------------------------------------------------------------

    def refresh_list(self) -> None:
        self.model.set_summaries(self.store.summaries())
        has_any = self.model.rowCount() > 0
        for widget in (
            self.ui.actionDuplicate,
            self.ui.actionDelete,
            self.ui.duplicateButton,
            self.ui.deleteButton,
            self.ui.actionExport,
        ):
            widget.setEnabled(has_any)
        if hasattr(self, "sheet_actions"):
            self.sheet_actions.set_enabled(has_any)
        if not has_any:
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)

    def select(self, interview_id: int | None) -> None:
        row = None if interview_id is None else self.model.row_of(interview_id)
        if row is None:
            self._show(None)
            return
        index = self.model.index(row)
        self.ui.interviewList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.interviewList.scrollTo(index)
        if self.current_id != interview_id:
            self._show(interview_id)

    def _on_current_changed(self, current, _previous) -> None:
        interview_id = current.data(ID_ROLE) if current.isValid() else None
        if interview_id != self.current_id:
            self._show(interview_id)

    def _show(self, interview_id: int | None) -> None:
        """Put an interview in the editors, keeping what the previous one had pending."""
        self._switching = True  # the save below must not pull the selection back
        try:
            self._save_pending()
        finally:
            self._switching = False
        self.current_id = interview_id
        if interview_id is None:
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)
            return
        try:
            interview = self.store.get(interview_id)
        except KeyError:
            self.current_id = None
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)
            return
        self._load(interview)
        self.ui.pages.setCurrentWidget(self.ui.interviewPage)

    def _load(self, interview: Interview) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.companyEdit.setText(interview.company)
            ui.roleEdit.setText(interview.role)
            ui.locationEdit.setText(interview.location)
            ui.whenEdit.setDateTime(to_qdatetime(interview.starts_at))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(interview.status.value))
            # setHtml also empties the field's undo history and puts the cursor at the start.
            for key, editor in self.notes_editors.items():
                editor.setHtml(interview.notes.get(key, ""))
            self.tab_context.load(interview)
        finally:
            self._loading = False
        self._update_title()
        self._show_readiness(interview)

    def _save_pending(self) -> bool:
        """Everything typed so far, written now: open in-place editors, then pending fields."""
        focus = QApplication.focusWidget()
        viewport = focus.parentWidget() if focus is not None else None
        view = viewport.parentWidget() if viewport is not None else None
        if isinstance(view, QAbstractItemView) and focus is not view:
            # An item being renamed in place: hand its text to the model first.
            view.commitData(focus)
        self.autosaver.freeze()
        return self.autosaver.flush()

    # -- readiness and countdown -------------------------------------------------

    def current_interview(self) -> Interview | None:
        """The selected interview as stored, with every edit so far saved first."""
        if self.current_id is None:
            return None
        self._save_pending()
        return self.store.get(self.current_id)

    def _readiness_of(self, interview_id: int) -> int:
        return assess(self.store.get(interview_id)).overall

    def _show_readiness(self, interview: Interview) -> None:
        readiness = assess(interview)
        ui = self.ui
        ui.readinessBar.setValue(readiness.overall)
        step = readiness.next_step
        ui.nextStepLabel.setText(f"Next: {step}" if step else "Everything is in place. Good luck!")
        ui.nextStepLabel.setToolTip(safe_text.tooltip(ui.nextStepLabel.text()))
        for index, tab in enumerate(TABS):
            ui.tabs.setTabText(index, f"{tab.title}  {readiness.percent(tab.key)}%")
            ui.tabs.setTabToolTip(index, f"{tab.title}: {readiness.percent(tab.key)}% ready")
        self.model.set_readiness(interview.id, readiness.overall)
        self._show_countdown(interview.starts_at)

    def _show_countdown(self, starts_at: datetime | None) -> None:
        words = countdown(starts_at, datetime.now())
        self.ui.countdownLabel.setText(words[:1].upper() + words[1:])

    def refresh_readiness(self) -> None:
        if self.current_id is not None and self.store.exists(self.current_id):
            self._show_readiness(self.store.get(self.current_id))

    def _tick(self) -> None:
        self._show_countdown(from_qdatetime(self.ui.whenEdit.dateTime()))
        self.ui.interviewList.viewport().update()

    def _structure_changed(self, kind: str) -> None:
        if kind == "person":
            self._sync_people()
        self.refresh_readiness()

    def _sync_people(self) -> None:
        if self.current_id is None or not self.autosaver.flush():
            return  # reloading now would show older values than the ones still unsaved
        for editor in self.tab_context.editors_of("person", build=False):
            editor.reload()

    # -- editing --------------------------------------------------------------

    def _text_edited(self, field: str, edit) -> None:
        if self._loading or self.current_id is None:
            return
        interview_id = self.current_id
        self.autosaver.schedule(
            (interview_id, field),
            edit.text,
            lambda value: self.store.set_text(interview_id, field, value),
        )

    def _when_edited(self, _value: QDateTime) -> None:
        if self._loading or self.current_id is None:
            return
        interview_id = self.current_id
        self.autosaver.schedule(
            (interview_id, "starts_at"),
            lambda: from_qdatetime(self.ui.whenEdit.dateTime()),
            lambda value: self.store.set_starts_at(interview_id, value),
        )

    def _status_edited(self, _index: int) -> None:
        if self._loading or self.current_id is None:
            return
        interview_id = self.current_id
        self.autosaver.schedule(
            (interview_id, "status"),
            lambda: Status(self.ui.statusCombo.currentData()),
            lambda value: self.store.set_status(interview_id, value),
        )

    def _notes_edited(self, tab: str) -> None:
        if self._loading or self.current_id is None:
            return
        interview_id = self.current_id
        editor = self.notes_editors[tab]
        self.autosaver.schedule(
            (interview_id, "notes", tab),
            # An empty editor still holds HTML boilerplate; store it as empty.
            lambda: editor.toHtml() if not editor.document().isEmpty() else "",
            lambda value: self.store.set_notes(interview_id, tab, value),
        )

    def _date_event_filter(self, watched: QObject, event: QEvent) -> bool:
        # Opening the calendar, or starting to type a date, in an unset date field begins
        # from tomorrow at 10:00 rather than from the "unset" year. Other keys (Tab, Esc,
        # Shift) leave it unset.
        if watched is self.ui.whenEdit and self.ui.whenEdit.dateTime() <= UNSET_DATETIME:
            kind = event.type()
            starts_editing = kind == QEvent.Type.MouseButtonPress or (
                kind == QEvent.Type.KeyPress
                and (
                    event.text().isdigit()
                    or event.key()
                    in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
                )
            )
            if starts_editing:
                tomorrow = date.today() + timedelta(days=1)
                self.ui.whenEdit.setDateTime(
                    to_qdatetime(datetime.combine(tomorrow, DEFAULT_INTERVIEW_TIME))
                )
        return super().eventFilter(watched, event)

    def clear_date(self) -> None:
        self.ui.whenEdit.setDateTime(UNSET_DATETIME)

    def _update_title(self) -> None:
        draft = Interview(company=self.ui.companyEdit.text(), role=self.ui.roleEdit.text())
        self.ui.titleLabel.setText(draft.title)

    def _on_saved(self) -> None:
        self.save_state.setText("Saved")
        if self._save_failed:
            self._save_failed = False
            self.statusBar().showMessage("Saved again: nothing was lost.", 6000)
        # Only the header's fields show in the list: re-read it only when one of them was
        # saved (with years of interviews, reading the whole list takes a while).
        if any(len(key) == 2 and key[1] in LIST_FIELDS for key in self.autosaver.last_saved):
            self.refresh_list()
        self.refresh_readiness()
        if self.current_id is not None and not self._switching:
            # A new date may have moved the interview in the list: keep it selected.
            row = self.model.row_of(self.current_id)
            if row is not None and self.ui.interviewList.currentIndex().row() != row:
                self.select(self.current_id)

    def _on_save_failed(self, message: str) -> None:
        self._save_failed = True
        text = message[:1].upper() + message[1:]
        self.save_state.setText(text)
        self.statusBar().showMessage(f"{text}. Your text is kept and will be saved when possible.")

    # -- commands -------------------------------------------------------------

    def show_about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self)

    def _report(self, title: str, error: Exception) -> None:
        from planner.gui.safe_text import warn

        warn(self, title, str(error))

    def new_interview(self) -> None:
        self._save_pending()
        try:
            from planner.core.starter import starter_interview

            interview_id = self.store.create(starter_interview(self.guidance))
        except StoreError as error:
            self._report("Could not create the interview", error)
            return
        self.refresh_list()
        self.select(interview_id)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.companyEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.statusBar().showMessage("New interview: start with the company and the role.", 5000)

    def duplicate_interview(self) -> None:
        if self.current_id is None:
            return
        self._save_pending()
        try:
            copy_id = self.store.duplicate(self.current_id)
        except StoreError as error:
            self._report("Could not duplicate the interview", error)
            return
        self.refresh_list()
        self.select(copy_id)
        self.ui.companyEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage("Duplicated: the copy is selected.", 5000)

    def delete_interview(self) -> None:
        if self.current_id is None:
            return
        self._save_pending()
        snapshot = self.store.get(self.current_id)
        if not confirm_delete(self, snapshot.title):
            return
        self._deleted_row = self.model.row_of(snapshot.id) or 0
        from planner.gui.undo import DeleteInterviewCommand

        self.undo_stack.push(
            DeleteInterviewCommand(
                self.store,
                snapshot,
                removed=self._interview_removed,
                restored=self._interview_restored,
                report=self._report,
                save_pending=self._save_pending,
            )
        )

    def _interview_removed(self, interview_id: int, title: str) -> None:
        row = getattr(self, "_deleted_row", 0)
        if self.current_id == interview_id:
            self.current_id = None
        self.refresh_list()
        self.select(self.model.id_at(min(row, self.model.rowCount() - 1)))
        self.show_undo_notice(f"Deleted “{title}”.")

    def _interview_restored(self, interview_id: int) -> None:
        self.refresh_list()
        self.select(interview_id)
        self.undo_notice.hide()
        self.statusBar().showMessage("Brought back.", 4000)

    def show_undo_notice(self, text: str) -> None:
        self.undo_notice_label.setText(text)
        self.undo_notice.show()
        self._notice_timer.start()

    def items_changed(self, interview_id: int, kind: str, select_item_id: int | None) -> None:
        """A list changed (an edit, its undo or redo): show that interview and list as they are."""
        if self.current_id != interview_id:
            self.select(interview_id)
        for editor in self.tab_context.editors_of(kind, build=False):
            editor.reload()
            if select_item_id is not None:
                editor.select_item(select_item_id)
        if kind == "person":
            self._sync_people()
        self.refresh_readiness()

    def open_example(self) -> int | None:
        """Show the worked example, adding it first if it is not in the list yet."""
        self._save_pending()
        from planner.core import exchange

        data = resource_path("examples", "example-interview.json").read_bytes()
        (example,) = exchange.read_export(data)
        for summary in self.store.summaries():
            if (summary.company, summary.role) == (example.company, example.role):
                self.select(summary.id)
                return summary.id
        # Three days from now, at the example's hour: so the countdown reads as it would.
        if example.starts_at is not None:
            soon = date.today() + timedelta(days=3)
            example.starts_at = datetime.combine(soon, example.starts_at.time())
        try:
            (interview_id,) = self.store.add_many([example])
        except StoreError as error:
            self._report("Could not open the example", error)
            return None
        self.refresh_list()
        self.select(interview_id)
        self.statusBar().showMessage(
            "The example is yours to explore and change; delete it whenever you like.", 8000
        )
        return interview_id

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # costly to load: only when needed

        path, _ = QFileDialog.getOpenFileName(
            self, "Import interviews", str(Path.home()), "Interview exports (*.json);;All files (*)"
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> list[int]:
        from planner.transfer import TransferError, import_from

        self._save_pending()
        try:
            new_ids = import_from(self.store, path)
        except TransferError as error:
            self._report("Could not import", error)
            return []
        self.refresh_list()
        if new_ids:
            self.select(new_ids[0])
        self.statusBar().showMessage(f"Imported {len(new_ids)} interview(s).", 5000)
        return new_ids

    def export_file(self) -> None:
        suggested = Path.home() / f"second-interviews-{date.today():%Y-%m-%d}.json"
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, "Export all interviews", str(suggested), "Interview exports (*.json)"
        )
        if not path:
            return
        self._save_pending()
        from planner.transfer import TransferError, export_to

        try:
            count = export_to(self.store, Path(path))
        except TransferError as error:
            self._report("Could not export", error)
            return
        self.statusBar().showMessage(f"Exported {count} interview(s) to {path}.", 8000)

    def show_tab(self, index: int) -> None:
        """Ctrl+1…4: show a tab and put the keyboard focus on its first field."""
        self.ui.tabs.setCurrentIndex(index)
        page = self.ui.tabs.currentWidget()
        widget = self.ui.tabs.tabBar().nextInFocusChain()
        while widget is not None and widget is not self.ui.tabs.tabBar():
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def step_interview(self, step: int) -> None:
        """Ctrl+PgUp / Ctrl+PgDown: the previous or next interview in the list."""
        if self.current_id is None:
            return
        row = self.model.row_of(self.current_id)
        target = self.model.id_at((row or 0) + step)
        if target is not None:
            self.select(target)

    def set_scheme(self, name: str) -> None:
        from planner.gui.scheme import apply_scheme

        self.settings.color_scheme = name
        self.settings.sync()
        apply_scheme(name)

    def show_preferences(self) -> None:
        from planner.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply_preferences()

    def apply_preferences(self) -> None:
        settings = self.settings
        self.autosaver.set_delay(settings.autosave_delay_ms)
        self.set_scheme(settings.color_scheme)
        for name, action in (
            ("system", self.ui.actionSchemeSystem),
            ("light", self.ui.actionSchemeLight),
            ("dark", self.ui.actionSchemeDark),
        ):
            action.setChecked(settings.color_scheme == name)
        self.sheet_actions.sync_page_size()

    def show_find(self) -> None:
        from planner.gui.dialogs.find import FindDialog

        if getattr(self, "_find_dialog", None) is None:
            self._find_dialog = FindDialog(self.store, self.guidance, self)
            self._find_dialog.jump.connect(self.go_to)
        self._save_pending()
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.activateWindow()
        self._find_dialog.focus_query()

    def go_to(self, interview_id: int, tab: str, kind: str, item_id: int, field: str) -> None:
        """Show a place found by Find: the interview, its tab, the item and the field."""
        if not self.store.exists(interview_id):
            self.statusBar().showMessage("That interview has been deleted since.", 6000)
            if getattr(self, "_find_dialog", None) is not None:
                self._find_dialog.run_search()
            return
        self.select(interview_id)
        keys = [t.key for t in TABS]
        if tab in keys:
            self.build_tab(tab)
            self.ui.tabs.setCurrentIndex(keys.index(tab))
        widget = None
        if kind == "header":
            widget = {
                "company": self.ui.companyEdit,
                "role": self.ui.roleEdit,
                "location": self.ui.locationEdit,
            }.get(field)
        elif kind == "notes":
            widget = self.notes_editors.get(tab)
        elif kind == "prep":
            editor = self.prep_fields.editors.get(field)
            widget = editor.widget if editor else None
        else:
            page = self.ui.tabs.currentWidget()
            for editor in self.tab_context.editors_of(kind, build=False):
                if page.isAncestorOf(editor) and field in editor.editors:
                    editor.select_item(item_id)
                    field_editor = editor.editors.get(field)
                    widget = field_editor.widget if field_editor else editor.ui.itemList
                    break
        if widget is not None:
            scroll = self.ui.tabs.currentWidget().findChild(QScrollArea)
            if scroll is not None:
                scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_practice(self) -> None:
        from planner.gui.dialogs.practice import PracticeDialog

        if self.current_id is None:
            return
        self._save_pending()
        dialog = PracticeDialog(self.store, self.current_id, self.settings, self)
        dialog.exec()
        for editor in self.tab_context.editors_of("question", build=False):
            editor.reload()
        self.refresh_readiness()

    def bring_to_front(self) -> None:
        """Another launch on the same data folder asked to see this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_backups(self) -> None:
        from planner.gui.dialogs.backups import BackupsDialog

        if self.data_dir is not None:
            BackupsDialog(self.data_dir, self).exec()

    def restore_backup(self, path: Path) -> bool:
        """Replace everything with a backup's content (the current state is backed up first)."""
        if self.data_dir is None:
            return False
        self._save_pending()
        from planner.store.backups import BackupError

        try:
            self.store.restore(path, self.data_dir)
        except (BackupError, StoreError) as error:
            self._report("Could not restore the backup", error)
            return False
        self.undo_stack.clear()
        self.current_id = None
        self.refresh_list()
        self.select(self.model.id_at(0))
        self.statusBar().showMessage("Restored. What you had before is in Help > Backups.", 10_000)
        return True

    def offer_recovery(self, damaged: Path) -> None:
        """The database could not be read at start-up and was set aside: offer a backup."""
        from PySide6.QtWidgets import QMessageBox

        from planner.gui.safe_text import message
        from planner.store.backups import is_sound, list_backups

        good = [b for b in list_backups(self.data_dir) if is_sound(b.path)] if self.data_dir else []
        details = f"It has been moved aside, not deleted, to:\n{damaged}"
        title = "Your planner could not be read"
        text = "The database file was damaged, so the app could not read it."
        if not good:
            informative = f"{details}\n\nThere is no backup to restore; you start empty."
            message(self, QMessageBox.Icon.Warning, title, text, informative).exec()
            return
        from planner.gui.dialogs.backups import when_text

        newest = good[0]
        informative = (
            f"{details}\n\nThe newest good backup is from {when_text(newest)} "
            f"({newest.reason_text}). Restore it now?"
        )
        box = message(self, QMessageBox.Icon.Warning, title, text, informative)
        restore = box.addButton("Restore This Backup", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Start Empty", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup(newest.path)

    def show_about(self) -> None:
        from planner.gui.about_dialog import AboutDialog

        AboutDialog(self.data_dir, self).exec()

    # -- closing --------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self._save_pending():
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
        self._closed = True  # nothing deferred may touch the store after this
        event.accept()

    def save_before_quit(self) -> None:
        self._save_pending()
        self.save_session()

    def save_session(self) -> None:
        settings = self.settings
        settings.window_geometry = self.saveGeometry()
        settings.splitter_state = self.ui.splitter.saveState()
        settings.selected_interview = self.current_id
        settings.current_tab = self.ui.tabs.currentIndex()
        settings.sync()
