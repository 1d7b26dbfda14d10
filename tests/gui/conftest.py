from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.gui.main_window import MainWindow
from planner.settings import Settings
from planner.store import Store


class WindowFactory:
    """Builds main windows on one data folder, as successive launches of the app would."""

    def __init__(self, qtbot, data_dir) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.stores: list[Store] = []

    def __call__(self) -> MainWindow:
        store = Store.open_in(self.data_dir)
        self.stores.append(store)
        window = MainWindow(store, Settings.in_folder(self.data_dir), self.data_dir)
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        window.painted()  # what the first paint starts, without waiting for it
        return window

    def close_all(self) -> None:
        for store in self.stores:
            store.close()


@pytest.fixture
def launch(qtbot, data_dir):
    factory = WindowFactory(qtbot, data_dir)
    yield factory
    factory.close_all()


@pytest.fixture
def window(launch):
    return launch()


def answer_next_message_box(button_text: str, attempts: int = 300) -> list[str]:
    """Click the button named button_text in the next modal message box (within 3 s).

    Returns a list that receives the box's text and informative text when it is answered."""
    seen: list[str] = []

    def click(left: int = attempts) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 0:
                QTimer.singleShot(10, lambda: click(left - 1))
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)
    return seen
