"""Be likeable: each person, why this team, presence on the day, and afterwards."""

from __future__ import annotations

from collections.abc import Iterator

from planner.core.starter import suggested_items
from planner.gui.tabs import TabContext, TabPage

PEOPLE_ELSEWHERE = "Add the people you will meet on the “What to expect” tab."


def build(page: TabPage, context: TabContext) -> Iterator[None]:
    parent = page.content
    page.section("person_rapport").add(
        context.item_list(
            "person",
            parent,
            fields=("pronunciation", "common_ground", "said_last_time", "connect"),
            structural=False,
            empty_text=PEOPLE_ELSEWHERE,
        )
    )
    yield
    page.section("motivation").add(
        context.prep_form(parent, ["why_team", "motivation", "managed_how"])
    )
    yield
    page.section("presence").add(
        context.item_list(
            "presence_check",
            parent,
            suggestions=lambda: suggested_items(context.guidance, "presence_check"),
        )
    )
    yield
    after = page.section("after")
    after.add(context.prep_form(parent, ["debrief"], lines=4))
    after.add(
        context.item_list(
            "person",
            parent,
            fields=("thank_you",),
            structural=False,
            empty_text=PEOPLE_ELSEWHERE,
        )
    )
