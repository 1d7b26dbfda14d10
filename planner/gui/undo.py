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


class AddItemsCommand(QUndoCommand):
    """Adding one or more items to a list (by hand, from the bank, the suggestions)."""

    def __init__(
        self,
        store: Store,
        interview_id: int,
        kind: str,
        records: list[dict],
        *,
        changed: Callable[[int, str, int | None], None],
        report: Report,
    ) -> None:
        spec = ITEM_KINDS[kind]
        what = spec.singular.lower() if len(records) == 1 else spec.plural.lower()
        super().__init__(f"Add {what}")
        self.store = store
        self.interview_id = interview_id
        self.kind = kind
        self.records = records
        self.changed = changed
        self.report = report
        self.ids: list[int] = []
        self.removed: list[tuple[int, Item]] = []  # (position, item) kept by undo for redo

    def redo(self) -> None:
        try:
            if not self.ids:
                self.ids = self.store.add_items(self.interview_id, self.kind, self.records)
            else:
                for index, item in self.removed:
                    self.store.restore_item(self.interview_id, item, index)
        except StoreError as error:
            self.setObsolete(True)
            self.report("Could not add it", error)
            return
        self.changed(self.interview_id, self.kind, self.ids[-1] if self.ids else None)

    def undo(self) -> None:
        try:
            order = [item.id for item in self.store.items(self.interview_id, self.kind)]
            self.removed = [
                (order.index(item_id), self.store.item(item_id))
                for item_id in self.ids
                if item_id in order
            ]
            for item_id in self.ids:
                self.store.delete_item(item_id)
        except StoreError as error:
            self.report("Could not undo the addition", error)
            return
        self.changed(self.interview_id, self.kind, None)


class MoveItemCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        interview_id: int,
        item: Item,
        source: int,
        target: int,
        *,
        changed: Callable[[int, str, int | None], None],
        report: Report,
    ) -> None:
        super().__init__(f"Move “{item.title}”")
        self.store = store
        self.interview_id = interview_id
        self.item_id = item.id
        self.kind = item.kind
        self.source, self.target = source, target
        self.changed = changed
        self.report = report

    def _move_to(self, index: int) -> None:
        try:
            self.store.move_item(self.item_id, index)
        except StoreError as error:
            self.report("Could not move it", error)
            return
        self.changed(self.interview_id, self.kind, self.item_id)

    def redo(self) -> None:
        self._move_to(self.target)

    def undo(self) -> None:
        self._move_to(self.source)
