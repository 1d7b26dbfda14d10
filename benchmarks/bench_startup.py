"""Start-up and bundle size, beside the physical limit (see docs/performance.md).

    python benchmarks/bench_startup.py [--runs N] [--no-bundle]

Start-up is process start to the first paint of the main window (both programs print
"first-paint" then and quit, under PLANNER_BENCH_FIRST_PAINT=1), on a real X display when
Xvfb is installed, else offscreen. The app opens the worked example. The baseline is
benchmarks/hello.py, a bare main window with four tabs of text fields, run the same way:
from source, and built by the same PyInstaller as the app (one-folder and one-file), whose
sizes are compared too. Programs alternate; medians are reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
PY = sys.executable


from common import compile_bytecode, example_data_folder, machine  # noqa: E402


def size_of(path: Path) -> int:
    if path.is_dir():
        return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return path.stat().st_size


def first_paint(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=cwd
    )
    timer = threading.Timer(60, process.kill)  # a build without the hook never answers
    timer.start()
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    timer.cancel()
    process.wait(timeout=60)
    if "first-paint" not in line:
        raise SystemExit(f"no first paint from {command} (rebuild with make dist?)")
    return elapsed * 1000


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (root only), so that the next start reads from disk."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("3\n")
    except OSError:
        return False
    time.sleep(0.3)
    return True


def cold(command: list[str], env: dict[str, str], runs: int) -> float | None:
    times = []
    for _ in range(runs):
        if not drop_page_cache():
            return None
        times.append(first_paint(command, env))
    return statistics.median(times)


def build_hello(folder: Path, onefile: bool) -> Path:
    name = "hello-onefile" if onefile else "hello"
    subprocess.run(
        [
            PY,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--windowed",
            "--onefile" if onefile else "--onedir",
            "--name",
            name,
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            "--specpath",
            str(folder),
            str(ROOT / "benchmarks" / "hello.py"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return folder / "dist" / name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-bundle", action="store_true", help="source start-up only")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="CHECKOUT",
        help="another checkout of the app (a git worktree of an older commit): its start-up "
        "from source is measured too, alternating with this one's and the baseline's",
    )
    options = parser.parse_args()
    compile_bytecode()
    if options.against is not None:
        compile_bytecode(options.against)
    work = Path(tempfile.mkdtemp())
    env = {**os.environ, "PLANNER_BENCH_FIRST_PAINT": "1"}
    env.pop("PLANNER_DATA_DIR", None)
    xvfb = None
    if shutil.which("Xvfb"):
        xvfb = subprocess.Popen(
            ["Xvfb", ":93", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1)
        env.update(DISPLAY=":93", QT_QPA_PLATFORM="xcb")
        where = "Xvfb (xcb)"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        where = "offscreen"
    try:
        data = work / "data"
        example_data_folder(data)
        pairs = {
            "source": (
                [PY, "-m", "planner", "--data-dir", str(data)],
                [PY, str(ROOT / "benchmarks" / "hello.py")],
            ),
        }
        sizes = []
        app_folder = ROOT / "dist" / "interview-planner"
        if not options.no_bundle:
            if not app_folder.exists():
                raise SystemExit("build the app first: make dist")
            from planner import __version__

            app_onefile = ROOT / "dist" / f"interview-planner-{__version__}-linux-x86_64"
            hello_folder = build_hello(work, onefile=False)
            hello_onefile = build_hello(work, onefile=True)
            pairs["one-folder build"] = (
                [str(app_folder / "interview-planner"), "--data-dir", str(data)],
                [str(hello_folder / "hello")],
            )
            sizes = [
                ("one-folder bundle", size_of(app_folder), size_of(hello_folder)),
                ("one-file bundle", size_of(app_onefile), size_of(hello_onefile)),
            ]
        rows = []
        for label, (app_cmd, base_cmd) in pairs.items():
            app_times, base_times, other_times = [], [], []
            for _ in range(options.runs + 1):
                app_times.append(first_paint(app_cmd, env))
                base_times.append(first_paint(base_cmd, env))
                if options.against is not None and label == "source":
                    other_times.append(first_paint(app_cmd, env, cwd=options.against))
            app_ms, base_ms = statistics.median(app_times[1:]), statistics.median(base_times[1:])
            rows.append((label, app_ms, base_ms))
            if other_times:
                rows.append(
                    (f"source of {options.against}", statistics.median(other_times[1:]), base_ms)
                )
        app_cold = cold(pairs["source"][0], env, 3)
        base_cold = cold(pairs["source"][1], env, 3)
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{machine()}; display: {where}")
    print("| measure | app | baseline | ratio | goal (#6 / #8) |")
    print("| --- | --- | --- | --- | --- |")
    for label, app_ms, base_ms in rows:
        goal = "≤ 1.5 / ≤ 1.3"
        print(
            f"| start-up to first paint, {label} | {app_ms:.0f} ms | {base_ms:.0f} ms | "
            f"{app_ms / base_ms:.2f} | {goal} |"
        )
    if app_cold is None or base_cold is None:
        print("| cold start (page cache dropped), source | not permitted here (needs root) | | | |")
    else:
        print(
            f"| cold start (page cache dropped), source | {app_cold:.0f} ms | {base_cold:.0f} ms"
            f" | {app_cold / base_cold:.2f} | (reported) |"
        )
    for label, app_size, base_size in sizes:
        print(
            f"| size, {label} | {app_size / 1e6:.1f} MB | {base_size / 1e6:.1f} MB | "
            f"{app_size / base_size:.2f} | ≤ 1.3 |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
