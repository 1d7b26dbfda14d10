"""The window's start-up tricks, in one room (each measured, see docs/performance.md).

cli.py calls before_qt() before it imports anything of Qt; app.py calls
after_first_paint() once the window is on screen. This module imports no Qt."""

from __future__ import annotations

import gc


def before_qt() -> None:
    """Start-up makes many lasting objects and little garbage: the cycle collector would
    only walk them again and again (~6 ms); it is off until after_first_paint(). Then
    import what the window needs from core and store before PySide6."""
    gc.disable()
    import_domain_first()


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
    import planner.render  # its package only: its modules use Qt
    import planner.resources
    import planner.store.startup  # noqa: F401


def after_first_paint() -> None:
    """What start-up made lives as long as the window: the collector need never walk it
    again (shorter pauses later too); then it is switched back on."""
    gc.freeze()
    gc.enable()
