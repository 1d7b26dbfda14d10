"""What the benchmarks share: the example's data folder and the line about the machine."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "example-interview.json"


def compile_bytecode(root: Path = ROOT) -> None:
    """Write the app's and the baselines' bytecode, as an installed app (or a bundle) has
    it; otherwise, under PYTHONDONTWRITEBYTECODE, each start would compile the app again
    and the measure would be of the compiler."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "planner", "benchmarks"],
        check=True,
        capture_output=True,
        cwd=root,
        env=env,
    )


def example_data_folder(folder: Path) -> Path:
    """A data folder holding the worked example (interview 1), made by the app's import."""
    subprocess.run(
        [sys.executable, "-m", "planner", "import", str(EXAMPLE), "--data-dir", str(folder)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return folder


def machine() -> str:
    return (
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.platform()}"
    )
