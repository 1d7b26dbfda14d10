"""File menu actions for the prep sheet and the calendar: preview, print, PDF, .ics."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from planner.core.model import Interview
from planner.gui import no_icon
from planner.render.page_size import PAGE_SIZE_NAMES, default_page_size_name
from planner.settings import Settings


def file_stem(interview: Interview, suffix: str) -> str:
    """A file name from the company and the date, e.g. Northwind-Analytics-2026-12-03-prep-sheet."""
    company = re.sub(r"[^\w]+", "-", interview.company.strip()).strip("-") or "interview"
    day = f"-{interview.starts_at:%Y-%m-%d}" if interview.starts_at else ""
    return f"{company}{day}-{suffix}"


def confirm_replace(parent: QMainWindow, target: Path) -> bool:
    from planner.gui.safe_text import confirm

    return confirm(
        parent, "Replace the file?", f"{target.name} already exists in {target.parent}. Replace it?"
    )


class SheetActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        current_interview: Callable[[], Interview | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.current_interview = current_interview
        self.actions: list[QAction] = []

    # -- menu -----------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = no_icon.action(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions.append(action)
        return action

    def add_to(self, menu: QMenu, before: QAction) -> None:
        """Put the sheet and calendar entries into the File menu, above `before`."""
        holder = QMenu(menu)
        self.print_preview = self._action(holder, "Print Pre&view…", lambda: self.preview(False))
        self.print = self._action(
            holder, "&Print…", lambda: self.print_sheet(False), QKeySequence.StandardKey.Print
        )
        if self.print.shortcut().isEmpty():
            self.print.setShortcut(QKeySequence("Ctrl+P"))
        self.export = self._action(holder, "E&xport PDF…", lambda: self.export_pdf(False))
        full = QMenu("Fu&ll Sheet (Every Note)", menu)
        self._action(full, "Print Pre&view…", lambda: self.preview(True))
        self._action(full, "&Print…", lambda: self.print_sheet(True))
        self._action(full, "E&xport PDF…", lambda: self.export_pdf(True))
        sizes = QMenu("Sheet Page Si&ze", menu)
        group = QActionGroup(sizes)
        current = self.page_size()
        self.size_actions = {}
        for name, label in (("A4", "A4"), ("Letter", "US Letter")):
            action = no_icon.action(label, sizes, checkable=True)
            action.setChecked(name == current)
            action.triggered.connect(lambda _checked, name=name: self.set_page_size(name))
            group.addAction(action)
            sizes.addAction(action)
            self.size_actions[name] = action
        self.calendar = self._action(holder, "Add to &Calendar…", self.add_to_calendar)
        for action in (self.print_preview, self.print, self.export):
            menu.insertAction(before, action)
        menu.insertMenu(before, full)
        menu.insertMenu(before, sizes)
        menu.insertSeparator(before)
        menu.insertAction(before, self.calendar)
        menu.insertSeparator(before)
        self.menus = (full, sizes)
        self.actions.extend(full.actions())

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
        self.menus[0].setEnabled(enabled)

    # -- page size ------------------------------------------------------------

    def page_size(self) -> str:
        chosen = self.settings.sheet_page_size
        return chosen if chosen in PAGE_SIZE_NAMES else default_page_size_name()

    def sync_page_size(self) -> None:
        """Show the page size chosen elsewhere (Preferences) in the menu."""
        current = self.page_size()
        for name, action in self.size_actions.items():
            action.setChecked(name == current)

    def set_page_size(self, name: str) -> None:
        self.settings.sheet_page_size = name
        self.settings.sync()

    # -- commands -------------------------------------------------------------

    def _sheet(self, full: bool):
        interview = self.current_interview()
        if interview is None:
            return None, None
        from planner.render.pdf import make_sheet

        return interview, make_sheet(interview, full=full)

    def _printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from planner.render.printing import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.page_size()))
        return printer

    def preview(self, full: bool):
        interview, sheet = self._sheet(full)
        if sheet is None:
            return None
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        from planner.render.printing import render

        # The dialog does not own the printer: keep it alive as long as the dialog.
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.printer_ = printer
        dialog.setWindowTitle(f"Prep sheet: {interview.title}")
        dialog.paintRequested.connect(lambda printer: render(sheet, printer))
        # The whole page in view, the dialog within the screen (a laptop's is 700-800 high).
        screen = self.window.screen().availableGeometry()
        dialog.resize(min(900, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))
        view = dialog.findChild(QPrintPreviewWidget)
        if view is not None:
            view.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        dialog.exec()
        return dialog

    def print_sheet(self, full: bool) -> None:
        interview, sheet = self._sheet(full)
        if sheet is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog

        from planner.render.printing import SheetError, render

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(f"Print the prep sheet: {interview.title}")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            render(sheet, printer)
        except SheetError as error:
            from planner.gui.safe_text import warn

            warn(self.window, "Could not print", str(error))

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        from PySide6.QtCore import QStandardPaths

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        from PySide6.QtWidgets import QFileDialog  # costly to load: only when needed

        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / name), pattern)
        return Path(path) if path else None

    def export_pdf(self, full: bool) -> Path | None:
        interview = self.current_interview()
        if interview is None:
            return None
        suffix = "full-prep-sheet" if full else "prep-sheet"
        target = self._save_path(
            "Export the prep sheet as PDF", f"{file_stem(interview, suffix)}.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            # The dialog asked about the name as typed; ask about the one written.
            if target.exists() and not confirm_replace(self.window, target):
                return None
        from planner.render.pdf import export_pdf
        from planner.render.printing import SheetError

        try:
            pages = export_pdf(interview, target, self.page_size(), full=full)
        except SheetError as error:
            from planner.gui.safe_text import warn

            warn(self.window, "Could not export the PDF", str(error))
            return None
        self.window.statusBar().showMessage(f"Saved {target} ({pages} page(s)).", 8000)
        return target

    def add_to_calendar(self) -> Path | None:
        interview = self.current_interview()
        if interview is None:
            return None
        from PySide6.QtWidgets import QMessageBox

        from planner.core.guidance import default_guidance
        from planner.core.ical import CalendarError, interview_event
        from planner.fileio import cannot_write, write_atomically
        from planner.gui.safe_text import message, warn
        from planner.localzone import system_timezone

        try:
            data = interview_event(
                interview,
                default_guidance(),
                system_timezone(),
                reminder=self.settings.reminder_time,
            )
        except CalendarError as error:
            box = message(
                self.window,
                QMessageBox.Icon.Information,
                "Add to calendar",
                str(error)[:1].upper() + str(error)[1:] + ".",
            )
            box.exec()
            return None
        target = self._save_path(
            "Save the calendar event",
            f"{file_stem(interview, 'interview')}.ics",
            "Calendar (*.ics)",
        )
        if target is None:
            return None
        try:
            write_atomically(target, data)
        except OSError as error:
            reason = cannot_write(target, error)
            warn(self.window, "Could not save the event", reason[:1].upper() + reason[1:] + ".")
            return None
        self.window.statusBar().showMessage(
            f"Saved {target}: open it with your calendar to add the interview.", 8000
        )
        return target
