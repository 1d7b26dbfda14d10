"""Equality and a readable repr for the app's mutable records (an interview, an item).

What @dataclass would write for them, without importing dataclasses (1.5 ms) and
building each class (0.3 ms) at every start of the window. Immutable records are
NamedTuples instead.
"""

from __future__ import annotations

from typing import Any, ClassVar


class Record:
    FIELDS: ClassVar[tuple[str, ...]] = ()  # what equality compares and repr shows

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # mutable: not a dictionary key

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({fields})"
