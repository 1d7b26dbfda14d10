"""Find the files under resources/ the same way from a checkout, a wheel and the executable."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    package_dir = Path(__file__).resolve().parent
    candidates = [
        package_dir / "_resources",  # an installed wheel (see pyproject.toml)
        package_dir.parent / "resources",  # a source checkout or an editable install
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a PyInstaller bundle (see build.spec)
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
