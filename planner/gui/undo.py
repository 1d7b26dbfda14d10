"""Structural edits that can be undone: each is a QUndoCommand.

Every command takes the editing session: it saves what is still pending before it acts,
re-reads what it removes at the moment it removes it (so a redo after later edits keeps
them), tells the session what changed, and follows its rows if they come back under new
ids (SQLite may give a freed id to a newer row).
A command that fails makes itself obsolete, so that a later redo cannot act on a row that
is no longer its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.core.items import ITEM_KINDS, Item
from planner.core.model import Interview
from planner.store import StoreError

if TYPE_CHECKING:
    from planner.gui.session import EditingSession


def _position(session: EditingSession, interview_id: int, kind: str, item_id: int) -> int:
    order = [item.id for item in session.store.items(interview_id, kind)]
    return order.index(item_id) if item_id in order else len(order)


class _Command(QUndoCommand):
    def __init__(self, text: str, session: EditingSession) -> None:
        super().__init__(text)
        self.session = session
        self.store = session.store

    def save_pending(self) -> None:
        self.session.save_pending()

    def _failed(self, title: str, error: Exception) -> None:
        self.setObsolete(True)
        self.session.report(title, error)


class DeleteInterviewCommand(_Command):
    def __init__(
        self,
        session: EditingSession,
        snapshot: Interview,
    ) -> None:
        super().__init__(f"Delete “{snapshot.title}”", session)
        self.interview_id = snapshot.id
        self.snapshot = snapshot

    def redo(self) -> None:
        self.save_pending()
        try:
            self.snapshot = self.store.get(self.interview_id)  # with every later edit
            self.store.delete(self.interview_id)
        except (StoreError, KeyError) as error:
            self._failed("Could not delete the interview", error)
            return
        self.session.removed_interview(self.interview_id, self.snapshot.title)

    def undo(self) -> None:
        self.save_pending()
        try:
            self.interview_id = self.store.create(self.snapshot)
        except StoreError as error:
            self._failed("Could not bring the interview back", error)
            return
        self.snapshot.id = self.interview_id
        self.session.restored_interview(self.interview_id)


class DeleteItemCommand(_Command):
    def __init__(
        self,
        session: EditingSession,
        interview_id: int,
        item: Item,
        index: int,
    ) -> None:
        text = f"Remove {ITEM_KINDS[item.kind].singular.lower()} “{item.title}”"
        super().__init__(text, session)
        self.interview_id = interview_id
        self.kind = item.kind
        self.item_id = item.id
        self.item = Item(item.kind, dict(item.data), id=item.id)
        self.index = index
        self.done = False  # whether the last redo really removed it

    def redo(self) -> None:
        self.save_pending()
        try:
            self.item = self.store.item(self.item_id)
            self.index = _position(self.session, self.interview_id, self.kind, self.item_id)
            self.store.delete_item(self.item_id)
        except (StoreError, KeyError) as error:
            self._failed("Could not remove it", error)
            return
        self.done = True
        self.session.changed_items(self.interview_id, self.kind, None)

    def undo(self) -> None:
        self.save_pending()
        try:
            self.item_id = self.store.restore_item(self.interview_id, self.item, self.index)
        except StoreError as error:
            self._failed("Could not bring it back", error)
            return
        self.item.id = self.item_id
        self.session.changed_items(self.interview_id, self.kind, self.item_id)


class AddItemsCommand(_Command):
    """Adding one or more items to a list (by hand, from the bank, the suggestions)."""

    def __init__(
        self,
        session: EditingSession,
        interview_id: int,
        kind: str,
        records: list[dict],
    ) -> None:
        spec = ITEM_KINDS[kind]
        what = spec.singular.lower() if len(records) == 1 else spec.plural.lower()
        super().__init__(f"Add {what}", session)
        self.interview_id = interview_id
        self.kind = kind
        self.records = records
        self.ids: list[int] = []
        self.removed: list[tuple[int, Item]] = []  # (position, item) kept by undo for redo

    def redo(self) -> None:
        self.save_pending()
        try:
            if not self.removed:
                self.ids = self.store.add_items(self.interview_id, self.kind, self.records)
            else:
                self.ids = [
                    self.store.restore_item(self.interview_id, item, index)
                    for index, item in self.removed
                ]
                self.removed = []
        except StoreError as error:
            self._failed("Could not add it", error)
            return
        self.session.changed_items(self.interview_id, self.kind, self.ids[-1] if self.ids else None)

    def undo(self) -> None:
        self.save_pending()
        try:
            removed = []
            for item_id in self.ids:
                item = self.store.item(item_id)
                if item.kind != self.kind:
                    raise KeyError(item_id)  # not ours any more: never delete it
                removed.append(
                    (_position(self.session, self.interview_id, self.kind, item_id), item)
                )
            for item_id in self.ids:
                self.store.delete_item(item_id)
        except (StoreError, KeyError) as error:
            self._failed("Could not undo the addition", error)
            return
        self.removed = removed
        self.session.changed_items(self.interview_id, self.kind, None)


class MoveItemCommand(_Command):
    def __init__(
        self,
        session: EditingSession,
        interview_id: int,
        item: Item,
        source: int,
        target: int,
    ) -> None:
        super().__init__(f"Move “{item.title}”", session)
        self.interview_id = interview_id
        self.item_id = item.id
        self.kind = item.kind
        self.source, self.target = source, target

    def _move_to(self, index: int) -> None:
        self.save_pending()
        try:
            self.store.item(self.item_id)  # still there?
            self.store.move_item(self.item_id, index)
        except (StoreError, KeyError) as error:
            self._failed("Could not move it", error)
            return
        self.session.changed_items(self.interview_id, self.kind, self.item_id)

    def redo(self) -> None:
        self._move_to(self.target)

    def undo(self) -> None:
        self._move_to(self.source)
