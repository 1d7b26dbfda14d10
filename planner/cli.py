"""The command line: no command opens the window; list, export and import work without one."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from planner import APP_NAME, __version__

PROG = "interview-planner"
EXIT_ERROR = 2
COMMANDS = ("list", "export", "import", "sheet", "calendar")


def _add_data_dir(parser: argparse.ArgumentParser, *, suppress_default: bool) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS if suppress_default else None,
        help="the folder that holds your interviews (default: $PLANNER_DATA_DIR, "
        "else the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: prepare for a second job interview. "
        "With no command, opens the window (Qt options such as -platform or -style "
        "are passed on to Qt).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser, suppress_default=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser(
        "list", help="print one line per interview: id, company, role, date (tab-separated)"
    )
    _add_data_dir(listing, suppress_default=True)

    export = commands.add_parser("export", help="write every interview to a JSON file")
    export.add_argument("file", metavar="FILE.json", type=Path)
    _add_data_dir(export, suppress_default=True)

    import_ = commands.add_parser("import", help="add the interviews of an exported JSON file")
    import_.add_argument("file", metavar="FILE.json", type=Path)
    _add_data_dir(import_, suppress_default=True)

    sheet = commands.add_parser(
        "sheet", help="write an interview's prep sheet as a PDF (one page, or --full)"
    )
    sheet.add_argument("--interview", type=int, required=True, metavar="ID")
    sheet.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf")
    sheet.add_argument("--full", action="store_true", help="every note, on as many pages as needed")
    sheet.add_argument(
        "--page-size", choices=("A4", "Letter"), help="default: from the locale (Letter in the US)"
    )
    _add_data_dir(sheet, suppress_default=True)

    calendar = commands.add_parser(
        "calendar", help="write an interview as a calendar event (.ics) with an alarm"
    )
    calendar.add_argument("--interview", type=int, required=True, metavar="ID")
    calendar.add_argument("--ics", type=Path, required=True, metavar="OUT.ics")
    calendar.add_argument(
        "--timezone", metavar="ZONE", help="e.g. Europe/London (default: this computer's)"
    )
    _add_data_dir(calendar, suppress_default=True)
    return parser


def _command_given(argv: Sequence[str]) -> bool:
    """Whether argv names a command (as opposed to Qt options for the window)."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg == "--data-dir":
            skip_next = True
            continue
        if arg.startswith("-"):
            continue
        return arg in COMMANDS
    return False


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window itself; whatever else is given is left for Qt."""
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    _add_data_dir(parser, suppress_default=False)
    return parser


def _missing_display(qt_args: Sequence[str], environ=os.environ) -> str | None:
    """Why the window cannot open here, if Qt would only abort with a core dump."""
    if not sys.platform.startswith("linux"):
        return None
    if "-platform" in qt_args or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        f"the commands {', '.join(COMMANDS)} work without one, see --help"
    )


def import_domain_first() -> None:
    """Import what the window's start-up needs from core and store before PySide6.

    PySide6 wraps the import statement: every module imported after it has its source read
    (looking for `from __feature__ import`), about 0.1 ms a module, 7 ms at each start of
    the window. These modules never use Qt, so they are imported before it."""
    import threading  # noqa: F401

    import planner.core.countdown
    import planner.core.guidance
    import planner.core.readiness
    import planner.core.starter
    import planner.datadir
    import planner.resources
    import planner.store.startup  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Whatever the app creates (database, its -wal and -shm, backups, exports, PDFs) is
    # readable by the owner only.
    if hasattr(os, "umask"):
        os.umask(0o077)
    if _command_given(argv) or {"-h", "--help", "--version"} & set(argv):
        parser = build_parser()
        options = parser.parse_args(argv)
        if options.command is None:
            parser.error(f"unknown command (choose from {', '.join(COMMANDS)})")
        from planner import commands

        try:
            return commands.run(options)
        except commands.CommandError as error:
            print(f"{PROG}: error: {error}", file=sys.stderr)
            return EXIT_ERROR

    options, qt_args = _window_parser().parse_known_args(argv)
    if qt_args and not qt_args[0].startswith("-"):
        build_parser().error(f"unknown command {qt_args[0]!r} (choose from {', '.join(COMMANDS)})")
    reason = _missing_display(qt_args)
    if reason:
        print(f"{PROG}: error: {reason}", file=sys.stderr)
        return EXIT_ERROR
    # Start-up makes many lasting objects and little garbage: the cycle collector would
    # only walk them again and again (~6 ms). run_gui switches it back on after the first
    # paint.
    gc.disable()
    import_domain_first()
    from planner.gui.app import run_gui

    return run_gui(data_dir_option=options.data_dir, qt_args=qt_args)
