"""Export to and import from a JSON file: one implementation for the CLI and the window."""

from __future__ import annotations

from pathlib import Path

from planner.core import exchange
from planner.fileio import cannot_read, cannot_write, read_regular_file, write_atomically
from planner.store import Store, StoreError


class TransferError(Exception):
    """An export or import that did not happen, in one line; nothing was changed."""


def export_to(store: Store, target: Path | str) -> int:
    """Write every interview to ``target``; return how many."""
    interviews = store.all_interviews()
    data = exchange.dump_export(interviews).encode("utf-8")
    try:
        write_atomically(target, data)
    except OSError as error:
        raise TransferError(cannot_write(target, error)) from None
    return len(interviews)


def import_from(store: Store, source: Path | str) -> list[int]:
    """Add the interviews in ``source``, all or none; return their new ids.

    Only a regular file is read (a named pipe or a device is refused before anything is
    read), and no more of it than the size cap. The interviews are stored as they are
    read, in one transaction, so that memory holds the parsed file and one interview at a
    time; a problem with any of them undoes the whole import."""
    try:
        # One byte past the cap, so that an oversized file is refused unparsed.
        data = read_regular_file(source, exchange.MAX_FILE_BYTES)
    except OSError as error:
        raise TransferError(cannot_read(source, error)) from None
    try:
        interviews = exchange.iter_export(data)
        del data
        return store.add_many(interviews)
    except (exchange.FormatError, StoreError, ValueError) as error:
        # ValueError: a value the store refuses (its checks stand behind the format's).
        raise TransferError(f"{Path(source).name}: {error}") from None
