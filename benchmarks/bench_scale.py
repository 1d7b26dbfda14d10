"""Years of interviews: start-up, switching, Find, memory and typing at scale.

    python benchmarks/bench_scale.py [--runs N]

Makes a data folder of 1,000 interviews of 100 items (benchmarks/make_scale_data.py) and
measures, against the goals of docs/performance.md:
- start-up to first paint on it, against an empty folder (same program, same run);
- switching interviews (in process, offscreen): median and worst of 30 switches;
- Find across all of it (Store.search): a common word and a rare one;
- peak memory (max RSS of the process) at first paint, against benchmarks/hello.py;
- typing 2,000 characters into a notes field of a big interview: the longest time the GUI
  thread is busy with one keystroke or one autosave, and the autosave commit time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
PY = sys.executable

from common import compile_bytecode, machine  # noqa: E402


def run_to_first_paint(command: list[str]) -> tuple[float, int]:
    """Milliseconds to first paint, and the process's peak memory in KB."""
    env = {**os.environ, "PLANNER_BENCH_FIRST_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT
    )
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    _pid, _status, usage = os.wait4(process.pid, 0)
    if "first-paint" not in line:
        raise SystemExit(f"no first paint from {command}")
    return elapsed, usage.ru_maxrss


def in_process(folder: Path) -> dict[str, float]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from planner.gui.main_window import MainWindow
    from planner.settings import Settings
    from planner.store import Store

    app = QApplication.instance() or QApplication([])
    store = Store.open_in(folder)
    window = MainWindow(store, Settings(folder / "bench-settings.ini"), folder)
    window.show()
    window.painted()  # what the first paint starts: the other tabs, the Tab order
    app.processEvents()
    ids = [window.model.id_at(row) for row in range(window.model.rowCount())]
    rng = random.Random(3)
    switches = []
    for interview_id in rng.sample(ids, 30):
        started = time.perf_counter()
        window.select(interview_id)
        app.processEvents()
        switches.append((time.perf_counter() - started) * 1000)
    finds = {}
    for label, query in (("common word", "roadmap"), ("rare text", "Company 0999")):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            store.search(query)
            times.append((time.perf_counter() - started) * 1000)
        finds[label] = statistics.median(times)

    # Typing: every keystroke and every autosave is timed on the GUI thread.
    window.select(ids[len(ids) // 2])
    window.ui.tabs.setCurrentIndex(0)
    editor = window.notes_editors["expect"]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    flushes = []
    real_flush = window.autosaver.flush

    def timed_flush():
        started = time.perf_counter()
        result = real_flush()
        flushes.append((time.perf_counter() - started) * 1000)
        return result

    window.autosaver.flush = timed_flush
    window.autosaver._timer.timeout.disconnect()
    window.autosaver._timer.timeout.connect(timed_flush)
    keys = []
    text = ("practise the reconciliation story " * 60)[:2000]
    for index, char in enumerate(text):
        started = time.perf_counter()
        QTest.keyClick(editor, char)
        keys.append((time.perf_counter() - started) * 1000)
        if index % 50 == 49:
            deadline = time.perf_counter() + 0.45  # a pause: the autosave fires
            while time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.005)
    commits = []
    html = editor.toHtml()
    for number in range(20):
        started = time.perf_counter()
        store.set_notes(window.current_id, "expect", f"{html}<p>{number}</p>")
        commits.append((time.perf_counter() - started) * 1000)
    window.close()
    store.close()
    _ = Qt
    return {
        "switch median": statistics.median(switches),
        "switch worst": max(switches),
        "find common": finds["common word"],
        "find rare": finds["rare text"],
        "keystroke worst": max(keys),
        "keystroke median": statistics.median(keys),
        "autosave worst": max(flushes) if flushes else 0.0,
        "commit median": statistics.median(commits),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    compile_bytecode()
    work = Path(tempfile.mkdtemp())
    scale, empty = work / "scale", work / "empty"
    subprocess.run(
        [PY, str(ROOT / "benchmarks" / "make_scale_data.py"), str(scale)],
        check=True,
        capture_output=True,
    )
    app_scale = [PY, "-m", "planner", "--data-dir", str(scale)]
    app_empty = [PY, "-m", "planner", "--data-dir", str(empty)]
    hello = [PY, str(ROOT / "benchmarks" / "hello.py")]
    for command in (app_scale, app_empty):  # the day's backup, and warm caches
        run_to_first_paint(command)
    rows = {"scale": [], "empty": [], "hello": []}
    memory = {"scale": [], "hello": []}
    for _ in range(options.runs):
        for label, command in (("scale", app_scale), ("empty", app_empty), ("hello", hello)):
            ms, kb = run_to_first_paint(command)
            rows[label].append(ms)
            if label in memory:
                memory[label].append(kb)
    measured = in_process(scale)
    scale_ms, empty_ms = statistics.median(rows["scale"]), statistics.median(rows["empty"])
    scale_kb, hello_kb = max(memory["scale"]), max(memory["hello"])
    print(f"{machine()}; offscreen")
    print("| measure | result | goal | met |")
    print("| --- | --- | --- | --- |")

    def row(label, value, goal, met):
        print(f"| {label} | {value} | {goal} | {'yes' if met else 'no'} |")

    ratio = scale_ms / empty_ms
    row(
        "start-up, 1,000 interviews vs empty folder",
        f"{scale_ms:.0f} ms vs {empty_ms:.0f} ms = {ratio:.2f}",
        "≤ 1.5",
        ratio <= 1.5,
    )
    row(
        "switching interviews, median / worst",
        f"{measured['switch median']:.1f} / {measured['switch worst']:.1f} ms",
        "< 50 ms",
        measured["switch worst"] < 50,
    )
    row(
        "Find, common word / rare text",
        f"{measured['find common']:.0f} / {measured['find rare']:.0f} ms",
        "< 200 ms",
        max(measured["find common"], measured["find rare"]) < 200,
    )
    mem_ratio = scale_kb / hello_kb
    row(
        "peak memory at first paint vs hello.py",
        f"{scale_kb / 1024:.0f} MB vs {hello_kb / 1024:.0f} MB = {mem_ratio:.2f}",
        "≤ 2",
        mem_ratio <= 2,
    )
    row(
        "longest keystroke, typing 2,000 characters",
        f"{measured['keystroke worst']:.1f} ms (median {measured['keystroke median']:.2f})",
        "< 16 ms",
        measured["keystroke worst"] < 16,
    )
    row(
        "longest autosave while typing",
        f"{measured['autosave worst']:.1f} ms",
        "< 16 ms",
        measured["autosave worst"] < 16,
    )
    row(
        "a save's commit, median",
        f"{measured['commit median']:.2f} ms",
        "< 10 ms",
        measured["commit median"] < 10,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
