"""The command line: no command opens the window; list, export and import work without one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from planner import APP_NAME, __version__

PROG = "interview-planner"
EXIT_ERROR = 2
COMMANDS = ("list", "export", "import", "sheet", "calendar")
# The largest id SQLite can hold; a number outside 1 to this names no interview.
MAX_ID = 2**63 - 1
LIST_HINT = "`interview-planner list` shows the ids"


class Parser(argparse.ArgumentParser):
    """argparse with errors in one line (no usage block), their echo of the user's words
    made safe for the terminal, and exit status 2."""

    def error(self, message: str) -> NoReturn:
        from planner.core.textsafe import for_terminal

        hint = "" if message.endswith(")") else " (see --help)"
        self.exit(EXIT_ERROR, f"{self.prog}: error: {for_terminal(message)}{hint}\n")


def file_name(text: str) -> Path:
    """A file named on the command line; an empty word is not one, nor a name ending in a
    separator (Path would drop it and write a file where a folder was meant)."""
    if not text:
        raise argparse.ArgumentTypeError("no file name given")
    if text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(f"{text} names a folder; give the name of a file")
    return Path(text)


def folder_name(text: str) -> str:
    """--data-dir: an empty word would quietly mean the default folder; refuse it."""
    if not text:
        raise argparse.ArgumentTypeError("no folder given")
    return text


class UnknownId(Exception):
    """An id no interview can have (0, negative, too large for the database): said in
    the same words as an id that names no interview, not as a usage error."""


def interview_id(text: str) -> int:
    """An interview's id: a whole number, of any length."""
    digits = text.strip()
    sign = digits[:1] if digits[:1] in ("+", "-") else ""
    unsigned = digits[len(sign) :]
    if not (unsigned.isascii() and unsigned.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not an id: an id is a whole number")
    magnitude = unsigned.lstrip("0") or "0"
    # Compare lengths first: int() refuses numbers of more than 4,300 digits.
    if sign == "-" or len(magnitude) > len(str(MAX_ID)) or not 0 < int(magnitude) <= MAX_ID:
        shown = digits if len(digits) <= 40 else f"{digits[:20]}… ({len(magnitude):,} digits)"
        raise UnknownId(f"no interview with id {shown} ({LIST_HINT})")
    return int(magnitude)


def _add_data_dir(parser: argparse.ArgumentParser, *, suppress_default: bool) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=folder_name,
        default=argparse.SUPPRESS if suppress_default else None,
        help="the folder that holds your interviews (default: $PLANNER_DATA_DIR, "
        "else the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    export.add_argument("file", metavar="FILE.json", type=file_name)
    _add_data_dir(export, suppress_default=True)

    import_ = commands.add_parser("import", help="add the interviews of an exported JSON file")
    import_.add_argument("file", metavar="FILE.json", type=file_name)
    _add_data_dir(import_, suppress_default=True)

    sheet = commands.add_parser(
        "sheet", help="write an interview's prep sheet as a PDF (one page, or --full)"
    )
    sheet.add_argument("--interview", type=interview_id, required=True, metavar="ID")
    sheet.add_argument("--pdf", type=file_name, required=True, metavar="OUT.pdf")
    sheet.add_argument("--full", action="store_true", help="every note, on as many pages as needed")
    sheet.add_argument(
        "--page-size", choices=("A4", "Letter"), help="default: from the locale (Letter in the US)"
    )
    _add_data_dir(sheet, suppress_default=True)

    calendar = commands.add_parser(
        "calendar", help="write an interview as a calendar event (.ics) with an alarm"
    )
    calendar.add_argument("--interview", type=interview_id, required=True, metavar="ID")
    calendar.add_argument("--ics", type=file_name, required=True, metavar="OUT.ics")
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
    parser = Parser(prog=PROG, add_help=False)
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


def _end_on_signal(signum: int, _frame) -> None:
    """SIGTERM or SIGHUP during a command: end as if by sys.exit, so that every finally
    block runs (a partial file is removed, the database closed)."""
    raise SystemExit(128 + signum)


def _run_command(options: argparse.Namespace) -> int:
    import signal

    from planner import commands
    from planner.core.textsafe import for_terminal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _end_on_signal)
    try:
        return commands.run(options)
    except commands.CommandError as error:
        print(f"{PROG}: error: {for_terminal(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was changed", file=sys.stderr)
        return 128 + signal.SIGINT
    except ImportError as error:  # Qt (the sheet) without a system library it needs
        lead = f"the {options.command} command cannot start Qt"
        return _missing_library(error, lead, platform="offscreen")


def _missing_library(error: ImportError, lead: str, platform: str | None = None) -> int:
    from planner.syslibs import import_failure

    reason = import_failure(error, lead, platform)
    if reason is None:
        raise error
    print(f"{PROG}: error: {reason}", file=sys.stderr)
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Whatever the app creates (database, its -wal and -shm, backups, exports, PDFs) is
    # readable by the owner only.
    if hasattr(os, "umask"):
        os.umask(0o077)
    if _command_given(argv) or {"-h", "--help", "--version"} & set(argv):
        parser = build_parser()
        try:
            options = parser.parse_args(argv)
        except UnknownId as error:
            from planner.core.textsafe import for_terminal

            print(f"{PROG}: error: {for_terminal(str(error))}", file=sys.stderr)
            return EXIT_ERROR
        if options.command is None:
            parser.error(f"unknown command (choose from {', '.join(COMMANDS)})")
        return _run_command(options)

    options, qt_args = _window_parser().parse_known_args(argv)
    if qt_args and not qt_args[0].startswith("-"):
        build_parser().error(f"unknown command {qt_args[0]!r} (choose from {', '.join(COMMANDS)})")
    reason = _missing_display(qt_args)
    if reason:
        print(f"{PROG}: error: {reason}", file=sys.stderr)
        return EXIT_ERROR
    from planner.gui.boot import before_qt

    before_qt()  # the collector off, the domain before PySide6 (see planner/gui/boot.py)
    try:
        from planner.gui.app import run_gui
    except ImportError as error:  # Qt without a system library it needs
        return _missing_library(error, "cannot open a window")

    return run_gui(data_dir_option=options.data_dir, qt_args=qt_args)
