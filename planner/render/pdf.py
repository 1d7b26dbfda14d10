"""The prep sheet as a PDF file, and what the window and the command line need to make
one: the sheet's content for an interview, and a GUI application where there is none."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from planner import APP_NAME
from planner.core import full_sheet
from planner.core import sheet as sheet_content
from planner.core.guidance import default_guidance
from planner.core.model import Interview
from planner.core.sheet import Sheet
from planner.render.page_size import default_page_size_name
from planner.render.printing import SheetError, page_layout, render


def ensure_gui_application() -> None:
    """Fonts and painting need a GUI application; without a window, use Qt's offscreen one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _APPLICATION
        _APPLICATION = QGuiApplication(["interview-planner", "-platform", "offscreen"])


_APPLICATION = None


def make_sheet(interview: Interview, *, full: bool, now: datetime | None = None) -> Sheet:
    builder = full_sheet.full if full else sheet_content.one_page
    return builder(interview, default_guidance(), now or datetime.now())


def export_pdf(
    interview: Interview,
    target: Path,
    page_size_name: str | None = None,
    *,
    full: bool = False,
    now: datetime | None = None,
) -> int:
    """The interview's sheet as a PDF file; return the number of pages."""
    sheet = make_sheet(interview, full=full, now=now)
    return write_pdf(sheet, target, page_size_name or default_page_size_name())


def write_pdf(sheet: Sheet, target: Path, page_size_name: str) -> int:
    """Write the sheet as a PDF; an older file at target stays untouched unless this succeeds.

    The file is written through planner.fileio.replacing: a device, a named pipe or a
    folder is refused untouched, a link is written through, and the partial file is
    removed whatever stops the write (see that module)."""
    from planner.fileio import cannot_write, replacing

    try:
        with replacing(target) as (fd, temp_name):
            os.close(fd)
            writer = QPdfWriter(temp_name)
            writer.setCreator(APP_NAME)
            writer.setTitle(sheet.title)
            writer.setResolution(300)
            writer.setPageLayout(page_layout(page_size_name))
            pages = render(sheet, writer)
            del writer  # the file is complete once the writer is gone
            # Qt does not report a short write: a PDF is complete only if it ends with its
            # trailer, so check that before it may replace anything.
            with open(temp_name, "rb") as handle:
                handle.seek(max(0, os.path.getsize(temp_name) - 64))
                complete = b"%%EOF" in handle.read()
                if not complete:
                    raise SheetError(
                        f"cannot write {target}: the file could not be written whole; "
                        "the disk may be full"
                    )
                os.fsync(handle.fileno())
        return pages
    except OSError as error:
        raise SheetError(cannot_write(target, error)) from None
