"""The documents that describe formats stay true to the code."""

from pathlib import Path

from planner.core.items import ITEM_KINDS
from planner.core.model import PREP_FIELDS

ROOT = Path(__file__).resolve().parents[2]


def test_data_format_names_every_list_and_field():
    text = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| `")
    }
    for kind, spec in ITEM_KINDS.items():
        row = next((line for key, line in rows.items() if f"`{kind}`" in key), None)
        assert row is not None, f"docs/data-format.md has no row for {kind}"
        for field in spec.fields:
            assert f"`{field.name}`" in row, f"{kind}.{field.name} is not documented"
            for value, _label in field.choices:
                assert f"`{value}`" in row, f"{kind}.{field.name} = {value} is not documented"
    for name in PREP_FIELDS:
        assert f"`{name}`" in text or name.startswith("key_message_"), name


def test_readme_lists_the_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(readme.splitlines()[:40])
    assert "make run" in first_screen and "make test" in first_screen
    assert "libxcb-cursor0" in first_screen
    assert "pip install" in first_screen
