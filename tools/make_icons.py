"""Render resources/icons/app.svg into the icons each platform wants.

    python tools/make_icons.py

Writes the freedesktop hicolor theme (PNG sizes and the scalable SVG) for Linux, app.ico
for Windows and app.icns for macOS. Run it after changing the SVG; the outputs are kept in
the repository so that a build needs no extra tool.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "second-interview-planner"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    icon = QIcon(str(ICONS / "app.svg"))
    if icon.isNull():
        raise SystemExit("cannot read resources/icons/app.svg")
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        icon.pixmap(QSize(size, size)).save(str(folder / f"{NAME}.png"))
    scalable = ICONS / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "app.svg", scalable / f"{NAME}.svg")
    icon.pixmap(QSize(256, 256)).save(str(ICONS / "app.ico"))
    icon.pixmap(QSize(512, 512)).save(str(ICONS / "app.icns"))
    print(f"wrote icons under {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
