"""Find: where a piece of text appears, across every field of every interview.

The store finds the candidate places in SQL; this module says where each is, in words a
user knows (the interview, the tab, the section, the field), with the text around it.
"""

from __future__ import annotations

from typing import NamedTuple

from planner.core.items import ITEM_KINDS
from planner.core.model import FOLLOW_UP_FIELDS, OFFER_FIELDS, PREP_FIELDS, TAB_KEYS, TABS
from planner.core.richtext import html_to_text

TAB_OF_KIND = {
    "person": "expect",
    "assessment": "expect",
    "question": "expect",
    "challenge": "impress",
    "research": "impress",
    "story": "impress",
    "ask": "impress",
    "day_check": "impress",
    "strength": "reinforce",
    "concern": "reinforce",
    "told": "reinforce",
    "presence_check": "likeable",
}
# A person's fields that are edited on "Be likeable" rather than "What to expect".
LIKEABLE_PERSON_FIELDS = {
    "pronunciation",
    "common_ground",
    "said_last_time",
    "connect",
    "thank_you",
    "thank_you_sent",
}
TAB_OF_PREP = {
    "invite_senior": "expect",
    "invite_colleague": "expect",
    "invite_deeper": "expect",
    "invite_note": "expect",
    "key_message_1": "reinforce",
    "key_message_2": "reinforce",
    "key_message_3": "reinforce",
    "why_team": "likeable",
    "motivation": "likeable",
    "managed_how": "likeable",
    "debrief": "likeable",
    # Follow-up and the offer have no tab of their own yet: they sit with the debrief.
    **dict.fromkeys((*FOLLOW_UP_FIELDS, *OFFER_FIELDS), "likeable"),
}
HEADER_LABELS = {"company": "Company", "role": "Role", "location": "Place or link"}
TAB_TITLES = {tab.key: tab.title for tab in TABS}
CONTEXT_CHARS = 40


class Hit(NamedTuple):
    interview_id: int
    interview_title: str
    tab: str  # a tab key, or "" for the header
    kind: str  # "header", "prep", "notes", or an item kind
    item_id: int  # 0 when not an item
    field: str
    where: str  # e.g. "Reinforce positives › Concerns to ease › My plan"
    context: str  # the text around the match, with "…" where it was cut


def context_of(text: str, query: str, width: int = CONTEXT_CHARS) -> str | None:
    """The words around the first match (case-insensitive), or None if there is none."""
    flat = " ".join(text.split())
    at = flat.casefold().find(query.casefold())
    if at < 0:
        return None
    start = max(0, at - width)
    end = min(len(flat), at + len(query) + width)
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    if end < len(flat):
        space = flat.rfind(" ", at + len(query), end)
        end = space if space > 0 else end
    return f"{'…' if start > 0 else ''}{flat[start:end]}{'…' if end < len(flat) else ''}"


def where_label(tab: str, *parts: str) -> str:
    return " › ".join(p for p in (TAB_TITLES.get(tab, "Header"), *parts) if p)


def header_hit(interview_id: int, title: str, field: str, text: str, query: str) -> Hit | None:
    context = context_of(text, query)
    if context is None:
        return None
    return Hit(
        interview_id, title, "", "header", 0, field, f"Header › {HEADER_LABELS[field]}", context
    )


def prep_hit(interview_id: int, title: str, field: str, text: str, query: str) -> Hit | None:
    context = context_of(text, query)
    if context is None or field not in PREP_FIELDS:
        return None
    tab = TAB_OF_PREP[field]
    return Hit(
        interview_id,
        title,
        tab,
        "prep",
        0,
        field,
        where_label(tab, PREP_FIELDS[field].label),
        context,
    )


def notes_hit(interview_id: int, title: str, tab: str, html: str, query: str) -> Hit | None:
    if tab not in TAB_KEYS:
        return None
    context = context_of(html_to_text(html), query)
    if context is None:
        return None
    return Hit(
        interview_id, title, tab, "notes", 0, "notes", where_label(tab, "Other notes"), context
    )


def item_hit(
    interview_id: int, title: str, kind: str, item_id: int, field: str, text: str, query: str
) -> Hit | None:
    spec = ITEM_KINDS.get(kind)
    if spec is None:
        return None
    try:
        field_spec = spec.field(field)
    except ValueError:
        return None
    if field_spec.choices or field == "bank_id":
        return None
    context = context_of(text, query)
    if context is None:
        return None
    tab = "likeable" if kind == "person" and field in LIKEABLE_PERSON_FIELDS else TAB_OF_KIND[kind]
    return Hit(
        interview_id,
        title,
        tab,
        kind,
        item_id,
        field,
        where_label(tab, spec.plural, field_spec.label),
        context,
    )
