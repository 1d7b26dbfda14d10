"""What the command-line commands do, using the domain and the store directly."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from planner.datadir import DataDirError, prepare_data_dir, resolve_data_dir
from planner.store import Store, StoreError
from planner.transfer import TransferError, export_to, import_from


class CommandError(Exception):
    """A failure worth one line on stderr and exit status 2."""


def _clean(text: str) -> str:
    """One field of a tab-separated line: no tabs or line breaks inside."""
    return " ".join(text.split())


def open_store(data_dir_option: str | None) -> Store:
    try:
        folder = prepare_data_dir(resolve_data_dir(data_dir_option))
        return Store.open_in(folder)
    except (DataDirError, StoreError) as error:
        raise CommandError(str(error)) from None


def list_interviews(store: Store, out: TextIO) -> None:
    for summary in store.summaries():
        when = "" if summary.starts_at is None else f"{summary.starts_at:%Y-%m-%d %H:%M}"
        fields = [str(summary.id), _clean(summary.company), _clean(summary.role), when]
        out.write("\t".join(fields) + "\n")


def run(options: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    store = open_store(options.data_dir)
    try:
        if options.command == "list":
            list_interviews(store, out)
        elif options.command == "export":
            count = export_to(store, options.file)
            print(f"Exported {count} interview(s) to {options.file}", file=sys.stderr)
        elif options.command == "import":
            count = len(import_from(store, options.file))
            print(f"Imported {count} interview(s) from {options.file}", file=sys.stderr)
    except TransferError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    return 0
