"""Starting the window: the application object, the data folder, the store and the settings."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, ORGANIZATION, __version__
from planner.datadir import DataDirError, prepare_data_dir, resolve_data_dir
from planner.resources import resource_path
from planner.store import Store, StoreError

EXIT_ERROR = 2


def make_application(qt_args: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    # Lets Linux desktops match the window to resources/second-interview-planner.desktop.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    return app


def run_gui(data_dir_option: str | None, qt_args: Sequence[str]) -> int:
    app = make_application(qt_args)
    try:
        data_dir = prepare_data_dir(resolve_data_dir(data_dir_option))
        store = Store.open_in(data_dir)
    except (DataDirError, StoreError) as error:
        print(f"interview-planner: error: {error}", file=sys.stderr)
        QMessageBox.critical(None, f"{APP_NAME} cannot start", str(error))
        return EXIT_ERROR

    from planner.gui.main_window import MainWindow
    from planner.gui.settings import Settings

    window = MainWindow(store, Settings.in_folder(data_dir), data_dir)
    # A quit that closes no window (a session ending, say) still saves first.
    app.aboutToQuit.connect(window.save_before_quit)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
