"""The four tabs that core declares (model.TABS): each built when first needed, kept in
Tab order, loaded with the session's interview, and titled with its readiness.

A tab's sections are built when it is first shown, down to the window's height before the
first paint (each tab's build() yields after a section); the rest of it, and the other
tabs, once the window has been painted (finish_building)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from planner.core.guidance import Guidance
from planner.core.model import TABS, Interview
from planner.core.readiness import Readiness
from planner.gui.forms.ui_main_window import Ui_MainWindow
from planner.gui.prep_fields import PrepFields
from planner.gui.session import EditingSession, EditKey
from planner.gui.tabs import TabContext, TabPage
from planner.gui.widgets.notes_editor import NotesEditor

TAB_KEYS = [tab.key for tab in TABS]
_DONE = object()


class TabSet(QObject):
    def __init__(
        self,
        ui: Ui_MainWindow,
        session: EditingSession,
        guidance: Guidance,
        root: QWidget,
        *,
        fold: Callable[[], int | None],
    ) -> None:
        super().__init__(root)
        self.ui = ui
        self.session = session
        self.root = root  # the window: the Tab order runs through its focus chain
        self.fold = fold  # how tall the first frame is; None once painted
        self._loading = False
        self.notes_editors: dict[str, NotesEditor] = {
            key: getattr(ui, f"{key}Notes") for key in TAB_KEYS
        }
        for key, editor in self.notes_editors.items():
            editor.setPlaceholderText(
                "Anything else. Start a line with * and a space for a bulleted list; "
                "Ctrl+B for bold."
            )
            editor.textChanged.connect(lambda key=key: self._notes_edited(key))
            # The scrolling pages are not stops for Tab themselves; their fields are.
            getattr(ui, f"{key}Scroll").setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prep_fields = PrepFields(session)
        self.context = TabContext(
            session,
            guidance,
            self.prep_fields,
            dialog_parent=root,
            practice=ui.actionPractice,
        )
        self.pages: dict[str, TabPage] = {}  # each made when its tab is first built
        self._built: set[str] = set()
        self._steps: dict[str, Iterator[None]] = {}  # tabs partly built
        self._painted = False
        ui.tabs.currentChanged.connect(
            lambda index: self.build(TAB_KEYS[index], fill_height=self.fold())
        )
        # The same people are edited on two tabs: show each tab the latest.
        ui.tabs.currentChanged.connect(lambda _index: self._sync_people())
        session.current_changed.connect(self._load)
        session.readiness_changed.connect(self._show_readiness)

    # -- building -------------------------------------------------------------------

    def build(self, key: str, *, fill_height: int | None = None) -> None:
        """Build one tab's sections and show the current interview in them.

        With fill_height, stop once the sections built are that tall (the rest of the tab
        is below the fold at start-up); a later call builds the rest."""
        if key in self._built or self.session.closed:
            return
        context = self.context
        steps = self._steps.get(key)
        if steps is None:
            page = self.pages[key] = TabPage(
                key,
                getattr(self.ui, f"{key}Sections"),
                getattr(self.ui, f"{key}Guide"),
                context.guidance,
            )
            module = import_module(f"planner.gui.tabs.{key}")
            steps = self._steps[key] = module.build(page, context)
        editors_before = len(context.item_editors)
        prep_before = set(self.prep_fields.editors)
        page = self.pages[key]
        while fill_height is None or page.built_height() < fill_height:
            if next(steps, _DONE) is _DONE:
                break
        else:
            steps = None  # stopped at the fold
        if steps is not None:
            self._built.add(key)
            del self._steps[key]
            if self._painted:  # it walks every widget of the window: not before the paint
                self._notes_last_in_tab_order(key)
        session = self.session
        if session.current_id is None or self._loading:
            return
        session.autosaver.flush()  # what the new editors read must include every edit
        interview = session.store.get(session.current_id)
        for editor in context.item_editors[editors_before:]:
            editor.load(interview.id, interview.items[editor.kind])
        for name, field_editor in self.prep_fields.editors.items():
            if name not in prep_before:
                field_editor.set_value(interview.prep.get(name))

    def finish_building(self) -> None:
        """After the first paint: the rest of every tab, and the Tab order of those built."""
        first = not self._painted
        self._painted = True
        for key in TAB_KEYS:
            if first and key in self._built:
                self._notes_last_in_tab_order(key)
            self.build(key)

    def _notes_last_in_tab_order(self, key: str) -> None:
        """The sections are added after the form made the notes field, so Qt would visit
        the notes first: put Tab back in the order a reader sees, the tab bar, then the
        sections from top to bottom, then the free notes."""
        notes = self.notes_editors[key]
        page = notes.parentWidget()
        ordered, widget = [], self.root.nextInFocusChain()
        while widget is not None and widget is not self.root:
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

    # -- showing the interview --------------------------------------------------------

    def _load(self, interview: Interview | None) -> None:
        if interview is None:
            return
        self._loading = True
        try:
            # setHtml also empties the field's undo history and puts the cursor at the start.
            for key, editor in self.notes_editors.items():
                editor.setHtml(interview.notes.get(key, ""))
            self.prep_fields.load(interview)
            for editor in self.context.item_editors:
                editor.load(interview.id, interview.items[editor.kind])
        finally:
            self._loading = False

    def _notes_edited(self, tab: str) -> None:
        session = self.session
        if self._loading or session.current_id is None:
            return
        interview_id, store = session.current_id, session.store
        editor = self.notes_editors[tab]
        session.schedule(
            EditKey("notes", interview_id, tab),
            # An empty editor still holds HTML boilerplate; store it as empty.
            lambda: editor.toHtml() if not editor.document().isEmpty() else "",
            lambda value: store.set_notes(interview_id, tab, value),
        )

    def _show_readiness(self, _interview: Interview, readiness: Readiness) -> None:
        for index, tab in enumerate(TABS):
            self.ui.tabs.setTabText(index, f"{tab.title}  {readiness.percent(tab.key)}%")
            self.ui.tabs.setTabToolTip(index, f"{tab.title}: {readiness.percent(tab.key)}% ready")

    def _sync_people(self) -> None:
        if self.session.current_id is None or not self.session.autosaver.flush():
            return  # reloading now would show older values than the ones still unsaved
        for editor in self.context.editors_of("person"):
            editor.reload()

    # -- moving around ------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        """Ctrl+1…4: show a tab and put the keyboard focus on its first field."""
        tabs = self.ui.tabs
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        widget = tabs.tabBar().nextInFocusChain()
        while widget is not None and widget is not tabs.tabBar():
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def show_place(self, tab: str, kind: str, item_id: int, field: str) -> None:
        """Show a place Find found in the current interview: its tab, item and field."""
        ui = self.ui
        if tab in TAB_KEYS:
            self.build(tab)
            ui.tabs.setCurrentIndex(TAB_KEYS.index(tab))
        widget = None
        if kind == "header":
            widget = {
                "company": ui.companyEdit,
                "role": ui.roleEdit,
                "location": ui.locationEdit,
            }.get(field)
        elif kind == "notes":
            widget = self.notes_editors.get(tab)
        elif kind == "prep":
            editor = self.prep_fields.editors.get(field)
            widget = editor.widget if editor else None
        else:
            page = ui.tabs.currentWidget()
            for editor in self.context.editors_of(kind):
                if page.isAncestorOf(editor) and field in editor.editors:
                    editor.select_item(item_id)
                    field_editor = editor.editors.get(field)
                    widget = field_editor.widget if field_editor else editor.ui.itemList
                    break
        if widget is not None:
            scroll = ui.tabs.currentWidget().findChild(QScrollArea)
            if scroll is not None:
                scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
