"""Impress again: challenges, what is new, stories, questions to ask, the day itself."""

from __future__ import annotations

from collections.abc import Iterator

from planner.core.starter import suggested_items
from planner.gui.tabs import TabContext, TabPage


def build(page: TabPage, context: TabContext) -> Iterator[None]:
    parent = page.content
    page.section("challenges").add(context.item_list("challenge", parent))
    yield
    page.section("research").add(context.item_list("research", parent))
    yield
    page.section("stories").add(context.item_list("story", parent))
    yield
    page.section("asks").add(context.item_list("ask", parent))
    yield
    page.section("day").add(
        context.item_list(
            "day_check",
            parent,
            suggestions=lambda: suggested_items(context.guidance, "day_check"),
        )
    )
