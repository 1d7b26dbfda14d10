"""A text document that never loads a resource, whatever its HTML names."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


class SafeDocument(QTextDocument):
    """The document of every rich-text view the app makes (the notes editor, the sheet).

    Qt reads the path an image names itself whenever no resource comes back: for an image
    it tries the file whenever the resource is missing or not an image, so an image is
    always answered with an empty one (1x1, transparent). Anything else (a style sheet) is
    answered with nothing, which Qt takes as nothing."""

    def loadResource(self, kind: int, name):
        if kind == QTextDocument.ResourceType.ImageResource:
            from PySide6.QtGui import QImage

            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(0)
            return image
        return None
