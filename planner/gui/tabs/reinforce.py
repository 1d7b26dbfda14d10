"""Reinforce positives: strengths to build on, concerns to ease, what I told them, key messages."""

from __future__ import annotations

from collections.abc import Iterator

from planner.core.model import KEY_MESSAGE_FIELDS
from planner.gui.tabs import TabContext, TabPage


def build(page: TabPage, context: TabContext) -> Iterator[None]:
    parent = page.content
    page.section("key_messages").add(context.prep_form(parent, list(KEY_MESSAGE_FIELDS)))
    yield
    page.section("strengths").add(context.item_list("strength", parent))
    yield
    page.section("concerns").add(context.item_list("concern", parent))
    yield
    page.section("told").add(context.item_list("told", parent))
