"""Where the data folder is, and making it ready.

The folder is chosen by the caller, in this order: ``--data-dir``, the
environment variable ``PLANNER_DATA_DIR``, then Qt's per-user
``AppDataLocation``. Nothing else in the app picks a folder of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner import APP_ID, ORGANIZATION

ENV_VAR = "PLANNER_DATA_DIR"


class DataDirError(Exception):
    """The data folder cannot be created or written; the message names it."""


def default_data_dir() -> Path:
    """The per-user data folder Qt chooses for this platform."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Static setters: no application object (and so no display) is needed.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_ID)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise DataDirError("the system gives no per-user data folder; use --data-dir DIR")
    return Path(location)


def resolve_data_dir(option: str | os.PathLike[str] | None, environ=os.environ) -> Path:
    if option:
        return Path(option).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    return default_data_dir()


def probe_write(folder: Path) -> OSError | None:
    """Why a file cannot be written in ``folder`` (None if a small test file can be)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return error
    return None


def prepare_data_dir(path: Path) -> Path:
    """Create the folder (owner-only) if needed, and check it can be written."""
    path = path.absolute()
    if path.exists() and not path.is_dir():
        raise DataDirError(
            f"the data folder {path} is a file, not a folder; give a folder with --data-dir"
        )
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise DataDirError(
            f"cannot create the data folder {path}: {error.strerror or error}"
        ) from None
    if not path.is_dir():
        raise DataDirError(f"the data folder {path} is not a folder")
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(f"the data folder {path} cannot be written")
    check_folder_files(path)
    return path


# The files the app opens in its data folder (planner.store.database.DATABASE_NAME and its
# companions, planner.gui.single_instance.LOCK_NAME, planner.settings.SETTINGS_NAME; a
# test keeps the names in step).
FOLDER_FILES = (
    "planner.sqlite3",
    "planner.sqlite3-wal",
    "planner.sqlite3-shm",
    "planner.lock",
    "settings.ini",
)


def check_folder_files(folder: Path) -> None:
    """Each file the app opens in the folder is a regular file or absent: a named pipe
    there would hang the app for ever (opening one waits for a writer), a device or a
    link to one would be read or written as if it were the database."""
    import stat

    for name in FOLDER_FILES:
        try:
            info = os.lstat(folder / name)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DataDirError(f"cannot read {folder / name}: {error.strerror or error}") from None
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise DataDirError(
                f"{folder / name} is {kind} (a link, a pipe or a device); the app keeps its "
                "own file there: move it away"
            )
