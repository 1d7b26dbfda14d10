import json
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import exchange
from planner.core.exchange import FormatError, dump_export, read_export
from planner.core.items import ITEM_KINDS
from planner.core.model import PREP_FIELDS, TAB_KEYS, Interview, Status
from planner.core.richtext import clean_html


def sample() -> Interview:
    interview = Interview(
        company="Northwind",
        role="Analyst",
        starts_at=datetime(2026, 12, 3, 10, 0),
        location="Leeds",
        status=Status.PREPARING,
    )
    interview.notes["expect"] = clean_html("<p>panel</p>")  # as the app keeps notes
    return interview


def valid_document(**changes):
    document = json.loads(dump_export([sample()]))
    document.update(changes)
    return document


def test_round_trip_keeps_every_field():
    (back,) = read_export(dump_export([sample()]))
    assert back == sample()


def test_the_file_names_its_format_and_version():
    document = json.loads(dump_export([]))
    assert document["format"] == "second-interview-planner"
    assert document["format_version"] == exchange.FORMAT_VERSION
    assert document["interviews"] == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not valid JSON"),
        (b"{", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[]", "must hold a JSON object"),
        (b'{"format": "other", "format_version": 1, "interviews": []}', "'format' must be"),
        (
            b'{"format": "second-interview-planner", "format_version": 99, "interviews": []}',
            "format_version 99 is not supported",
        ),
        (
            b'{"format": "second-interview-planner", "format_version": "1", "interviews": []}',
            "whole number",
        ),
        (
            b'{"format": "second-interview-planner", "format_version": 1, "interviews": {}}',
            "'interviews' must be a list",
        ),
        (
            b'{"format": "second-interview-planner", "format": "x", "format_version": 1}',
            "appears twice",
        ),
        (
            b'{"format": "second-interview-planner", "format_version": 1, '
            b'"interviews": [{"company": NaN}]}',
            "NaN is not allowed",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format_version": ' + b"9" * 5000 + b"}", "a number of 5,000 digits"),
    ],
)
def test_bad_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(FormatError, match=reason):
        read_export(data)


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ("text", r"interviews\[0\]: must be an object"),
        ({"company": 5}, r"interviews\[0\].company: must be text, not a number"),
        ({"role": None}, r"interviews\[0\].role: must be text, not null"),
        ({"status": "hired"}, r"interviews\[0\].status: must be one of"),
        ({"status": ["x"]}, r"interviews\[0\].status: must be one of"),
        ({"starts_at": "next tuesday"}, r"starts_at: 'next tuesday': not a date and time"),
        ({"starts_at": "0999-01-02T10:00"}, r"starts_at: '0999-01-02T10:00': the year must be"),
        ({"starts_at": "2300-01-02T10:00"}, r"the year must be between 1970 and 2199"),
        ({"notes": []}, r"notes: must be an object, not a list"),
        ({"notes": {"elsewhere": ""}}, r"unknown tab 'elsewhere'"),
        ({"notes": {"expect": 1}}, r"notes.expect: must be text"),
        ({"colour": "red"}, r"unknown field 'colour'"),
        ({"company": "x" * 201}, r"company: longer than 200"),
        ({"company": "\ud800"}, r"company: holds characters that cannot be stored"),
    ],
)
def test_bad_interviews_are_refused_naming_the_place(item, reason):
    document = valid_document(interviews=[item])
    with pytest.raises(FormatError, match=reason):
        read_export(json.dumps(document))


def test_an_oversized_file_is_refused_before_parsing():
    with pytest.raises(FormatError, match="larger than"):
        read_export(b" " * (exchange.MAX_FILE_BYTES + 1))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_interviews_or_a_clean_error(data):
    try:
        result = read_export(data)
    except FormatError as error:
        assert str(error)
        assert "\n" not in str(error)
    else:
        assert all(isinstance(item, Interview) for item in result)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
