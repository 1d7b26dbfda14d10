"""Import at its limits: time and peak memory of `interview-planner import`.

    python benchmarks/bench_import.py [--runs N]

Each file is imported by the command line into a fresh data folder, in a process of its
own; its peak memory (max RSS, from wait4) is reported beside that of `list` on an empty
folder (what any command costs), and the difference against the file's size. Files:
- the largest file allowed: 10,000 interviews (the limit) holding nearly 1,000,000
  objects and lists and 4,300,000 values (the limits are 1,000,000 and 5,000,000), its
  notes filled up to 50 MB;
- a heavy real-looking export: 1,000 interviews of 100 items (benchmarks/make_scale_data.py);
- refused: a million empty interviews (3 MB), and 48 MB of empty objects.
Goals (docs/performance.md): memory above the baseline at most 10 times the file's size;
the largest file in at most 60 s; a refusal in at most 1 s.
"""

from __future__ import annotations

import argparse
import json
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

from common import compile_bytecode, machine  # noqa: E402

from planner.core import exchange  # noqa: E402

MB = 1024 * 1024
HEADER = b'{"format": "second-interview-planner", "format_version": 2, "interviews": '
GOAL_MEMORY_RATIO = 10.0
GOAL_LARGEST_S = 60.0
GOAL_REFUSAL_S = 1.0


def largest_allowed() -> bytes:
    """A file at the limits: 10,000 interviews, just under the object, value and size caps."""
    kinds = ["person", "question", "story", "ask", "day_check", "concern", "strength"]
    items_each = 80  # 10,000 x (17 objects and lists + 80 items) = 970,000
    interviews = []
    for number in range(exchange.MAX_INTERVIEWS):
        items: dict[str, list] = {kind: [] for kind in exchange.ITEM_KINDS}
        for index in range(items_each):
            kind = kinds[index % len(kinds)]
            field = exchange.ITEM_KINDS[kind].fields[0].name
            items[kind].append({field: f"{kind} {index}"})
        interviews.append(
            {
                "company": f"Company {number}",
                "role": "Analyst",
                "starts_at": "2026-12-03T10:00",
                "status": "preparing",
                "notes": {"expect": "", "impress": "", "reinforce": "", "likeable": ""},
                "prep": {"why_team": "because", "invite_senior": True},
                "items": items,
            }
        )
    document = {"format": exchange.FORMAT_NAME, "format_version": 2, "interviews": interviews}
    bare = len(json.dumps(document, ensure_ascii=False).encode())
    room = (exchange.MAX_FILE_BYTES - 64 * 1024 - bare) // len(interviews)
    words = "the team wants numbers leaders trust and a plan for the first ninety days "
    note = (words * (room // len(words) + 1))[: max(0, room - 7)]
    for interview in interviews:
        interview["notes"]["expect"] = f"<p>{note}</p>"
    return json.dumps(document, ensure_ascii=False).encode()


def heavy_export() -> bytes:
    """1,000 interviews of 100 items each, as benchmarks/make_scale_data.py makes them."""
    from make_scale_data import interview

    rng = random.Random(8)
    return exchange.dump_export([interview(rng, n, 100) for n in range(1000)]).encode()


MAKERS = {
    "largest allowed": largest_allowed,
    "heavy export (1,000 x 100 items)": heavy_export,
    "a million empty interviews": lambda: HEADER + b"[" + b"{}," * 999_999 + b"{}]}",
    "48 MB of empty objects": lambda: b"[" + b"{}," * (16 * MB) + b"{}]",
}
REFUSED = {"a million empty interviews", "48 MB of empty objects"}


def make(name: str, path: Path) -> int:
    """Write one file, in a process of its own: the measuring process stays small (a
    child's peak memory counts what it had before exec, copied from its parent)."""
    subprocess.run([sys.executable, __file__, "--make", name, str(path)], check=True)
    return path.stat().st_size


def run(args: list[str]) -> tuple[float, int, int, str]:
    """Seconds, peak RSS in KB, exit status and stderr of one command-line run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PLANNER_DATA_DIR", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "planner", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stderr = process.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    return elapsed, usage.ru_maxrss, process.returncode, stderr.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--make", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.make:
        name, path = options.make
        Path(path).write_bytes(MAKERS[name]())
        return 0
    compile_bytecode()
    print(machine())
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        baseline = []
        for run_number in range(options.runs):
            empty = folder / f"empty{run_number}"
            baseline.append(run(["list", "--data-dir", str(empty)])[1])
        base_kb = statistics.median(baseline)
        print(f"baseline (list on an empty folder): peak {base_kb / 1024:.0f} MB")
        print(
            f"{'file':34} {'size':>8} {'time':>8} {'goal':>6} {'peak':>8} "
            f"{'above/size':>10} {'goal':>5}  outcome"
        )
        met = True
        for number, name in enumerate(MAKERS):
            path = folder / "in.json"
            size = make(name, path)
            expected = 2 if name in REFUSED else 0
            times, peaks, said = [], [], ""
            for run_number in range(options.runs):
                target = folder / f"data{number}-{run_number}"
                elapsed, peak, status, said = run(["import", str(path), "--data-dir", str(target)])
                if status != expected:
                    print(f"{name}: exit {status}, expected {expected}: {said}")
                    return 1
                times.append(elapsed)
                peaks.append(peak)
            seconds = statistics.median(times)
            peak_kb = statistics.median(peaks)
            ratio = (peak_kb - base_kb) * 1024 / size
            goal_s = GOAL_REFUSAL_S if expected else GOAL_LARGEST_S
            ok = seconds <= goal_s and ratio <= GOAL_MEMORY_RATIO
            met &= ok
            print(
                f"{name:34} {size / MB:6.1f}MB {seconds:7.2f}s {goal_s:5.0f}s "
                f"{peak_kb / 1024:6.0f}MB {ratio:10.2f} {GOAL_MEMORY_RATIO:5.0f}  "
                f"{'met' if ok else 'NOT MET'}: {said.split(': ', 2)[-1][:70]}"
            )
            path.unlink()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
