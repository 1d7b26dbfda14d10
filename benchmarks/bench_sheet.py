"""The prep sheet's speed, beside its physical limit (see docs/performance.md).

    python benchmarks/bench_sheet.py [--runs N] [--part all|example|long-notes]

1. In-process: rendering the example's one-page and full sheets to PDF, and the one-page
   sheet of a maximal interview (every list filled to its limits), median of N.
2. End to end: `interview-planner sheet` against benchmarks/baseline_pdf.py, a minimal
   PySide6 script that renders a short HTML page to PDF, run alternately, medians.
3. Long notes: the full sheet of a note of 10,000, 20,000 and 40,000 lines and of
   9.5 million characters, in-process to PDF; the ratios between sizes, from this one
   run, show whether the time grows with the length (ratio 2 per doubling) or faster.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from common import compile_bytecode, example_data_folder, machine  # noqa: E402


def maximal_interview():
    """Every list filled to its limits (as tests/gui/test_sheet.py's maximal): twenty items
    of each kind, every text as long as a field may be; the one-page sheet's worst case."""
    from planner.core.items import ITEM_KINDS, LONG_TEXT, TEXT, TEXT_LIMIT
    from planner.core.model import Interview

    interview = Interview(company="M" * 300, role="R" * 300, starts_at=datetime(2026, 12, 3, 10))
    words = " ".join(f"w{n}" for n in range(TEXT_LIMIT // 5))[:TEXT_LIMIT]
    for number in (1, 2, 3):
        interview.prep[f"key_message_{number}"] = f"Key message {number} {words}"
    for kind, spec in ITEM_KINDS.items():
        for n in range(20):
            data = {}
            for field in spec.fields:
                if field.type == LONG_TEXT:
                    data[field.name] = "\n".join([words] * 20)
                elif field.type == TEXT and field.name != "bank_id":
                    data[field.name] = f"{kind} {n} {words}"[:TEXT_LIMIT]
            interview.add(kind, **data)
    return interview


def in_process(runs: int, folder: Path) -> dict[str, float]:
    from PySide6.QtGui import QGuiApplication

    from planner.core.exchange import read_export
    from planner.render.pdf import export_pdf
    from planner.resources import resource_path

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    (interview,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    results = {}
    for label, case, full in (
        ("one-page sheet, example", interview, False),
        ("full sheet, example", interview, True),
        ("one-page sheet, maximal interview", maximal_interview(), False),
    ):
        times = []
        for run in range(runs + 1):
            started = time.perf_counter()
            export_pdf(
                case,
                folder / f"in-process-{run}.pdf",
                "A4",
                full=full,
                now=datetime(2026, 11, 30, 9),
            )
            times.append(time.perf_counter() - started)
        results[label] = statistics.median(times[1:]) * 1000  # the first run warms caches
    return results


def end_to_end(runs: int, folder: Path) -> tuple[float, float]:
    data = folder / "data"
    example_data_folder(data)
    app_cmd = [
        sys.executable,
        "-m",
        "planner",
        "sheet",
        "--interview",
        "1",
        "--pdf",
        str(folder / "app.pdf"),
        "--data-dir",
        str(data),
        "--page-size",
        "A4",
    ]
    base_cmd = [
        sys.executable,
        str(ROOT / "benchmarks" / "baseline_pdf.py"),
        str(folder / "base.pdf"),
    ]
    app_times, base_times = [], []
    for _ in range(runs + 1):
        for command, sink in ((app_cmd, app_times), (base_cmd, base_times)):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
            sink.append(time.perf_counter() - started)
    return statistics.median(app_times[1:]) * 1000, statistics.median(base_times[1:]) * 1000


# Lines of a working note, 20 to 110 characters (60 on average), cycled.
NOTE_LINES = [
    "Ask about the data platform migration timeline.",
    "Priya: pricing team of four, two analysts, reports to the CFO; wants numbers trusted.",
    "Tom said the warehouse and finance figures disagree every month.",
    "Bring the Contoso reconciliation example, with the 80% figure.",
    "Follow up.",
    "Coffee with the team at 12:30; be curious, not rehearsed; ask what a good week looks like.",
    "Same-day delivery launched in Leeds and Manchester in October.",
    "Send the thank-you notes by Friday.",
    "Their SQL exercise: 45 minutes, laptop provided, Postgres dialect, no internet access.",
    "Remember to mention the style guide and how it sped up the team's reviews by a third.",
]


def note_lines(lines: int) -> list[str]:
    return [f"{NOTE_LINES[n % len(NOTE_LINES)]} ({n})" for n in range(lines)]


def big_note_lines(characters: int, *, paragraph_chars: int) -> list[str]:
    """About `characters` characters of text, in paragraphs of about `paragraph_chars`."""
    words = " ".join(NOTE_LINES) + " "
    text = (words * (characters // len(words) + 1))[:characters]
    return [
        text[start : start + paragraph_chars].strip()
        for start in range(0, characters, paragraph_chars)
    ]


def long_notes(runs: int, folder: Path) -> list[tuple[str, int, float, float]]:
    """(label, characters, median seconds, median CPU seconds) for each note."""
    from PySide6.QtGui import QGuiApplication

    from planner.core.model import Interview
    from planner.render.pdf import export_pdf

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    cases = [(f"{n:,} lines", note_lines(n), runs) for n in (10_000, 20_000, 40_000)]
    cases += [
        ("9.5 M characters in lines of 100", big_note_lines(9_500_000, paragraph_chars=100), 1),
        ("9.5 M characters in one line", big_note_lines(9_500_000, paragraph_chars=9_500_000), 1),
    ]
    results = []
    for label, lines, repeat in cases:
        interview = Interview(company="Longform", role="Scribe", starts_at=datetime(2026, 12, 1, 9))
        interview.notes["impress"] = "".join(f"<p>{line}</p>" for line in lines)
        characters = sum(map(len, lines))
        walls, cpus = [], []
        for _run in range(repeat + (1 if repeat > 1 else 0)):
            started, cpu = time.perf_counter(), time.process_time()
            pages = export_pdf(
                interview, folder / "long.pdf", "A4", full=True, now=datetime(2026, 11, 30, 9)
            )
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        if repeat > 1:  # the first run warms caches
            walls, cpus = walls[1:], cpus[1:]
        results.append(
            (
                f"{label} ({len(lines):,} lines, {characters:,} characters, {pages} pages)",
                characters,
                statistics.median(walls),
                statistics.median(cpus),
            )
        )
    return results


def print_long_notes(results) -> None:
    print(
        "| full sheet to PDF, in-process | median | CPU | ratio to the size before | goal | met |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    before = None
    for index, (label, _characters, wall, cpu) in enumerate(results):
        ratio = f"{wall / before:.2f} (size ×2)" if before and index < 3 else ""
        goal, met = ("< 2 s", "yes" if wall < 2 else "no") if index == 2 else ("", "")
        print(f"| {label} | {wall:.2f} s | {cpu:.2f} s | {ratio} | {goal} | {met} |")
        before = wall
    per_million = [f"{wall / characters * 1e6:.2f}" for _l, characters, wall, _c in results]
    print(f"| seconds per million characters, in the order above: {', '.join(per_million)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--part", choices=("all", "example", "long-notes"), default="all")
    options = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        if options.part in ("all", "long-notes"):
            notes = long_notes(min(options.runs, 3), folder)
            if options.part == "long-notes":
                print(machine())
                print_long_notes(notes)
                return 0
        rendered = in_process(options.runs, folder)
        app_ms, base_ms = end_to_end(options.runs, folder)
    print(machine())
    print("| measure | median | goal | met |")
    print("| --- | --- | --- | --- |")
    for label, ms in rendered.items():
        goal = "≤ 100 ms" if label == "one-page sheet, example" else "(reported)"
        met = ("yes" if ms <= 100 else "no") if label == "one-page sheet, example" else ""
        print(f"| {label}, in-process render to PDF | {ms:.1f} ms | {goal} | {met} |")
    ratio = app_ms / base_ms
    print(f"| `interview-planner sheet` end to end | {app_ms:.0f} ms | | |")
    print(f"| baseline_pdf.py end to end | {base_ms:.0f} ms | | |")
    print(f"| ratio app / baseline | {ratio:.2f} | ≤ 1.5 | {'yes' if ratio <= 1.5 else 'no'} |")
    if options.part == "all":
        print()
        print_long_notes(notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
