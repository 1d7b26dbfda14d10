"""Baseline: a bare PySide6 main window with four tabs of text fields.

Run as the app is (from source, or built by the same PyInstaller); with
PLANNER_BENCH_FIRST_PAINT=1 it prints "first-paint" when its window is first painted, then
quits, exactly as the app does.
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextEdit


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Hello")
    tabs = QTabWidget()
    for title in ("What to expect", "Impress again", "Reinforce positives", "Be likeable"):
        tabs.addTab(QTextEdit(), title)
    window.setCentralWidget(tabs)
    window.resize(1100, 720)
    if os.environ.get("PLANNER_BENCH_FIRST_PAINT"):
        watcher = FirstPaint(window)
        window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
