"""Starting the window: the application object, the data folder, the store and the settings."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from planner import APP_ID, APP_NAME, ORGANIZATION, __version__
from planner.datadir import DataDirError, prepare_data_dir, resolve_data_dir
from planner.gui import boot
from planner.resources import resource_path
from planner.store import StoreError
from planner.store.startup import BackgroundCheck, daily_backup, open_data_folder

if TYPE_CHECKING:
    from planner.gui.single_instance import SingleInstance
    from planner.store.startup import Opened

EXIT_ERROR = 2


def make_application(qt_args: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Where Qt cannot start its platform plugin (a system library missing, no display)
        # it aborts with a riddle: planner.syslibs says why in one sentence instead, and
        # exits with status 2. It is imported only if Qt says something meanwhile.
        def on_message(mode, context, message):
            from planner.syslibs import on_start_message

            on_start_message(previous, mode, context, message)

        previous = qInstallMessageHandler(on_message)
        try:
            app = QApplication([sys.argv[0], *qt_args])
        finally:
            qInstallMessageHandler(previous)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    # Lets Linux desktops match the window to resources/second-interview-planner.desktop.
    app.setDesktopFileName(APP_ID)
    return app


def set_window_icon(app: QApplication) -> None:
    # SVG needs Qt's icon engine plugin (milliseconds to load): done once the window shows.
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def _quit_after_first_paint(window: QObject) -> None:
    window.installEventFilter(_FirstPaint(window))


NO_CHANGE = "Nothing was changed."
FIX_FOLDER = (
    "Fix the folder (or start the app with --data-dir and a folder you can write to), "
    "then choose Retry."
)


def ask_retry(problem: str, advice: str) -> bool:
    """Say why the app cannot start, in a box with Retry and Quit: never a silent exit."""
    from PySide6.QtWidgets import QMessageBox

    from planner.gui.safe_text import message

    print(f"interview-planner: error: {problem}", file=sys.stderr)
    set_window_icon(QApplication.instance())  # no window was painted: set it here
    box = message(
        None,
        QMessageBox.Icon.Critical,
        "Cannot start",  # Qt adds the app's name
        f"{problem[:1].upper()}{problem[1:]}.",
        f"{advice}\n\n{NO_CHANGE}",
    )
    retry = box.addButton("Retry", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


class Started(NamedTuple):
    data_dir: Path
    instance: SingleInstance
    opened: Opened


class CannotStart(NamedTuple):
    problem: str  # what is wrong, naming the folder
    advice: str  # what to do before Retry


def _start(data_dir_option: str | None) -> Started | CannotStart | None:
    """The data folder, its lock and its store, or why not.

    None when another window already runs on the folder and was brought to the front:
    then there is nothing more to do."""
    from planner.gui.single_instance import LockUnavailable, SingleInstance

    try:
        data_dir = prepare_data_dir(resolve_data_dir(data_dir_option))
    except DataDirError as error:
        return CannotStart(str(error), FIX_FOLDER)
    instance = SingleInstance(data_dir)
    try:
        if not instance.acquire(listen=False):
            if instance.raised_other:
                print(
                    f"{APP_NAME} is already open on {data_dir}: brought it to the front.",
                    file=sys.stderr,
                )
                return None
            return CannotStart(
                f"{APP_NAME} is already open on {data_dir}, but that window does not answer",
                "Close it (or wait until it responds), then choose Retry.",
            )
    except LockUnavailable:
        return _unwritable(data_dir, f"cannot create the lock file in {data_dir}")
    # The database is checked on a thread while the window's code loads (large files take
    # tens of milliseconds to check).
    check = BackgroundCheck(data_dir)
    import planner.gui.main_window  # noqa: F401 (its code loads while the check runs)

    try:
        opened = open_data_folder(data_dir, backup_now=False, check=check)
    except StoreError as error:
        instance.release()
        return _unwritable(data_dir, str(error))
    return Started(data_dir, instance, opened)


def _unwritable(data_dir: Path, otherwise: str) -> CannotStart:
    """Why the folder cannot be used: a full disk, another write error, or ``otherwise``."""
    import errno

    from planner.datadir import probe_write
    from planner.fileio import reason

    error = probe_write(data_dir)
    if error is None:
        return CannotStart(otherwise, FIX_FOLDER)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return CannotStart(
            f"the disk that holds the data folder {data_dir} is full",
            "Free some space on that disk, then choose Retry.",
        )
    return CannotStart(f"the data folder {data_dir} cannot be written: {reason(error)}", FIX_FOLDER)


def run_gui(data_dir_option: str | None, qt_args: Sequence[str]) -> int:
    app = make_application(qt_args)
    while True:
        started = _start(data_dir_option)
        if started is None:
            return 0
        if isinstance(started, Started):
            data_dir, instance, opened = started
            break
        if not ask_retry(*started):
            return EXIT_ERROR

    from planner.gui.main_window import MainWindow
    from planner.settings import Settings

    settings = Settings.in_folder(data_dir)
    if settings.color_scheme != "system":
        from planner.gui.scheme import apply_scheme

        apply_scheme(settings.color_scheme)
    window = MainWindow(opened.store, settings, data_dir)
    instance.activate_requested.connect(window.bring_to_front)
    # A quit that closes no window (a session ending, say) still saves first.
    app.aboutToQuit.connect(window.save_before_quit)
    if os.environ.get("PLANNER_BENCH_FIRST_PAINT"):
        _quit_after_first_paint(window)  # benchmarks/ measure start-up with this
    # The day's backup copies the whole database: on another thread, once the window is up.
    backup = threading.Thread(
        target=lambda: window.backup_finished.emit(daily_backup(data_dir) or ""),
        name="daily-backup",
    )

    def after_first_paint() -> None:
        boot.after_first_paint()  # the cycle collector back on
        set_window_icon(app)
        instance.listen()
        QTimer.singleShot(500, backup.start)

    window.first_painted.connect(after_first_paint)
    window.show()
    if opened.damaged is not None:
        QTimer.singleShot(0, lambda: window.offer_recovery(opened.damaged))
    for notice in opened.notices:
        window.statusBar().showMessage(notice, 10_000)
    try:
        return app.exec()
    finally:
        if backup.is_alive() or backup.ident is not None:
            backup.join()  # never quit halfway through a backup
        opened.store.close()
        instance.release()
