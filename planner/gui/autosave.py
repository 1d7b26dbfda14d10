"""Saving edits a moment after the last keystroke, with no save button.

Each edited field is one pending entry: a getter that reads the widget and a
writer that stores the value. A burst of keystrokes restarts one timer; when it
fires, every pending field is written, each in its own transaction. A failed
write stays pending, is retried, and is reported in words.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.store import StoreError

RETRY_MS = 5_000


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
        self.last_error: str | None = None

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def schedule(
        self, key: Hashable, getter: Callable[[], Any], writer: Callable[[Any], None]
    ) -> None:
        """Note that a field changed; it is written when the typing pauses."""
        self._pending[key] = (getter, writer)
        self._timer.start()
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
        if not self._pending:
            return True
        for key, (getter, writer) in list(self._pending.items()):
            try:
                writer(getter())
            except StoreError as error:
                self.last_error = str(error)
                self._timer.start(RETRY_MS)
                self.failed.emit(self.last_error)
                return False
            # Only drop the entry if no newer edit replaced it meanwhile.
            if self._pending.get(key, (None, None))[1] is writer:
                del self._pending[key]
        self.last_error = None
        self.saved.emit()
        return True
