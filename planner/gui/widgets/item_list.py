"""Edits one list of an interview: add, select and edit in place, reorder, remove.

Lists show each item's title; the fields of the selected item are edited beside the list,
each change saved through the autosaver. Checklists are ticked and renamed in the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from planner.core.items import ITEM_KINDS, TEXT_LIMIT, Item
from planner.gui.forms.ui_item_list_editor import Ui_ItemListEditor
from planner.gui.item_models import ItemListModel
from planner.gui.session import EditingSession, EditKey
from planner.gui.widgets.fields import FieldEditor, with_mnemonic
from planner.gui.widgets.rename_delegate import RenameInPlaceDelegate
from planner.gui.widgets.two_line_delegate import TwoLineDelegate


class ItemDetailExtra(QWidget):
    """A panel under the fields that follows the selected item (e.g. a person's guidance)."""

    def show_item(self, item: Item | None) -> None:
        raise NotImplementedError


class ItemListEditor(QWidget):
    def __init__(
        self,
        kind: str,
        session: EditingSession,
        *,
        fields: tuple[str, ...] | None = None,
        structural: bool = True,
        suggestions: Callable[[], list[dict]] | None = None,
        empty_text: str = "",
        extra: ItemDetailExtra | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemListEditor()
        self.ui.setupUi(self)
        self.kind = kind
        self.spec = ITEM_KINDS[kind]
        self.session = session
        self.store = session.store
        self.structural = structural
        self.suggestions = suggestions
        self.extra = extra
        self.interview_id: int | None = None
        self.setObjectName(f"{kind}Editor")

        self.model = ItemListModel(kind, self._schedule, self)
        view = self.ui.itemList
        view.setModel(self.model)
        view.setAccessibleName(self.spec.plural)
        if self.model.checklist:
            view.setItemDelegate(RenameInPlaceDelegate(self._renamed_in_place, view))
        else:
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
        if suggestions is not None:
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
        session.items_changed.connect(self._reload_when_changed)

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

    def _renamed_in_place(self, row: int, text: str) -> None:
        """A checklist item being renamed in place: saved as it is typed (an empty name
        is not: the item keeps its last one)."""
        text = text.strip()[:TEXT_LIMIT]
        if text and 0 <= row < len(self.model.items):
            item = self.model.items[row]
            item.data["text"] = text
            self._schedule(item, "text", text)

    def _schedule(self, item: Item, name: str, _value: object) -> None:
        assert self.interview_id is not None  # an item is shown: an interview is loaded
        item_id = item.id
        store = self.session.store
        self.session.schedule(
            EditKey("item", self.interview_id, name, item_id),
            # The item object holds the newest value, whatever is on screen by then.
            lambda: item.data[name],
            lambda value: store.set_item_field(item_id, name, value),
        )

    def _reload_when_changed(self, interview_id: int, kind: str, item_id: int | None) -> None:
        """The session says a list changed (an edit, its undo or redo): show it as stored."""
        if kind != self.kind or interview_id != self.interview_id:
            return
        self.reload()
        if item_id is not None:
            self.select_item(item_id)

    def _push(self, command) -> None:
        self.session.undo_stack.push(command)

    def add_item(self, data: dict | None = None) -> int | None:
        if self.interview_id is None:
            return None
        from planner.gui.undo import AddItemsCommand

        command = AddItemsCommand(self.session, self.interview_id, self.kind, [data or {}])
        self._push(command)  # the session has this editor reload and select the new item
        if not command.ids:
            return None
        if self.model.checklist:
            self.ui.itemList.edit(self.ui.itemList.currentIndex())
        else:
            first = next(iter(self.editors.values())).widget
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return command.ids[0]

    def add_suggestions(self) -> None:
        self.add_items(self.suggestions())

    def add_items(self, records: list[dict]) -> None:
        """Append several items at once (all or none) and show them."""
        if self.interview_id is None or not records:
            return
        from planner.gui.undo import AddItemsCommand

        self._push(AddItemsCommand(self.session, self.interview_id, self.kind, records))

    def remove_current(self) -> None:
        """Remove the selected item; Edit > Undo (or the notice's Undo) brings it back."""
        item = self.current_item()
        if item is None or not self.structural or self.interview_id is None:
            return
        from planner.gui.undo import DeleteItemCommand

        command = DeleteItemCommand(self.session, self.interview_id, item, self.current_row())
        self._push(command)
        if command.done:
            self.session.notice.emit(
                f"Removed {self.spec.singular.lower()} “{command.item.title}”."
            )

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
        from planner.gui.undo import MoveItemCommand

        item = self.model.items[row]
        self._push(MoveItemCommand(self.session, self.interview_id, item, row, target))
