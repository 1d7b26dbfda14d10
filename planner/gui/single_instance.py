"""One window per data folder: a second launch brings the first to the front instead.

A QLockFile in the data folder decides who runs (a lock left by a killed process is stale
and taken over); a QLocalServer named after the folder lets the second launch ask the
first to raise its window. The second launch never opens the database.
"""

from __future__ import annotations

import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed: it costs start-up time
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "planner.lock"
RAISE = b"raise\n"


class LockUnavailable(Exception):
    """The lock file could not be created: the folder cannot be written (why: see
    planner.datadir.probe_write)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def server_name(data_dir: Path) -> str:
    import hashlib  # here, not at the top: only a second launch or the listener needs it

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"second-interview-planner-{digest}"


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self.server: QLocalServer | None = None
        self.raised_other = False

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def acquire(self, *, listen: bool = True) -> bool:
        """True if this process is the one to run; False after asking the other to show
        (`raised_other` says whether it answered).

        With listen=False the caller calls listen() later (after the window is up).
        Raises LockUnavailable when the lock file cannot be made at all (a full disk, a
        folder that cannot be written): that is not another app holding it."""
        if self.lock.tryLock(200):
            if listen:
                self.listen()
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            raise LockUnavailable(self.data_dir / LOCK_NAME)
        self.raised_other = self.notify_running()
        return False

    def listen(self) -> None:
        """Answer later launches: they connect here and ask for the window."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket left by a killed process
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def notify_running(self, timeout_ms: int = 3000) -> bool:
        """Ask the running app to show its window. It listens only once its window is
        painted, so a launch during its start-up keeps asking until timeout_ms."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(200):
                socket.write(RAISE)
                sent = socket.waitForBytesWritten(timeout_ms)
                socket.disconnectFromServer()
                return sent
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The other launch writes at once and waits for it to be sent: read it here,
            # briefly, rather than keep callbacks on a socket that may go away.
            if socket.bytesAvailable() or socket.waitForReadyRead(1000):
                message = bytes(socket.readAll().data())
                if message.startswith(RAISE.strip()):
                    self.activate_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        self.lock.unlock()
