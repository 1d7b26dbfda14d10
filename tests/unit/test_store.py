import sqlite3
import stat
from datetime import datetime

import pytest

from planner.core.model import Interview, Status
from planner.store import NewerDatabaseError, Store, StoreError
from planner.store.database import DATABASE_NAME
from planner.store.schema import SCHEMA_VERSION


def test_pragmas_and_schema_version(store):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert store.schema_version() == SCHEMA_VERSION


def test_create_edit_and_read_back(store):
    interview_id = store.create()
    store.set_text(interview_id, "company", "Acme")
    store.set_text(interview_id, "role", "Analyst")
    store.set_text(interview_id, "location", "Room 4")
    store.set_starts_at(interview_id, datetime(2026, 12, 3, 10, 0))
    store.set_status(interview_id, Status.OFFER)
    store.set_notes(interview_id, "likeable", "<p>smile</p>")
    store.set_notes(interview_id, "likeable", "<p>smile twice</p>")
    got = store.get(interview_id)
    assert (got.company, got.role, got.location) == ("Acme", "Analyst", "Room 4")
    assert got.starts_at == datetime(2026, 12, 3, 10, 0)
    assert got.status is Status.OFFER
    assert got.notes["likeable"] == "<p>smile twice</p>"
    assert got.notes["expect"] == ""


def test_unknown_fields_are_refused(store):
    interview_id = store.create()
    with pytest.raises(ValueError):
        store.set_text(interview_id, "id", "1; DROP TABLE interview")
    with pytest.raises(ValueError):
        store.set_notes(interview_id, "elsewhere", "x")


def test_summaries_soonest_first_undated_last(store):
    late = store.create(Interview(company="Late", starts_at=datetime(2027, 5, 1, 9, 0)))
    undated = store.create(Interview(company="Undated"))
    soon = store.create(Interview(company="Soon", starts_at=datetime(2026, 12, 1, 9, 0)))
    assert [s.id for s in store.summaries()] == [soon, late, undated]


def test_duplicate_and_delete(store):
    original = store.create(Interview(company="Acme", status=Status.DONE))
    store.set_notes(original, "expect", "<p>test</p>")
    copy = store.duplicate(original)
    assert store.get(copy).company == "Acme (copy)"
    assert store.get(copy).status is Status.PREPARING
    assert store.get(copy).notes["expect"] == "<p>test</p>"
    store.delete(original)
    assert not store.exists(original)
    assert store.exists(copy)
    # The notes go with the interview (foreign key cascade).
    rows = store._conn.execute(
        "SELECT count(*) FROM tab_notes WHERE interview_id = ?", (original,)
    ).fetchone()[0]
    assert rows == 0


def test_add_many_is_all_or_nothing(store):
    store.create(Interview(company="Before"))
    bad = Interview(company="Bad")
    bad.status = "hired"  # not a status: the insert fails
    with pytest.raises(ValueError):
        store.add_many([Interview(company="Good"), bad])
    assert [s.company for s in store.summaries()] == ["Before"]


def test_a_newer_database_is_refused_untouched(data_dir):
    path = data_dir / DATABASE_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match=r"newer version.*please update"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported(data_dir):
    path = data_dir / DATABASE_NAME
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(path)


def test_files_are_private(store, data_dir):
    store.create()
    mode = stat.S_IMODE((data_dir / DATABASE_NAME).stat().st_mode)
    assert mode == 0o600


def test_a_full_disk_is_reported_in_words(store):
    interview_id = store.create()
    store._conn.execute("PRAGMA max_page_count = 1")  # no room for growth
    with pytest.raises(StoreError, match=r"^not saved: the disk is full$"):
        store.set_notes(interview_id, "expect", "x" * 100_000)
    assert store.get(interview_id).notes["expect"] == ""


def test_every_write_leaves_no_open_transaction(store):
    interview_id = store.create()
    store.set_text(interview_id, "company", "A")
    assert not store._conn.in_transaction


def test_items_add_edit_move_delete(store):
    interview_id = store.create()
    first = store.add_item(interview_id, "story", {"title": "One"})
    second = store.add_item(interview_id, "story", {"title": "Two"})
    third = store.add_item(interview_id, "story")
    store.set_item_field(third, "title", "Three")
    store.set_item_field(third, "competency", "pressure")
    assert [i.text("title") for i in store.items(interview_id, "story")] == ["One", "Two", "Three"]
    store.move_item(third, 0)
    assert [i.id for i in store.items(interview_id, "story")] == [third, first, second]
    store.move_item(third, 99)
    assert [i.id for i in store.items(interview_id, "story")] == [first, second, third]
    store.delete_item(second)
    assert [i.id for i in store.items(interview_id, "story")] == [first, third]
    assert store.get(interview_id).items["story"][1].get("competency") == "pressure"


def test_item_fields_are_checked_against_their_kind(store):
    interview_id = store.create()
    person = store.add_item(interview_id, "person")
    with pytest.raises(ValueError, match="kind: must be one of"):
        store.set_item_field(person, "kind", "boss")
    with pytest.raises(ValueError, match="no field"):
        store.set_item_field(person, "shoe_size", "9")
    with pytest.raises(ValueError, match="must be true or false"):
        store.set_item_field(person, "met_before", "yes")
    with pytest.raises(ValueError):
        store.add_item(interview_id, "person", {"kind": "boss"})
    assert store.item(person).get("kind") == "hr"


