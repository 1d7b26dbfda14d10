"""The prep sheet's speed, beside its physical limit (see docs/performance.md).

    python benchmarks/bench_sheet.py [--runs N]

1. In-process: rendering the example's one-page sheet to PDF (median of N).
2. End to end: `interview-planner sheet` against benchmarks/baseline_pdf.py, a minimal
   PySide6 script that renders a short HTML page to PDF, run alternately, medians.
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


def in_process(runs: int, folder: Path) -> dict[str, float]:
    from PySide6.QtGui import QGuiApplication

    from planner.core.exchange import read_export
    from planner.gui.printing import export_pdf
    from planner.resources import resource_path

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    (interview,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    results = {}
    for label, full in (("one-page sheet", False), ("full sheet", True)):
        times = []
        for run in range(runs + 1):
            started = time.perf_counter()
            export_pdf(
                interview,
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        rendered = in_process(options.runs, folder)
        app_ms, base_ms = end_to_end(options.runs, folder)
    print(machine())
    print("| measure | median | goal | met |")
    print("| --- | --- | --- | --- |")
    for label, ms in rendered.items():
        goal = "≤ 100 ms" if label == "one-page sheet" else "(reported)"
        met = ("yes" if ms <= 100 else "no") if label == "one-page sheet" else ""
        print(f"| {label}, example, in-process render to PDF | {ms:.1f} ms | {goal} | {met} |")
    ratio = app_ms / base_ms
    print(f"| `interview-planner sheet` end to end | {app_ms:.0f} ms | | |")
    print(f"| baseline_pdf.py end to end | {base_ms:.0f} ms | | |")
    print(f"| ratio app / baseline | {ratio:.2f} | ≤ 1.5 | {'yes' if ratio <= 1.5 else 'no'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