item_fields = st.sampled_from(
    sorted({spec.name for kind in ITEM_KINDS.values() for spec in kind.fields})
)
item_like = st.dictionaries(
    item_fields,
    st.text(max_size=12) | st.booleans() | st.sampled_from(["senior", "ready", "hr"]) | json_values,
    max_size=4,
)
interview_like = st.fixed_dictionaries(
    {},
    optional={
        "company": st.text(max_size=30) | json_values,
        "role": st.text(max_size=30),
        "status": st.sampled_from([s.value for s in Status]) | st.text(max_size=5),
        "starts_at": st.none()
        | st.sampled_from(["2026-12-03T10:00", "0999-01-01T00:00", "2026-02-30T10:00"])
        | st.text(max_size=16),
        "notes": st.dictionaries(st.sampled_from(TAB_KEYS), st.text(max_size=20)) | json_values,
        "prep": st.dictionaries(
            st.sampled_from([*PREP_FIELDS, "bogus"]), st.booleans() | st.text(max_size=8)
        )
        | json_values,
        "items": st.dictionaries(
            st.sampled_from([*ITEM_KINDS, "pets"]), st.lists(item_like, max_size=3) | json_values
        )
        | json_values,
    },
)


@settings(max_examples=400, deadline=None)
@given(st.lists(interview_like | json_values, max_size=4), st.sampled_from([1, 2]))
def test_arbitrary_json_gives_interviews_or_a_clean_error(items, version):
    document = {"format": exchange.FORMAT_NAME, "format_version": version, "interviews": items}
    try:
        result = read_export(json.dumps(document))
    except FormatError as error:
        assert str(error).startswith(("interviews[", "not "))
    else:
        assert len(result) == len(items)


texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


@settings(max_examples=200, deadline=None)
@given(
    company=texts,
    role=texts,
    location=texts,
    status=st.sampled_from(list(Status)),
    # Notes as the app keeps them: the editor's own rich text (an import cleans the rest).
    notes=st.fixed_dictionaries({key: texts.map(clean_html) for key in TAB_KEYS}),
    starts_at=st.none()
    | st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2199, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
)
def test_any_interview_survives_export_and_import(
    company, role, location, status, notes, starts_at
):
    interview = Interview(
        company=company,
        role=role,
        location=location,
        status=status,
        notes=notes,
        starts_at=starts_at,
    )
    (back,) = read_export(dump_export([interview]))
    assert back == interview


FIXTURES = __import__("pathlib").Path(__file__).resolve().parents[1] / "fixtures"


def test_a_foundation_export_still_imports():
    northwind, fabrikam = read_export((FIXTURES / "export-v1.json").read_bytes())
    assert northwind.company == "Northwind Analytics"
    assert "half marathons" in northwind.notes["likeable"]
    assert northwind.items["person"] == []
    assert fabrikam.status is Status.NOT_SELECTED


def test_version_1_files_cannot_carry_version_2_fields():
    document = json.loads((FIXTURES / "export-v1.json").read_text())
    document["interviews"][0]["items"] = {}
    with pytest.raises(FormatError, match=r"interviews\[0\]: unknown field 'items'"):
        read_export(json.dumps(document))


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"items": {"pets": []}}, r"items: unknown list 'pets'"),
        ({"items": {"person": {}}}, r"items.person: must be a list"),
        ({"items": {"person": [{"kind": "boss"}]}}, r"items.person\[0\]: kind: must be one of"),
        ({"items": {"person": [{"met_before": "yes"}]}}, r"met_before: must be true or false"),
        ({"items": {"story": [{"mood": "x"}]}}, r"story\[0\]: unknown field 'mood'"),
        ({"prep": {"invite_senior": 1}}, r"prep.invite_senior: must be true or false"),
        ({"prep": {"salary": "lots"}}, r"prep: unknown field 'salary'"),
    ],
)
def test_bad_version_2_content_is_refused_naming_the_place(change, reason):
    document = valid_document()
    document["interviews"][0].update(change)
    with pytest.raises(FormatError, match=reason):
        read_export(json.dumps(document))


def test_the_example_round_trips():
    from planner.resources import resource_path

    text = resource_path("examples", "example-interview.json").read_text(encoding="utf-8")
    (example,) = read_export(text)
    again = dump_export([example])
    (back,) = read_export(again)
    assert back == example
    assert again == text  # the file is exactly what the app writes
