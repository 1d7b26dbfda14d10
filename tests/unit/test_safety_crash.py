"""Promise 1: a writer killed with SIGKILL at random moments never damages the database,
never loses an edit it reported saved, and never leaves half a row."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.store import Store
from planner.store.database import DATABASE_NAME

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30

WRITER = """
import sys
from planner.store import Store
store = Store.open_in(sys.argv[1])
interview_id = store.create()
print("ready", interview_id, flush=True)
number = 0
while True:
    number += 1
    store.set_text(interview_id, "company", f"v{number}")
    print("company", number, flush=True)
    store.set_notes(interview_id, "expect", f"<p>{'x' * (number % 7000)} n{number}</p>")
    print("notes", number, flush=True)
    store.add_item(interview_id, "story", {"title": f"s{number}", "result": "r" * 500})
    print("story", number, flush=True)
"""


def run_and_kill(folder: Path, rng: random.Random) -> dict[str, int]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout.readline().startswith("ready")
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(process.pid, signal.SIGKILL)
    out, _ = process.communicate(timeout=30)
    reported: dict[str, int] = {}
    # Only whole lines were reported: the kill may cut the last one short.
    for line in out.split("\n")[:-1]:
        kind, _, number = line.partition(" ")
        reported[kind] = int(number)
    return reported


@pytest.mark.slow
def test_sigkill_while_saving_loses_nothing_reported_saved(tmp_path):
    rng = random.Random(20261125)
    for attempt in range(KILLS):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        reported = run_and_kill(folder, rng)
        conn = sqlite3.connect(folder / DATABASE_NAME)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        store = Store.open_in(folder)
        try:
            (interview,) = store.all_interviews()
            saved_company = int(interview.company[1:]) if interview.company else 0
            assert saved_company >= reported.get("company", 0)
            if interview.notes["expect"]:
                # A note is whole: its opening, its filler and its closing number agree.
                number = int(interview.notes["expect"].rsplit(" n", 1)[1].removesuffix("</p>"))
                assert interview.notes["expect"].count("x") == number % 7000
                assert number >= reported.get("notes", 0)
            stories = interview.items["story"]
            assert len(stories) >= reported.get("story", 0)
            assert [s.text("title") for s in stories] == [f"s{n + 1}" for n in range(len(stories))]
            assert all(s.text("result") == "r" * 500 for s in stories)
        finally:
            store.close()
