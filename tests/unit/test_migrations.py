"""Databases made by earlier versions open, migrate in one transaction and keep every note."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.store import Store, schema
from planner.store.database import DATABASE_NAME

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def foundation_db(data_dir):
    target = data_dir / DATABASE_NAME
    shutil.copyfile(FIXTURES / "foundation-v1.sqlite3", target)
    return target


def test_the_fixture_is_really_the_foundation_schema(foundation_db):
    conn = sqlite3.connect(foundation_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_the_foundation_database_migrates_and_keeps_every_note(foundation_db):
    store = Store.open(foundation_db)
    try:
        assert store.schema_version() == schema.SCHEMA_VERSION
        northwind, fabrikam = store.all_interviews()
        assert northwind.company == "Northwind Analytics"
        assert "Head of Analytics" in northwind.notes["expect"]
        assert "reconciliation pipeline" in northwind.notes["impress"]
        assert "salary said 48k" in northwind.notes["reinforce"]
        assert "half marathons" in northwind.notes["likeable"]
        assert fabrikam.status.value == "not_selected"
        assert northwind.prep["key_message_1"] == ""
        assert northwind.items["person"] == []
        # The new tables work on the migrated file.
        person = store.add_item(northwind.id, "person", {"name": "Priya", "kind": "senior"})
        store.set_prep(northwind.id, "why_team", "pricing")
        assert store.item(person).text("name") == "Priya"
        assert store.get(northwind.id).prep["why_team"] == "pricing"
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_a_failing_migration_changes_nothing(foundation_db, monkeypatch):
    before = sqlite3.connect(foundation_db)
    dump_before = list(before.iterdump())
    before.close()

    def broken(conn):
        conn.execute("ALTER TABLE interview ADD COLUMN half_done TEXT")
        raise sqlite3.OperationalError("injected failure")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:1], broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    import planner.store.database as database

    monkeypatch.setattr(database, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(database, "SCHEMA_VERSION", 2)
    with pytest.raises(Exception, match="injected failure"):
        Store.open(foundation_db)
    after = sqlite3.connect(foundation_db)
    assert after.execute("PRAGMA user_version").fetchone()[0] == 1
    assert list(after.iterdump()) == dump_before
    after.close()


def test_a_fresh_database_and_a_migrated_one_have_the_same_schema(tmp_path, foundation_db):
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    migrated = Store.open(foundation_db)

    def shape(store):
        return sorted(
            row[0]
            for row in store._conn.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
            )
        )

    try:
        assert shape(fresh) == shape(migrated)
    finally:
        fresh.close()
        migrated.close()
