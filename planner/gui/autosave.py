"""Saving edits a moment after the last keystroke, with no save button.

Each edited field is one pending entry: a getter that reads the value and a writer that
stores it. A burst of keystrokes restarts one timer; when it fires, every pending field is
written, each in its own transaction. Typing that never pauses is saved all the same: at
the latest MAX_WAIT_MS after the first edit that is not yet saved. A write that fails for
the disk's or the file's sake stays pending, is retried, and is reported in words; a value
the store refuses is reported and dropped (it could never be saved), and the other fields
are saved all the same.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.store import StoreError

RETRY_MS = 5_000
# The longest typing can go unsaved (docs/data-safety.md): a save at most this long after
# the first unsaved keystroke, however fast the typing goes on.
MAX_WAIT_MS = 2_000


class Autosaver(QObject):
    saving = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, delay_ms: int = 400, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        # Started by the first unsaved edit, not restarted by the next ones.
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        # A separate timer, so that one failure does not slow every later save.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self.last_error: str | None = None
        self.last_saved: list[Hashable] = []  # the keys the latest flush wrote

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def schedule(
        self, key: Hashable, getter: Callable[[], Any], writer: Callable[[Any], None]
    ) -> None:
        """Note that a field changed; it is written when the typing pauses."""
        self._pending[key] = (getter, writer)
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self.saving.emit()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def freeze(self) -> None:
        """Read every pending value now, so the widgets can show something else."""
        for key, (getter, writer) in list(self._pending.items()):
            value = getter()
            self._pending[key] = (lambda value=value: value), writer

    def flush(self) -> bool:
        """Write everything pending now. True if all of it was saved."""
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        if not self._pending:
            return True
        errors: list[str] = []
        retry = False
        self.last_saved = []
        for key, (getter, writer) in list(self._pending.items()):
            try:
                writer(getter())
                self.last_saved.append(key)
            except StoreError as error:
                errors.append(str(error))
                retry = True
                continue
            except ValueError as error:
                errors.append(f"not saved: {error}")
            # Saved or refused: drop it, unless a newer edit replaced it meanwhile.
            if self._pending.get(key, (None, None))[1] is writer:
                del self._pending[key]
        if errors:
            self.last_error = errors[0]
            if retry:
                self._retry.start()
            self.failed.emit(self.last_error)
            return False
        self.last_error = None
        self.saved.emit()
        return True
