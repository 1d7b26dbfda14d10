"""Save a PNG of the whole X screen (run with DISPLAY set): python tools/grab_screen.py OUT.png"""

import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
screen = QGuiApplication.primaryScreen()
if not screen.grabWindow(0).save(sys.argv[1]):
    sys.exit(f"could not save {sys.argv[1]}")
