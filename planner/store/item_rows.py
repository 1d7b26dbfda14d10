"""The items of an interview (every list of the four tabs): reading, adding, editing,
moving and removing rows of `item`. A part of Store, kept in its own file; it uses the
store's connection, its transactions and its touch of the interview's updated_at."""

from __future__ import annotations

import json
import sqlite3

from planner.core.items import ITEM_KINDS, Item


class ItemRows:
    """Store's methods for items: Store derives from it, and gives it ``_conn``,
    ``_writing()`` (one write transaction) and ``_touch(conn, interview_id)``."""

    _conn: sqlite3.Connection

    def _items_of(self, interview_id: int, kind: str | None = None) -> list[Item]:
        query = "SELECT id, kind, data FROM item WHERE interview_id = ?"
        params: tuple = (interview_id,)
        if kind is not None:
            query += " AND kind = ?"
            params += (kind,)
        items = []
        for item_id, item_kind, data in self._conn.execute(
            query + " ORDER BY position, id", params
        ):
            if item_kind in ITEM_KINDS:  # rows of a kind this version does not know are kept
                items.append(Item(item_kind, json.loads(data), id=item_id))
        return items

    def items(self, interview_id: int, kind: str) -> list[Item]:
        return self._items_of(interview_id, kind)

    def item(self, item_id: int) -> Item:
        row = self._conn.execute("SELECT kind, data FROM item WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return Item(row[0], json.loads(row[1]), id=item_id)

    @staticmethod
    def _free_item_id(conn: sqlite3.Connection, item_id: int | None) -> int | None:
        """The id, unless a newer item took it meanwhile (then None: a new one)."""
        if (
            item_id is not None
            and conn.execute("SELECT 1 FROM item WHERE id = ?", (item_id,)).fetchone()
        ):
            return None
        return item_id

    def restore_item(self, interview_id: int, item: Item, index: int) -> int:
        """Put a deleted item back at its old place in its list, under its old id if it
        is still free; returns the id it has now."""
        record = ITEM_KINDS[item.kind].clean(item.data)
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO item (id, interview_id, kind, position, data) VALUES (?, ?, ?, ?, ?)",
                (
                    self._free_item_id(conn, item.id),
                    interview_id,
                    item.kind,
                    0,
                    json.dumps(record),
                ),
            )
            item_id = int(cursor.lastrowid)
            self._place_item(conn, interview_id, item.kind, item_id, index)
            return item_id

    def add_item(self, interview_id: int, kind: str, data: dict | None = None) -> int:
        """Append an item to one of the interview's lists; return its id."""
        (item_id,) = self.add_items(interview_id, kind, [data or {}])
        return item_id

    def add_items(self, interview_id: int, kind: str, records: list[dict]) -> list[int]:
        """Append items to one of the interview's lists, all or none; return their ids."""
        cleaned = [ITEM_KINDS[kind].clean(data) for data in records]
        with self._writing() as conn:
            (position,) = conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM item "
                "WHERE interview_id = ? AND kind = ?",
                (interview_id, kind),
            ).fetchone()
            ids = []
            for offset, record in enumerate(cleaned):
                cursor = conn.execute(
                    "INSERT INTO item (interview_id, kind, position, data) VALUES (?, ?, ?, ?)",
                    (interview_id, kind, position + offset, json.dumps(record)),
                )
                ids.append(int(cursor.lastrowid))
            self._touch(conn, interview_id)
            return ids

    def set_item_field(self, item_id: int, name: str, value: object) -> None:
        """Save one field of one item."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT interview_id, kind, data FROM item WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return  # deleted meanwhile: nothing to save
            interview_id, kind, data = row
            record = json.loads(data)
            record[name] = ITEM_KINDS[kind].field(name).clean(value)
            conn.execute("UPDATE item SET data = ? WHERE id = ?", (json.dumps(record), item_id))
            self._touch(conn, interview_id)

    def delete_item(self, item_id: int) -> None:
        with self._writing() as conn:
            row = conn.execute("SELECT interview_id FROM item WHERE id = ?", (item_id,)).fetchone()
            conn.execute("DELETE FROM item WHERE id = ?", (item_id,))
            if row:
                self._touch(conn, row[0])

    def move_item(self, item_id: int, new_index: int) -> None:
        """Put an item at new_index within its list, shifting the others."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT interview_id, kind FROM item WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            interview_id, kind = row
            self._place_item(conn, interview_id, kind, item_id, new_index)

    def _place_item(
        self, conn: sqlite3.Connection, interview_id: int, kind: str, item_id: int, index: int
    ) -> None:
        """Put the item at index within its list (clamped), numbering the list 0, 1, ..."""
        order = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM item WHERE interview_id = ? AND kind = ? AND id != ? "
                "ORDER BY position, id",
                (interview_id, kind, item_id),
            )
        ]
        order.insert(max(0, min(index, len(order))), item_id)
        conn.executemany(
            "UPDATE item SET position = ? WHERE id = ?",
            [(position, each) for position, each in enumerate(order)],
        )
        self._touch(conn, interview_id)
