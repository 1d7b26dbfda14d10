"""Baseline: the least a PySide6 program does to render a short HTML page to a PDF.

python benchmarks/baseline_pdf.py OUT.pdf
"""

import sys

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
document = QTextDocument()
document.setHtml("<h1>Interview</h1><p>Company, role, date, and three key messages.</p>")
document.print_(writer)
