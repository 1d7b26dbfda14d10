"""What the command-line commands do, using the domain and the store directly."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from planner.core.textsafe import for_terminal
from planner.datadir import DataDirError, prepare_data_dir, resolve_data_dir
from planner.fileio import cannot_write, write_atomically
from planner.store import Store, StoreError
from planner.store.startup import open_data_folder
from planner.transfer import TransferError, export_to, import_from


class CommandError(Exception):
    """A failure worth one line on stderr and exit status 2."""


def _clean(text: str) -> str:
    """One field of a tab-separated line: no tabs or line breaks inside (white space runs
    become one space), and every other control character written visibly (\\x1b), so
    that a shared file cannot send escape sequences to the terminal."""
    return for_terminal(" ".join(text.split()))


def open_store(data_dir_option: str | None) -> Store:
    try:
        folder = prepare_data_dir(resolve_data_dir(data_dir_option))
        # The window sets a damaged file aside and offers a backup; do not race it here.
        return open_data_folder(folder, set_damaged_aside=False).store
    except (DataDirError, StoreError) as error:
        raise CommandError(str(error)) from None


def list_interviews(store: Store, out: TextIO) -> None:
    for summary in store.summaries():
        when = "" if summary.starts_at is None else f"{summary.starts_at:%Y-%m-%d %H:%M}"
        fields = [str(summary.id), _clean(summary.company), _clean(summary.role), when]
        out.write("\t".join(fields) + "\n")


def _interview(store: Store, interview_id: int):
    if not 0 < interview_id < 2**63 or not store.exists(interview_id):
        raise CommandError(
            f"no interview with id {interview_id} (`interview-planner list` shows the ids)"
        )
    return store.get(interview_id)


def write_sheet(store: Store, options: argparse.Namespace) -> int:
    interview = _interview(store, options.interview)
    from planner.render.pdf import ensure_gui_application, export_pdf
    from planner.render.printing import SheetError

    ensure_gui_application()
    try:
        return export_pdf(interview, options.pdf, options.page_size, full=options.full)
    except SheetError as error:
        raise CommandError(str(error)) from None


def write_calendar(store: Store, options: argparse.Namespace) -> None:
    interview = _interview(store, options.interview)
    from planner.core.guidance import default_guidance
    from planner.core.ical import CalendarError, interview_event
    from planner.localzone import system_timezone
    from planner.settings import Settings  # QtCore only: the preferences' INI file

    # The alarm rings at the time chosen in Preferences, as it does from the window.
    reminder = Settings.in_folder(resolve_data_dir(options.data_dir)).reminder_time
    try:
        data = interview_event(
            interview,
            default_guidance(),
            options.timezone or system_timezone(),
            reminder=reminder,
        )
    except CalendarError as error:
        raise CommandError(str(error)) from None
    try:
        write_atomically(options.ics, data)
    except OSError as error:
        raise CommandError(cannot_write(options.ics, error)) from None


def say(message: str) -> None:
    """A line for the user on stderr; a file name in it may hold any character."""
    print(for_terminal(message), file=sys.stderr)


def run(options: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    store = open_store(options.data_dir)
    try:
        if options.command == "list":
            list_interviews(store, out)
        elif options.command == "export":
            count = export_to(store, options.file)
            say(f"Exported {count} interview(s) to {options.file}")
        elif options.command == "import":
            count = len(import_from(store, options.file))
            say(f"Imported {count} interview(s) from {options.file}")
        elif options.command == "sheet":
            pages = write_sheet(store, options)
            say(f"Wrote {options.pdf} ({pages} page(s))")
        elif options.command == "calendar":
            write_calendar(store, options)
            say(f"Wrote {options.ics}")
    except TransferError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    return 0
