"""Edits one list of an interview: add, select and edit in place, reorder, remove.

Lists show each item's title; the fields of the selected item are edited beside the list,
each change saved through the autosaver. Checklists are ticked and renamed in the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from planner.core.items import ITEM_KINDS, Item
from planner.gui.autosave import Autosaver
from planner.gui.forms.ui_item_list_editor import Ui_ItemListEditor
from planner.gui.item_models import ItemListModel
from planner.gui.widgets.fields import FieldEditor, with_mnemonic
from planner.gui.widgets.two_line_delegate import TwoLineDelegate
from planner.store import Store, StoreError


class ItemDetailExtra(QWidget):
    """A panel under the fields that follows the selected item (e.g. a person's guidance)."""

    def show_item(self, item: Item | None) -> None:
        raise NotImplementedError


class ItemListEditor(QWidget):
    changed = Signal()  # items were added, removed, moved, ticked or edited
    structure_changed = Signal(str)  # the kind whose rows were added, removed or moved

    def __init__(
        self,
        kind: str,
        store: Store,
        autosaver: Autosaver,
        *,
        fields: tuple[str, ...] | None = None,
        structural: bool = True,
        suggestions: Callable[[], list[dict]] | None = None,
        empty_text: str = "",
        extra: ItemDetailExtra | None = None,
        undo_stack: QUndoStack | None = None,
        items_changed: Callable[[int, str, int | None], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemListEditor()
        self.ui.setupUi(self)
        self.kind = kind
        self.spec = ITEM_KINDS[kind]
        self.store = store
        self.autosaver = autosaver
        self.structural = structural
        self.suggestions = suggestions
        self.extra = extra
        self.undo_stack = undo_stack
        self.items_changed = items_changed
        self.interview_id: int | None = None
        self.setObjectName(f"{kind}Editor")

        self.model = ItemListModel(kind, self._schedule, self)
        view = self.ui.itemList
        view.setModel(self.model)
        view.setAccessibleName(self.spec.plural)
        if not self.model.checklist:
            view.setItemDelegate(TwoLineDelegate(view))
        view.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        names = fields or tuple(spec.name for spec in self.spec.fields)
        self.editors: dict[str, FieldEditor] = {}
        form = self.ui.detailForm
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        used: set[str] = set()
        for name in names:
            field_spec = self.spec.field(name)
            editor = FieldEditor(field_spec, self.ui.detailPage)
            editor.edited.connect(lambda name=name: self._field_edited(name))
            if editor.is_checkbox:
                editor.widget.setText(with_mnemonic(field_spec.label, used))
                form.addRow("", editor.widget)
            else:
                label = QLabel(with_mnemonic(f"{field_spec.label}:", used), self.ui.detailPage)
                label.setBuddy(editor.widget)
                form.addRow(label, editor.widget)
            self.editors[name] = editor
        if extra is not None:
            self.ui.extraArea.addWidget(extra)

        if self.model.checklist:
            self.ui.detailStack.hide()
            view.setMaximumWidth(16777215)
            view.setToolTip("Tick what is done; double-click or press F2 to reword an item")
        self.ui.emptyDetailLabel.setText(
            empty_text or f"Add a {self.spec.singular.lower()} to start."
        )
        self.ui.emptyDetailLabel.setForegroundRole(self.ui.emptyDetailLabel.foregroundRole())
        self.ui.addButton.setText(f"Add {self.spec.singular.lower()}")
        self.ui.addButton.setAccessibleName(f"Add {self.spec.singular.lower()}")
        self.ui.removeButton.setAccessibleName(f"Remove {self.spec.singular.lower()}")
        for button in (
            self.ui.addButton,
            self.ui.removeButton,
            self.ui.upButton,
            self.ui.downButton,
        ):
            button.setVisible(structural)
        self.ui.addButton.clicked.connect(lambda: self.add_item())
        self.ui.removeButton.clicked.connect(self.remove_current)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(+1))
        self.ui.suggestButton.clicked.connect(self.add_suggestions)
        if structural:
            for keys, slot in (
                ("Alt+Up", lambda: self.move_current(-1)),
                ("Alt+Down", lambda: self.move_current(+1)),
            ):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.remove_current)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------

    def load(self, interview_id: int | None, items: list[Item]) -> None:
        row = self.ui.itemList.currentIndex().row()
        same_interview = interview_id == self.interview_id
        self.interview_id = interview_id
        self.model.set_items(items)
        if items:
            self.select_row(min(max(row, 0), len(items) - 1) if same_interview else 0)
        self._show_current()

    def reload(self) -> None:
        if self.interview_id is not None:
            self.load(self.interview_id, self.store.items(self.interview_id, self.kind))

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.ui.itemList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_row(self) -> int:
        return self.ui.itemList.currentIndex().row()

    def current_item(self) -> Item | None:
        row = self.current_row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _show_current(self) -> None:
        item = self.current_item()
        page = self.ui.detailPage if item is not None else self.ui.emptyDetail
        self.ui.detailStack.setCurrentWidget(page)
        if item is not None:
            for name, editor in self.editors.items():
                editor.set_value(item.get(name))
        if self.extra is not None:
            self.extra.show_item(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.ui.removeButton.setEnabled(row >= 0)
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < count - 1)
        self.ui.addButton.setEnabled(self.interview_id is not None)
        self.ui.suggestButton.setVisible(
            self.structural and self.suggestions is not None and count == 0
        )

    # -- editing ----------------------------------------------------------------

    def _field_edited(self, name: str) -> None:
        item = self.current_item()
        if item is None:
            return
        item.data[name] = self.editors[name].value()
        self.model.refresh_row(self.current_row())
        self._schedule(item, name, item.data[name])
        if self.extra is not None:
            self.extra.show_item(item)

    def _schedule(self, item: Item, name: str, _value: object) -> None:
        item_id = item.id
        self.autosaver.schedule(
            ("item", item_id, name),
            # The item object holds the newest value, whatever is on screen by then.
            lambda: item.data[name],
            lambda value: self.store.set_item_field(item_id, name, value),
        )
        self.changed.emit()

    def _report(self, error: StoreError) -> None:
        from planner.gui.safe_text import warn

        warn(self, "Not saved", str(error)[:1].upper() + str(error)[1:])

    def _undoable(self) -> bool:
        return self.undo_stack is not None and self.items_changed is not None

    def add_item(self, data: dict | None = None) -> int | None:
        if self.interview_id is None:
            return None
        self.autosaver.flush()  # so readiness, read back from the store, sees every edit
        if self._undoable():
            from planner.gui.undo import AddItemsCommand

            command = AddItemsCommand(
                self.store,
                self.interview_id,
                self.kind,
                [data or {}],
                changed=self.items_changed,
                report=lambda _title, error: self._report(error),
                save_pending=self.autosaver.flush,
            )
            self.undo_stack.push(command)
            if not command.ids:
                return None
            item_id = command.ids[0]
            row = next((r for r, i in enumerate(self.model.items) if i.id == item_id), None)
        else:
            try:
                item_id = self.store.add_item(self.interview_id, self.kind, data)
            except StoreError as error:
                self._report(error)
                return None
            row = self.model.append(self.store.item(item_id))
            self.select_row(row)
            self._after_structure()
        if row is None:
            return item_id
        if self.model.checklist:
            self.ui.itemList.edit(self.model.index(row))
        elif self.editors:
            first = next(iter(self.editors.values())).widget
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return item_id

    def add_suggestions(self) -> None:
        if self.suggestions is not None:
            self.add_items(self.suggestions())

    def add_items(self, records: list[dict]) -> None:
        """Append several items at once (all or none) and show them."""
        if self.interview_id is None or not records:
            return
        self.autosaver.flush()
        if self._undoable():
            from planner.gui.undo import AddItemsCommand

            self.undo_stack.push(
                AddItemsCommand(
                    self.store,
                    self.interview_id,
                    self.kind,
                    records,
                    changed=self.items_changed,
                    report=lambda _title, error: self._report(error),
                    save_pending=self.autosaver.flush,
                )
            )
            return
        try:
            self.store.add_items(self.interview_id, self.kind, records)
        except StoreError as error:
            self._report(error)
            return
        self.reload()
        self._after_structure()

    def remove_current(self) -> None:
        """Remove the selected item; Edit > Undo (or the notice's Undo) brings it back."""
        item = self.current_item()
        if item is None or not self.structural or self.interview_id is None:
            return
        row = self.current_row()
        self.autosaver.flush()  # the copy kept for undo holds every edit
        if self.undo_stack is not None and self.items_changed is not None:
            from planner.gui.undo import DeleteItemCommand

            command = DeleteItemCommand(
                self.store,
                self.interview_id,
                item,
                row,
                changed=self.items_changed,
                report=lambda _title, error: self._report(error),
                save_pending=self.autosaver.flush,
            )
            self.undo_stack.push(command)
            notice = getattr(self.window(), "show_undo_notice", None)
            if command.done and notice is not None:
                notice(f"Removed {self.spec.singular.lower()} “{command.item.title}”.")
            return
        try:
            self.store.delete_item(item.id)
        except StoreError as error:
            self._report(error)
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self._show_current()
        self._after_structure()

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == item_id:
                self.select_row(row)
                return

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount() or self.interview_id is None:
            return
        item = self.model.items[row]
        self.autosaver.flush()
        if self._undoable():
            from planner.gui.undo import MoveItemCommand

            self.undo_stack.push(
                MoveItemCommand(
                    self.store,
                    self.interview_id,
                    item,
                    row,
                    target,
                    changed=self.items_changed,
                    report=lambda _title, error: self._report(error),
                    save_pending=self.autosaver.flush,
                )
            )
            return
        try:
            self.store.move_item(item.id, target)
        except StoreError as error:
            self._report(error)
            return
        self.model.move(row, target)
        self.select_row(target)
        self._after_structure()

    def _after_structure(self) -> None:
        self._update_buttons()
        self.structure_changed.emit(self.kind)
        self.changed.emit()
