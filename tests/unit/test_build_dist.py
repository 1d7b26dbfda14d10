"""tools/build_dist.py fails only on libraries that the bundle's own files need.

PyInstaller also analyses the Qt plugins that build.spec then leaves out (GTK's platform
theme needs GTK), and says "Library not found" for their libraries: a machine without GTK
must still build. Checked on a made-up PyInstaller log and one-folder tree."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = "/work/.venv/lib/python3.13/site-packages"


@pytest.fixture
def build_dist(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    import build_dist

    monkeypatch.setattr(build_dist, "ROOT", tmp_path)
    monkeypatch.setattr(build_dist, "DIST", tmp_path / "dist")
    return build_dist


def not_found(library: str, needed_by: str) -> str:
    return (
        f"13771 WARNING: Library not found: could not resolve '{library}', "
        f"dependency of '{needed_by}'.\n"
    )


def make_bundle(folder: Path) -> None:
    """A one-folder build as build.spec leaves it: no GTK theme, one xcb plugin, a system
    library beside the executable, Qt's libraries linked there too, and Python files."""
    internal = folder / "_internal"
    for path in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/QtCore.abi3.so",
        "libxcb-util.so.1",
    ):
        (internal / path).parent.mkdir(parents=True, exist_ok=True)
        (internal / path).write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 57)
    (internal / "libQt6XcbQpa.so.6").symlink_to("PySide6/Qt/lib/libQt6XcbQpa.so.6")
    (internal / "PySide6" / "__init__.pyc").write_bytes(b"\xf3\r\r\n")
    (internal / "planner").mkdir()
    (internal / "planner" / "libqgtk3.so.txt").write_text("not a library")
    (folder / "interview-planner").write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 57)


GTK = not_found("libgtk-3.so.0", f"{SITE}/PySide6/Qt/plugins/platformthemes/libqgtk3.so") + (
    not_found("libgdk-3.so.0", f"{SITE}/PySide6/Qt/plugins/platformthemes/libqgtk3.so")
)


def test_libraries_of_left_out_plugins_are_only_listed(build_dist, tmp_path):
    make_bundle(tmp_path / "b")
    kept = build_dist.kept_files(tmp_path / "b" / "_internal")
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "libQt6XcbQpa.so.6" in kept  # the link beside the executable
    assert not any(name.endswith((".pyc", ".txt")) for name in kept)

    log = GTK + not_found("libdrm_dropped.so.1", "/usr/lib/x86_64-linux-gnu/libgbm.so.1")
    missing, dropped = build_dist.missing_libraries(log, kept)
    assert missing == []
    assert dropped == ["libdrm_dropped.so.1", "libgdk-3.so.0", "libgtk-3.so.0"]


def test_libraries_that_kept_files_need_still_fail(build_dist, tmp_path):
    make_bundle(tmp_path / "b")
    kept = build_dist.kept_files(tmp_path / "b" / "_internal")
    xcb = f"{SITE}/PySide6/Qt/plugins/platforms/libqxcb.so"
    qpa = f"{SITE}/PySide6/Qt/lib/libQt6XcbQpa.so.6"
    log = (
        GTK
        + not_found("libxcb-icccm.so.4", xcb)
        + not_found("libxcb-icccm.so.4", qpa)
        # a system library the bundle keeps beside the executable
        + not_found("libxcb1-missing.so.1", "/lib/x86_64-linux-gnu/libxcb-util.so.1")
        # the same plugin name in a folder the bundle leaves out is not the kept one
        + not_found(
            "libEGL-gone.so.1", f"{SITE}/PySide6/Qt/plugins/egldeviceintegrations/libqxcb.so"
        )
    )
    missing, dropped = build_dist.missing_libraries(log, kept)
    assert missing == [
        ("libxcb-icccm.so.4", qpa),
        ("libxcb-icccm.so.4", xcb),
        ("libxcb1-missing.so.1", "/lib/x86_64-linux-gnu/libxcb-util.so.1"),
    ]
    assert dropped == ["libEGL-gone.so.1", "libgdk-3.so.0", "libgtk-3.so.0"]


def fake_pyinstaller(build_dist, monkeypatch, log: str) -> None:
    """PyInstaller's run replaced by one that leaves a bundle and prints log."""

    def run(command, **_options):
        assert "PyInstaller" in command
        make_bundle(build_dist.DIST / "interview-planner")
        return subprocess.CompletedProcess(command, 0, stdout="", stderr=log)

    monkeypatch.setattr(build_dist.subprocess, "run", run)


def test_a_build_without_gtk_succeeds(build_dist, monkeypatch, tmp_path, capsys):
    fake_pyinstaller(build_dist, monkeypatch, GTK)
    assert build_dist.main() == 0
    out = capsys.readouterr().out
    assert "libgtk-3.so.0" in out  # listed, not fatal
    assert list((tmp_path / "dist").glob("interview-planner-*-linux-x86_64.tar.gz"))


def test_a_missing_library_of_a_kept_plugin_fails_and_names_its_package(
    build_dist, monkeypatch, capsys
):
    xcb = f"{SITE}/PySide6/Qt/plugins/platforms/libqxcb.so"
    fake_pyinstaller(build_dist, monkeypatch, GTK + not_found("libxcb-icccm.so.4", xcb))
    assert build_dist.main() == 1
    err = capsys.readouterr().err
    assert f"missing libxcb-icccm.so.4 (Debian package libxcb-icccm4), needed by {xcb}" in err
    assert "apt-get install libxcb-icccm4" in err
    assert "gtk" not in err
    assert not list(build_dist.DIST.glob("*.tar.gz"))
