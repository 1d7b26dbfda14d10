"""The app says everything in its own words: no run of 8 words is shared with the source
article the guidance was written from.

The article is not part of the repository; it lives in ``../shared/seed/`` beside the
clone (CI copies ``shared/`` there). Without it the test is skipped, saying why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "seed" / "second-job-interview.txt"
RUN = 8
WORD = re.compile(r"[a-z0-9']+")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
TEXT_SUFFIXES = {".py", ".toml", ".json", ".md", ".txt", ".desktop", ".ui"}


def words(text: str) -> list[str]:
    """Lower-case words of letters, digits and apostrophes (curly ones made straight)."""
    found = WORD.findall(text.translate(APOSTROPHES).lower())
    return [word.strip("'") for word in found if word.strip("'")]


def runs(text: str, size: int = RUN) -> set[tuple[str, ...]]:
    """Every run of size consecutive words."""
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def app_texts() -> list[Path]:
    """Every text file of the app: resources, the code, the README and the docs."""
    files = [ROOT / "README.md"]
    for folder in ("resources", "planner", "docs"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                files.append(path)
    return files


def shared_runs(source: str, text: str) -> list[str]:
    common = runs(source) & runs(text)
    return sorted(" ".join(run) for run in common)


def test_the_run_finder_sees_through_case_punctuation_and_curly_apostrophes():
    source = "You\u2019ve worked hard to get here, don\u2019t take your foot off the pedal."
    copied = "reminder = \"You've WORKED hard -- to get here; don't take it easy\""
    assert shared_runs(source, copied) == ["you've worked hard to get here don't take"]
    assert shared_runs(source, "You have worked hard to get here, so keep going.") == []


@pytest.mark.skipif(
    not SOURCE.is_file(),
    reason="the source article ../shared/seed/second-job-interview.txt is not beside the clone",
)
def test_no_run_of_eight_words_is_copied_from_the_source():
    source = SOURCE.read_text(encoding="utf-8")
    copied = {}
    for path in app_texts():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found = shared_runs(source, text)
        if found:
            copied[str(path.relative_to(ROOT))] = found
    assert not copied, f"runs of {RUN} words shared with the source: {copied}"
