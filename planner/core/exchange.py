"""The JSON export format: write every interview, read them back all or nothing.

The format is described in docs/data-format.md. ``read_export`` either returns
the interviews of a valid file or raises ``FormatError`` with a one-line reason
that names the place in the file; it never returns half a file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any

from planner import __version__
from planner.core.items import ITEM_KINDS, Item, text_problem
from planner.core.model import (
    NOTES_MAX_CHARS,
    PREP_FIELDS,
    TAB_KEYS,
    TEXT_FIELDS,
    Interview,
    Status,
    format_starts_at,
    parse_starts_at,
)
from planner.core.richtext import clean_html

FORMAT_NAME = "second-interview-planner"
FORMAT_VERSION = 3
# 1: the foundation (header and notes); 2: adds "prep" and "items" (the four tabs);
# 3: adds the follow-up and the offer worksheet (the fields below).
SUPPORTED_VERSIONS = frozenset({1, 2, 3})
# Fields a file of an earlier version cannot carry: prep fields, and (list, field).
PREP_SINCE_3 = frozenset(
    {"decision_date", "feedback"} | {name for name in PREP_FIELDS if name.startswith("offer_")}
)
ITEM_FIELDS_SINCE_3 = frozenset({("person", "thank_you_sent")})
# Limits no real export comes near (docs/data-format.md): a file beyond them is refused at
# once, and what an import holds in memory stays in proportion to the file.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_INTERVIEWS = 10_000
MAX_LIST_ENTRIES = 5_000  # in one list of one interview, e.g. its people
MAX_CONTAINERS = 1_000_000  # objects and lists, in all
MAX_ENTRIES = 5_000_000  # members of objects and elements of lists, in all
MAX_NUMBER_DIGITS = 20


class FormatError(ValueError):
    """The file is not a valid export; the message says where and why."""


def interview_to_dict(interview: Interview) -> dict[str, Any]:
    return {
        "company": interview.company,
        "role": interview.role,
        "starts_at": format_starts_at(interview.starts_at),
        "location": interview.location,
        "status": interview.status.value,
        "notes": {tab: interview.notes.get(tab, "") for tab in TAB_KEYS},
        "prep": dict(interview.prep),
        "items": {
            kind: [dict(item.data) for item in interview.items.get(kind, [])] for kind in ITEM_KINDS
        },
    }


def dump_export(interviews: list[Interview]) -> str:
    """The export file's text for these interviews: the same data gives the same bytes."""
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "interviews": [interview_to_dict(interview) for interview in interviews],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _reject_constant(name: str) -> Any:
    raise FormatError(f"not valid JSON: {name} is not allowed")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise FormatError(f"not an export: the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _whole_number(digits: str) -> int:
    # int() refuses more than 4,300 digits with advice for programmers; no export has a
    # number of more than a few digits.
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise FormatError(f"not an export: it holds a number of {len(digits.lstrip('-')):,} digits")
    return int(digits)


# A text in the JSON (escaped backslashes and quotes removed first): see _count_structure.
_JSON_TEXT = re.compile(rb'"[^"]*"')


def _count_structure(data: bytes) -> tuple[int, int]:
    """How many objects and lists, and how many entries (members of objects, elements of
    lists), the JSON holds at most: what parsing it will cost in memory, known before."""
    containers = data.count(b"{") + data.count(b"[")
    entries = containers + data.count(b",")
    if containers <= MAX_CONTAINERS and entries <= MAX_ENTRIES:
        return containers, entries  # braces and commas inside texts only add: below anyway
    # Count again outside the texts. Removing every escaped backslash and then every
    # escaped quote leaves each text a plain "..." (the JSON escapes are read left to
    # right, and a run of backslashes starts an escape); the regular expression is linear.
    bare = _JSON_TEXT.sub(b"", data.replace(b"\\\\", b"").replace(b'\\"', b""))
    containers = bare.count(b"{") + bare.count(b"[")
    return containers, containers + bare.count(b",")


def _check_limits(data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise FormatError(
            f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, "
            "more than any export; it is not an export of this app"
        )
    containers, entries = _count_structure(data)
    if containers > MAX_CONTAINERS:
        raise FormatError(
            f"not an export: it holds more than {MAX_CONTAINERS:,} objects and lists, "
            "far more than any export"
        )
    if entries > MAX_ENTRIES:
        raise FormatError(
            f"not an export: it holds more than {MAX_ENTRIES:,} values, far more than any export"
        )


def _parse(data: bytes | str) -> tuple[int, list[Any]]:
    """The format version and the list of interviews of a file, its header and limits
    checked; FormatError if anything is wrong with them."""
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    _check_limits(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            f"not UTF-8 text (byte {error.start:,}), so not an export of this app"
        ) from None
    try:
        document = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
            parse_int=_whole_number,
        )
    except FormatError:
        raise
    except json.JSONDecodeError as error:
        raise FormatError(
            f"not valid JSON ({error.msg.lower()} at line {error.lineno:,}, "
            f"column {error.colno:,}); the file is damaged or not an export"
        ) from None
    except RecursionError:
        raise FormatError("not an export: its lists or objects are nested too deeply") from None
    except ValueError:
        raise FormatError("not valid JSON; the file is damaged or not an export") from None
    del text
    return _interviews_of(document)


def iter_export(data: bytes | str) -> Iterator[Interview]:
    """The interviews of an export file, one at a time: ``read_export`` without holding
    them all. The file is parsed, and its header and limits checked, before this returns;
    each interview is checked as it is reached, so a caller that stores them as they come
    must store them in one transaction (FormatError may come with any of them)."""
    version, entries = _parse(data)
    return (
        _interview_of(entry, f"interviews[{index}]", version) for index, entry in enumerate(entries)
    )


def read_export(data: bytes | str) -> list[Interview]:
    """Parse and validate an export file; raise FormatError if anything is wrong."""
    return list(iter_export(data))


def _interviews_of(document: Any) -> tuple[int, list[Any]]:
    if not isinstance(document, dict):
        raise FormatError("not an export: the file must hold a JSON object")
    if document.get("format") != FORMAT_NAME:
        raise FormatError(f"not an export: 'format' must be {FORMAT_NAME!r}")
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise FormatError("not an export: 'format_version' must be a whole number")
    if version not in SUPPORTED_VERSIONS:
        newest = max(SUPPORTED_VERSIONS)
        hint = "; please update the app" if version > newest else ""
        raise FormatError(
            f"format_version {version} is not supported (this app reads 1 to {newest}){hint}"
        )
    items = document.get("interviews")
    if not isinstance(items, list):
        raise FormatError("not an export: 'interviews' must be a list")
    if len(items) > MAX_INTERVIEWS:
        raise FormatError(
            f"it holds {len(items):,} interviews, more than the {MAX_INTERVIEWS:,} "
            "one import takes; split it into smaller files"
        )
    return version, items


def _text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise FormatError(f"{where}: must be text, not {_type_name(value)}")
    problem = text_problem(value, limit)
    if problem:
        raise FormatError(f"{where}: {problem}")
    return value


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number" if not isinstance(value, float) or math.isfinite(value) else "NaN"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _interview_of(item: Any, where: str, version: int) -> Interview:
    if not isinstance(item, dict):
        raise FormatError(f"{where}: must be an object, not {_type_name(item)}")
    known = {"company", "role", "starts_at", "location", "status", "notes"}
    if version >= 2:
        known |= {"prep", "items"}
    unknown = sorted(set(item) - known)
    if unknown:
        raise FormatError(f"{where}: unknown field {unknown[0]!r}")
    interview = Interview()
    for name, limit in TEXT_FIELDS.items():
        interview_value = item.get(name, "")
        setattr(interview, name, _text(interview_value, f"{where}.{name}", limit))
    starts_at = item.get("starts_at")
    if starts_at is not None:
        text = _text(starts_at, f"{where}.starts_at", 40)
        try:
            interview.starts_at = parse_starts_at(text)
        except ValueError as error:
            reason = str(error) if "year" in str(error) else "not a date and time"
            raise FormatError(
                f"{where}.starts_at: {text!r}: {reason} (like 2026-12-03T10:00)"
            ) from None
    status = item.get("status", Status.PREPARING.value)
    try:
        interview.status = Status(status)
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise FormatError(f"{where}.status: must be one of {allowed}") from None
    notes = item.get("notes", {})
    if not isinstance(notes, dict):
        raise FormatError(f"{where}.notes: must be an object, not {_type_name(notes)}")
    for tab, html in notes.items():
        if tab not in TAB_KEYS:
            raise FormatError(f"{where}.notes: unknown tab {tab!r}")
        # A note from a file is someone else's markup: only its text and emphasis stay.
        cleaned = clean_html(_text(html, f"{where}.notes.{tab}", NOTES_MAX_CHARS))
        if len(cleaned) > NOTES_MAX_CHARS:  # "&" and "<" are written out as "&amp;", "&lt;"
            raise FormatError(
                f"{where}.notes.{tab}: longer than {NOTES_MAX_CHARS:,} characters once its "
                "text is written as the app keeps notes; split the note"
            )
        interview.notes[tab] = cleaned
    _read_prep(interview, item.get("prep", {}), f"{where}.prep", version)
    _read_items(interview, item.get("items", {}), f"{where}.items", version)
    return interview


def _read_prep(interview: Interview, prep: Any, where: str, version: int) -> None:
    if not isinstance(prep, dict):
        raise FormatError(f"{where}: must be an object, not {_type_name(prep)}")
    for name, value in prep.items():
        spec = PREP_FIELDS.get(name)
        if spec is None or (version < 3 and name in PREP_SINCE_3):
            raise FormatError(f"{where}: unknown field {name!r}")
        try:
            interview.prep[name] = spec.clean(value)
        except ValueError as error:
            raise FormatError(f"{where}.{error}") from None


def _read_items(interview: Interview, items: Any, where: str, version: int) -> None:
    if not isinstance(items, dict):
        raise FormatError(f"{where}: must be an object, not {_type_name(items)}")
    for kind, entries in items.items():
        spec = ITEM_KINDS.get(kind)
        if spec is None:
            raise FormatError(f"{where}: unknown list {kind!r}")
        if not isinstance(entries, list):
            raise FormatError(f"{where}.{kind}: must be a list, not {_type_name(entries)}")
        if len(entries) > MAX_LIST_ENTRIES:
            raise FormatError(
                f"{where}.{kind}: {len(entries):,} entries, more than the "
                f"{MAX_LIST_ENTRIES:,} one list may hold"
            )
        for index, entry in enumerate(entries):
            place = f"{where}.{kind}[{index}]"
            if not isinstance(entry, dict):
                raise FormatError(f"{place}: must be an object, not {_type_name(entry)}")
            if version < 3:
                newer = sorted(name for name in entry if (kind, name) in ITEM_FIELDS_SINCE_3)
                if newer:
                    raise FormatError(f"{place}: unknown field {newer[0]!r}")
            try:
                interview.items[kind].append(Item(kind, spec.clean(entry)))
            except ValueError as error:
                raise FormatError(f"{place}: {error}") from None