def test_prep_fields(store):
    interview_id = store.create()
    store.set_prep(interview_id, "invite_deeper", True)
    store.set_prep(interview_id, "key_message_2", "I make teams faster")
    got = store.get(interview_id).prep
    assert got["invite_deeper"] is True
    assert got["invite_senior"] is False
    assert got["key_message_2"] == "I make teams faster"
    with pytest.raises(ValueError):
        store.set_prep(interview_id, "company; DROP TABLE item", "x")


def test_duplicate_and_delete_carry_items(store):
    original = store.create()
    store.add_item(original, "concern", {"concern": "gap", "state": "ready"})
    copy = store.duplicate(original)
    assert store.get(copy).items["concern"][0].get("state") == "ready"
    store.delete(original)
    assert (
        store._conn.execute(
            "SELECT count(*) FROM item WHERE interview_id = ?", (original,)
        ).fetchone()[0]
        == 0
    )
    assert len(store.items(copy, "concern")) == 1


class _CommitFailsOnce:
    """A connection whose next COMMIT fails, as on an I/O error while writing the WAL."""

    def __init__(self, conn):
        self._conn = conn
        self.failed = False

    def execute(self, sql, *args):
        if sql == "COMMIT" and not self.failed:
            self.failed = True
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_failed_commit_rolls_back_and_the_next_write_works(store):
    interview_id = store.create(Interview(company="Before"))
    real = store._conn
    store._conn = _CommitFailsOnce(real)
    with pytest.raises(StoreError, match="disk I/O error"):
        store.set_text(interview_id, "company", "Lost")
    assert not real.in_transaction
    store.set_text(interview_id, "company", "After")
    store._conn = real
    assert store.get(interview_id).company == "After"


def test_duplicating_a_long_name_stays_within_the_limit(store):
    original = store.create(Interview(company="x" * 200))
    copy = store.get(store.duplicate(original))
    assert len(copy.company) == 200
    assert copy.company.endswith(" (copy)")


def test_values_the_import_would_refuse_are_refused_by_the_store(store):
    from planner.core.model import NOTES_MAX_CHARS

    interview_id = store.create()
    with pytest.raises(ValueError, match="longer than"):
        store.set_notes(interview_id, "expect", "x" * (NOTES_MAX_CHARS + 1))
    with pytest.raises(ValueError, match="year must be between"):
        store.set_starts_at(interview_id, datetime(999, 1, 1))
    with pytest.raises(ValueError, match="company: longer than 200"):
        store.create(Interview(company="x" * 201))


def test_an_export_at_every_limit_imports_again(store):
    from planner.core.exchange import dump_export, read_export
    from planner.core.items import ITEM_KINDS, LONG_TEXT, LONG_TEXT_LIMIT, TEXT, TEXT_LIMIT
    from planner.core.model import NOTES_MAX_CHARS, TEXT_FIELDS
    from planner.core.richtext import clean_html

    interview = Interview(starts_at=datetime(2199, 12, 31, 23, 59))
    for name, limit in TEXT_FIELDS.items():
        setattr(interview, name, "é" * limit)
    # A note as the app keeps it (the editor's own rich text), NOTES_MAX_CHARS long.
    markup = len(clean_html("n")) - 1
    interview.notes["expect"] = clean_html("n" * (NOTES_MAX_CHARS - markup))
    assert len(interview.notes["expect"]) == NOTES_MAX_CHARS
    for kind, spec in ITEM_KINDS.items():
        data = {}
        for field in spec.fields:
            if field.type == TEXT:
                data[field.name] = "t" * TEXT_LIMIT
            elif field.type == LONG_TEXT:
                data[field.name] = "l" * LONG_TEXT_LIMIT
        interview.add(kind, **data)
    interview_id = store.create(interview)
    store.duplicate(interview_id)
    (back, copy) = read_export(dump_export(store.all_interviews()))
    assert back.notes["expect"] == interview.notes["expect"]
    assert copy.company.endswith(" (copy)")


def test_a_stored_date_this_version_cannot_read_shows_as_unset(store):
    interview_id = store.create(Interview(company="Odd"))
    store._conn.execute("UPDATE interview SET starts_at = '999-01-02T10:00'")
    assert store.summaries()[0].starts_at is None
    assert store.get(interview_id).starts_at is None


def test_a_header_text_too_long_is_refused_not_cut(store):
    """set_text used to cut silently where create refused: both refuse, in words."""
    from planner.core.model import TEXT_FIELDS

    interview_id = store.create(Interview(company="Kept"))
    too_long = "x" * (TEXT_FIELDS["company"] + 1)
    with pytest.raises(ValueError, match="company: longer than"):
        store.set_text(interview_id, "company", too_long)
    with pytest.raises(ValueError, match="company: longer than"):
        store.create(Interview(company=too_long))
    assert store.get(interview_id).company == "Kept"
