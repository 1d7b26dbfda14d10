"""Find: every place a text appears in the database, as core.search's hits.

The SQL narrows the rows (LIKE, and json_each over the items' fields); core.search says
where each hit is and cuts the text around it."""

from __future__ import annotations

import sqlite3

from planner.core import search
from planner.core.items import BOOL
from planner.core.model import PREP_FIELDS, TEXT_FIELDS, Interview


def _like_pattern(text: str) -> str:
    """A LIKE pattern that finds text anywhere, its %, _ and \\ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find(conn: sqlite3.Connection, query: str, limit: int = 500) -> list[search.Hit]:
    """Every place the text appears (case-insensitive for ASCII letters), as Hits."""
    query = query.strip()
    if not query:
        return []
    pattern = _like_pattern(query)
    titles = {
        row[0]: Interview(company=row[1], role=row[2]).title
        for row in conn.execute("SELECT id, company, role FROM interview")
    }
    hits = []
    text_prep = [name for name, spec in PREP_FIELDS.items() if spec.type != BOOL]
    columns = ["company", "role", "location", *text_prep]
    where = " OR ".join(f"{column} LIKE :p ESCAPE '\\'" for column in columns)
    for row in conn.execute(
        f"SELECT id, {', '.join(columns)} FROM interview WHERE {where} ORDER BY id",
        {"p": pattern},
    ):
        interview_id = row[0]
        for column, value in zip(columns, row[1:], strict=True):
            if column in TEXT_FIELDS:
                hit = search.header_hit(interview_id, titles[interview_id], column, value, query)
            else:
                hit = search.prep_hit(interview_id, titles[interview_id], column, value, query)
            if hit is not None:
                hits.append(hit)
    # Notes are stored as HTML, where & < > " are written as entities: look for both.
    import html as html_entities  # here: its table of entities is not needed to start

    html_pattern = _like_pattern(html_entities.escape(query, quote=True))
    for interview_id, tab, notes_html in conn.execute(
        "SELECT interview_id, tab, html FROM tab_notes "
        "WHERE html LIKE :p ESCAPE '\\' OR html LIKE :h ESCAPE '\\' ORDER BY interview_id",
        {"p": pattern, "h": html_pattern},
    ):
        hit = search.notes_hit(interview_id, titles.get(interview_id, ""), tab, notes_html, query)
        if hit is not None:
            hits.append(hit)
    for interview_id, kind, item_id, field, value in conn.execute(
        "SELECT item.interview_id, item.kind, item.id, field.key, field.value "
        "FROM item, json_each(item.data) AS field "
        "WHERE field.type = 'text' AND field.value LIKE :p ESCAPE '\\' "
        "ORDER BY item.interview_id, item.kind, item.position",
        {"p": pattern},
    ):
        hit = search.item_hit(
            interview_id, titles.get(interview_id, ""), kind, item_id, field, value, query
        )
        if hit is not None:
            hits.append(hit)
        if len(hits) >= limit:
            break
    return hits[:limit]


# -- items ---------------------------------------------------------------
