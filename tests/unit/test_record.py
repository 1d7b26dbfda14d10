"""Interviews and items compare by their fields, like the dataclasses they replaced."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.items import Item
from planner.core.model import Interview, Status


def test_interviews_are_equal_when_every_field_is():
    moment = datetime(2026, 12, 3, 10, 30)
    first = Interview(company="Northwind", starts_at=moment)
    first.add("person", name="Priya")
    second = Interview(company="Northwind", starts_at=moment)
    second.add("person", name="Priya")
    assert first == second
    second.items["person"][0].data["name"] = "Tom"
    assert first != second
    assert Interview(status=Status.DONE) != Interview()
    assert Interview() != "Interview()"  # another type is never equal


def test_defaults_are_fresh_for_each_record():
    first, second = Interview(), Interview()
    first.notes["expect"] = "mine"
    first.add("challenge", challenge="Data quality")
    assert second.notes["expect"] == "" and second.items["challenge"] == []
    blank = {"challenge": "", "approach": "", "evidence": ""}
    assert Item("challenge").data == Item("challenge", {}).data == blank


def test_records_say_what_they_hold_and_cannot_be_dictionary_keys():
    item = Item("challenge", {"challenge": "Data quality"}, id=7)
    assert repr(item) == (
        "Item(kind='challenge', data={'challenge': 'Data quality', 'approach': '', "
        "'evidence': ''}, id=7)"
    )
    assert repr(Interview(company="Northwind")).startswith("Interview(id=None, company='Northwind'")
    with pytest.raises(TypeError):
        hash(item)
