"""The editing session: the open store, what is still to be saved, what can be undone, and
the interview being edited.

Every edit goes through here: a field schedules its save with one EditKey, an undoable
command acts on the store and tells the session which list changed. The parts of the
window (the header, the list of interviews, the tabs, the status bar) listen to the
session's signals and refresh themselves; none of them calls another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication

from planner.core.model import Interview
from planner.core.readiness import assess
from planner.gui.autosave import Autosaver
from planner.store import Store

# The header's fields that the list of interviews shows.
LIST_FIELDS = frozenset({"company", "role", "starts_at", "status"})


class EditKey(NamedTuple):
    """What one pending save writes: one field of an interview, or of one of its items.

    part is "header" (name: a column such as "company"), "notes" (name: the tab),
    "prep" (name: the answer, e.g. "key_message_1") or "item" (name: the item's field)."""

    part: str
    interview_id: int
    name: str
    item_id: int | None = None

    def shows_in_list(self) -> bool:
        return self.part == "header" and self.name in LIST_FIELDS


class EditingSession(QObject):
    # The interview now edited (an Interview as stored), or None: the parts load it.
    current_changed = Signal(object)
    # Interviews were added, removed or replaced: the list reads them again.
    interviews_changed = Signal()
    saving = Signal()
    saved = Signal(list)  # the EditKeys just written
    save_failed = Signal(str)  # what went wrong, in words
    # A list of an interview changed (an edit, its undo or redo): (interview id, kind,
    # the item to select or None). The editors of that kind reload themselves.
    items_changed = Signal(int, str, object)
    interview_removed = Signal(int)  # its id: the list shows its neighbour
    readiness_changed = Signal(object, object)  # (Interview, Readiness), the current one
    notice = Signal(str)  # an undoable change was made: offer Undo ("": withdraw the offer)
    message = Signal(str, int)  # a line for the status bar, and for how long (ms)
    problem = Signal(str, str)  # (title, text): something could not be done

    def __init__(self, store: Store, autosave_delay_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.autosaver = Autosaver(autosave_delay_ms, self)
        self.undo_stack = QUndoStack(self)
        self.current_id: int | None = None
        self.switching = False  # while the previous interview's edits are saved
        self.closed = False  # nothing deferred may touch the store once the window closed
        self.autosaver.saving.connect(self.saving)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self.save_failed)

    # -- the current interview ------------------------------------------------------

    def open(self, interview_id: int | None) -> None:
        """Edit another interview (or none), keeping what the previous one had pending."""
        self.switching = True  # the saves below must not pull the selection back
        try:
            self.save_pending()
        finally:
            self.switching = False
        interview = None
        if interview_id is not None:
            try:
                interview = self.store.get(interview_id)
            except KeyError:
                interview = None
        self.current_id = None if interview is None else interview.id
        self.current_changed.emit(interview)
        if interview is not None:
            self.readiness_changed.emit(interview, assess(interview))

    def current(self) -> Interview | None:
        """The current interview as stored, with every edit so far saved first."""
        if self.current_id is None:
            return None
        self.save_pending()
        return self.store.get(self.current_id)

    def refresh_readiness(self) -> None:
        if self.current_id is not None and self.store.exists(self.current_id):
            interview = self.store.get(self.current_id)
            self.readiness_changed.emit(interview, assess(interview))

    # -- saving -----------------------------------------------------------------

    def schedule(
        self, key: EditKey, getter: Callable[[], Any], writer: Callable[[Any], None]
    ) -> None:
        """Save one field when the typing pauses: getter reads it, writer stores it."""
        self.autosaver.schedule(key, getter, writer)

    def save_pending(self) -> bool:
        """Everything typed so far, written now: open in-place editors, then pending fields.
        False if some of it could not be saved (it stays pending)."""
        focus = QApplication.focusWidget()
        viewport = focus.parentWidget() if focus is not None else None
        view = viewport.parentWidget() if viewport is not None else None
        if isinstance(view, QAbstractItemView) and focus is not view:
            # An item being renamed in place: hand its text to the model first.
            view.commitData(focus)
        self.autosaver.freeze()
        return self.autosaver.flush()

    def _on_saved(self) -> None:
        self.saved.emit(list(self.autosaver.last_saved))
        self.refresh_readiness()

    # -- what changed -------------------------------------------------------------

    def changed_items(self, interview_id: int, kind: str, select_item_id: int | None) -> None:
        """Undoable commands call this after they changed a list: show it as it is now."""
        if self.current_id != interview_id:
            self.open(interview_id)
        self.items_changed.emit(interview_id, kind, select_item_id)
        self.refresh_readiness()

    def removed_interview(self, interview_id: int, title: str) -> None:
        if self.current_id == interview_id:
            self.current_id = None
        self.interview_removed.emit(interview_id)
        self.notice.emit(f"Deleted “{title}”.")

    def restored_interview(self, interview_id: int) -> None:
        self.interviews_changed.emit()
        self.open(interview_id)
        self.notice.emit("")
        self.tell("Brought back.", 4000)

    def report(self, title: str, error: Exception) -> None:
        text = str(error)
        self.problem.emit(title, text[:1].upper() + text[1:])

    def tell(self, text: str, timeout_ms: int = 5000) -> None:
        self.message.emit(text, timeout_ms)
