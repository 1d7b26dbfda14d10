"""Regenerate the README's screenshots: each tab of the worked example, light and dark.

    python tools/screenshots.py        (make screenshots)

The real app runs on a virtual X screen (Xvfb, the xcb platform) on a throwaway data
folder; each picture is the main window as painted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DISPLAY = ":87"


def main() -> int:
    if shutil.which("Xvfb") is None:
        raise SystemExit("screenshots: needs Xvfb (apt-get install xvfb)")
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    os.environ.update(DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    sys.path.insert(0, str(ROOT))
    try:
        from PySide6.QtWidgets import QApplication

        from planner.core.model import TABS
        from planner.gui.app import make_application, set_window_icon
        from planner.gui.main_window import MainWindow
        from planner.gui.scheme import apply_scheme
        from planner.settings import Settings
        from planner.store import Store

        app = make_application([])
        set_window_icon(app)
        folder = Path(tempfile.mkdtemp())
        store = Store.open_in(folder)
        window = MainWindow(store, Settings.in_folder(folder), folder)
        window.resize(1280, 820)
        window.show()
        window.open_example()
        window.painted()  # what the first paint starts: every tab built
        OUT.mkdir(parents=True, exist_ok=True)
        for scheme in ("light", "dark"):
            apply_scheme(scheme)
            for index, tab in enumerate(TABS):
                window.ui.tabs.setCurrentIndex(index)
                for _ in range(5):
                    QApplication.processEvents()
                    time.sleep(0.05)
                target = OUT / f"{tab.key}-{scheme}.png"
                window.grab().save(str(target))
                print(f"wrote {target.relative_to(ROOT)}")
        window.close()
        store.close()
        del app
    finally:
        xvfb.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
