"""Shared fixtures. Every test works in tmp_path: never the user's real data or settings."""

from __future__ import annotations

import os

# Before any Qt import: no test needs (or may grab) a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A developer's own data folder must never leak into a test through the environment.
os.environ.pop("PLANNER_DATA_DIR", None)

import pytest

from planner.store import Store


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def store(data_dir):
    opened = Store.open_in(data_dir)
    yield opened
    opened.close()
