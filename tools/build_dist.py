"""Build the executables with PyInstaller from build.spec, check them, and pack the folder.

    python tools/build_dist.py

Fails when PyInstaller could not find a shared library that a bundled library or Qt
plugin needs (the app would then not start on a machine without it), and writes
dist/interview-planner-<version>-linux-x86_64.tar.gz from the one-folder build.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner import __version__  # noqa: E402

DIST = ROOT / "dist"
MISSING = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")


def size_of(path: Path) -> int:
    """Bytes on disk, counting each file once (the bundle holds symbolic links)."""
    if path.is_dir():
        return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return path.stat().st_size


def main() -> int:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "pyinstaller.log").write_text(log, encoding="utf-8")
    if result.returncode != 0:
        print(log[-4000:], file=sys.stderr)
        print("build_dist: PyInstaller failed (log: build/pyinstaller.log)", file=sys.stderr)
        return 1
    missing = sorted(set(MISSING.findall(log)))
    if missing:
        for library, needed_by in missing:
            print(f"build_dist: missing {library}, needed by {needed_by}", file=sys.stderr)
        print(
            "build_dist: install the Debian packages that provide them (see .ci/run)",
            file=sys.stderr,
        )
        return 1
    folder = DIST / "interview-planner"
    if not (folder / "interview-planner").exists():
        print("build_dist: the one-folder build is missing", file=sys.stderr)
        return 1
    archive = DIST / f"interview-planner-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=f"interview-planner-{__version__}")
    for path in sorted(DIST.iterdir()):
        print(f"{path.relative_to(ROOT)}\t{size_of(path) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
