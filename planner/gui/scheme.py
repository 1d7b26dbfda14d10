"""Light, dark, or the system's colours.

Qt 6.8+ can ask the platform for a colour scheme; where the platform cannot (X11 without
a desktop portal, for one), the Fusion style with a matching palette stands in. No widget
has colours of its own, so every window follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_original: dict[str, object] = {}


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#34363a",
        QPalette.ColorRole.ToolTipBase: "#34363a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9da3",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#383a3e",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d74b8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.Light: "#4a4c50",
        QPalette.ColorRole.Midlight: "#404246",
        QPalette.ColorRole.Mid: "#303236",
        QPalette.ColorRole.Dark: "#1a1b1d",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d83"))
    return palette


def apply_scheme(name: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
    wanted = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(name, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    if name == "system" or hints.colorScheme() == wanted:
        app.setStyle(QStyleFactory.create(str(_original["style"])))
        app.setPalette(_original["palette"])
        return
    # The platform ignored the request: Fusion, which draws with any palette, stands in.
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(_dark_palette() if name == "dark" else fusion.standardPalette())
