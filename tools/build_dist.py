"""Build the executables with PyInstaller from build.spec, check them, and pack the folder.

    python tools/build_dist.py

Fails when PyInstaller could not find a shared library that a library or Qt plugin the
bundle keeps needs (the app would then not start on a machine without it), and writes
dist/interview-planner-<version>-linux-x86_64.tar.gz from the one-folder build. PyInstaller
also looks at the plugins build.spec then leaves out (GTK's platform theme needs GTK): what
those would need is only listed, since the bundle does not hold them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner import __version__  # noqa: E402
from planner.syslibs import PACKAGES  # noqa: E402

DIST = ROOT / "dist"
MISSING = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")


def size_of(path: Path) -> int:
    """Bytes on disk, counting each file once (the bundle holds symbolic links)."""
    if path.is_dir():
        return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return path.stat().st_size


def kept_files(folder: Path) -> set[str]:
    """The shared libraries, plugins and extension modules of the one-folder build: every
    ELF file under folder (symbolic links too), as paths relative to folder."""
    kept = set()
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(directory, name)
            try:
                with path.open("rb") as file:
                    if file.read(4) != b"\x7fELF":
                        continue
            except OSError:
                continue
            kept.add(path.relative_to(folder).as_posix())
    return kept


def is_kept(source: str, kept: set[str]) -> bool:
    """Whether the file PyInstaller analysed at source is in the bundle: at the same path
    below site-packages (PySide6/Qt/plugins/...), or beside the executable by its name."""
    parts = Path(source).parts
    return any("/".join(parts[start:]) in kept for start in range(len(parts)))


def missing_libraries(log: str, kept: set[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """PyInstaller's "Library not found" lines, split: (library, needed by) for the files
    the bundle keeps, and the libraries needed only by files it leaves out."""
    needed = sorted(set(MISSING.findall(log)))
    missing = [(library, by) for library, by in needed if is_kept(by, kept)]
    dropped = sorted({library for library, by in needed} - {library for library, _ in missing})
    return missing, dropped


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
    folder = DIST / "interview-planner"
    if not (folder / "interview-planner").exists():
        print("build_dist: the one-folder build is missing", file=sys.stderr)
        return 1
    # The one-file build holds the same files (build.spec trims both analyses alike).
    missing, dropped = missing_libraries(log, kept_files(folder / "_internal"))
    if dropped:
        print(
            f"build_dist: not needed (only plugins the bundle leaves out use them): "
            f"{', '.join(dropped)}"
        )
    if missing:
        for library, needed_by in missing:
            package = f" (Debian package {PACKAGES[library]})" if library in PACKAGES else ""
            print(f"build_dist: missing {library}{package}, needed by {needed_by}", file=sys.stderr)
        packages = sorted({PACKAGES[library] for library, _ in missing if library in PACKAGES})
        print(
            "build_dist: install the packages that provide them"
            + (f" (apt-get install {' '.join(packages)})" if packages else "")
            + " and list them in .ci/run",
            file=sys.stderr,
        )
        return 1
    archive = DIST / f"interview-planner-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=f"interview-planner-{__version__}")
    for path in sorted(DIST.iterdir()):
        print(f"{path.relative_to(ROOT)}\t{size_of(path) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
