"""Export to and import from a JSON file: one implementation for the CLI and the window."""

from __future__ import annotations

from pathlib import Path

from planner.core import exchange
from planner.fileio import write_atomically
from planner.store import Store, StoreError


class TransferError(Exception):
    """An export or import that did not happen, in one line; nothing was changed."""


def export_to(store: Store, target: Path) -> int:
    """Write every interview to ``target``; return how many."""
    interviews = store.all_interviews()
    data = exchange.dump_export(interviews).encode("utf-8")
    try:
        write_atomically(Path(target), data)
    except OSError as error:
        raise TransferError(f"cannot write {target}: {error.strerror or error}") from None
    return len(interviews)


def import_from(store: Store, source: Path) -> list[int]:
    """Add the interviews in ``source``, all or none; return their new ids."""
    try:
        with open(source, "rb") as handle:
            # Read one byte past the cap so that an oversized file is refused unparsed.
            data = handle.read(exchange.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise TransferError(f"cannot read {source}: {error.strerror or error}") from None
    try:
        interviews = exchange.read_export(data)
        return store.add_many(interviews)
    except (exchange.FormatError, StoreError) as error:
        raise TransferError(f"{Path(source).name}: {error}") from None
