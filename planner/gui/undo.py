"""Deletions that can be undone: each is a QUndoCommand that keeps what it removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from planner.core.items import ITEM_KINDS, Item
from planner.core.model import Interview
from planner.store import Store, StoreError

Report = Callable[[str, Exception], None]


class DeleteInterviewCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        snapshot: Interview,
        *,
        removed: Callable[[int], None],
        restored: Callable[[int], None],
        report: Report,
    ) -> None:
        super().__init__(f"Delete “{snapshot.title}”")
        self.store = store
        self.snapshot = snapshot
        self.removed = removed
        self.restored = restored
        self.report = report

    def redo(self) -> None:
        try:
            self.store.delete(self.snapshot.id)
        except StoreError as error:
            self.setObsolete(True)
            self.report("Could not delete the interview", error)
            return
        self.removed(self.snapshot.id)

    def undo(self) -> None:
        try:
            self.store.restore_interview(self.snapshot)
        except StoreError as error:
            self.report("Could not bring the interview back", error)
            return
        self.restored(self.snapshot.id)


class DeleteItemCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        interview_id: int,
        item: Item,
        index: int,
        *,
        changed: Callable[[int, str, int | None], None],
        report: Report,
    ) -> None:
        super().__init__(f"Remove {ITEM_KINDS[item.kind].singular.lower()} “{item.title}”")
        self.store = store
        self.interview_id = interview_id
        self.item = Item(item.kind, dict(item.data), id=item.id)
        self.index = index
        self.changed = changed
        self.report = report

    def redo(self) -> None:
        try:
            self.store.delete_item(self.item.id)
        except StoreError as error:
            self.setObsolete(True)
            self.report("Could not remove it", error)
            return
        self.changed(self.interview_id, self.item.kind, None)

    def undo(self) -> None:
        try:
            self.store.restore_item(self.interview_id, self.item, self.index)
        except StoreError as error:
            self.report("Could not bring it back", error)
            return
        self.changed(self.interview_id, self.item.kind, self.item.id)
