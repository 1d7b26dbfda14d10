"""The wrapped label answers height-for-width like QLabel, and forgets when it must."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from planner.gui.widgets.wrapping_label import WrappingLabel

TEXT = "Someone with hiring authority wants to judge you in person. " * 4
RICH = "<b>They look for</b><ul><li>Evidence</li><li>Judgement under pressure</li></ul>" * 2


def twins(qtbot, text, rich=False):
    plain, cached = QLabel(text), WrappingLabel(text)
    plain.setWordWrap(True)
    for label in (plain, cached):
        qtbot.addWidget(label)
        if rich:
            label.setTextFormat(label.textFormat().RichText)
    return plain, cached


@pytest.mark.parametrize("rich", [False, True])
def test_heights_match_qlabel_at_every_width(qtbot, rich):
    plain, cached = twins(qtbot, RICH if rich else TEXT, rich)
    for width in (80, 200, 200, 450, 80, 900):
        assert cached.heightForWidth(width) == plain.heightForWidth(width)


def test_new_text_indent_and_font_are_measured_again(qtbot):
    plain, cached = twins(qtbot, "short")
    short = cached.heightForWidth(150)
    for label in (plain, cached):
        label.setText(TEXT)
    assert cached.heightForWidth(150) == plain.heightForWidth(150) > short
    for label in (plain, cached):
        label.setIndent(60)
    assert cached.heightForWidth(150) == plain.heightForWidth(150)
    big = QFont(cached.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    for label in (plain, cached):
        label.setFont(big)
    assert cached.heightForWidth(150) == plain.heightForWidth(150)
    for label in (plain, cached):
        label.setContentsMargins(10, 10, 10, 10)
    assert cached.heightForWidth(150) == plain.heightForWidth(150)


def test_every_setter_that_changes_the_layout_is_measured_again(qtbot):
    plain, cached = twins(qtbot, TEXT)
    steps = [
        lambda label: label.setNum(1234567),
        lambda label: label.setText(TEXT),
        lambda label: label.setMargin(25),
        lambda label: label.clear(),
        lambda label: label.setText(TEXT + TEXT),
        lambda label: label.setWordWrap(False),
        lambda label: label.setWordWrap(True),
    ]
    for step in steps:
        for label in (plain, cached):
            step(label)
        assert cached.heightForWidth(150) == plain.heightForWidth(150)


def test_the_widths_kept_are_few(qtbot):
    _, cached = twins(qtbot, TEXT)
    for width in range(100, 400):  # a window being resized
        cached.heightForWidth(width)
    assert len(cached._heights) <= 64
