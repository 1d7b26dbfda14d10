"""The app in a real window, driven only by the keyboard as a person would.

Runs under Xvfb with openbox (so that focus is real) and xdotool typing; CI installs all
three. Where one is missing the test is skipped and says which.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "openbox")
missing = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(missing), reason=f"needs {', '.join(missing)} (apt-get install xvfb xdotool openbox)"
)
DISPLAY = ":91"


@pytest.fixture(scope="module")
def screen():
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": DISPLAY}
    for _ in range(50):
        if (
            subprocess.run(
                ["xdotool", "getdisplaygeometry"], env=env, capture_output=True
            ).returncode
            == 0
        ):
            break
        time.sleep(0.1)
    wm = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)
    yield env
    wm.terminate()
    xvfb.terminate()
    wm.wait(timeout=10)
    xvfb.wait(timeout=10)


def xdotool(env, *args):
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60)


class App:
    """The app in a subprocess, what it prints kept in a file (a pipe could fill up)."""

    def __init__(self, env, data_dir):
        app_env = {**env, "QT_QPA_PLATFORM": "xcb"}
        app_env.pop("PLANNER_DATA_DIR", None)
        self.log = Path(f"{data_dir}.log")
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "planner", "--data-dir", str(data_dir)],
                env=app_env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace").strip() or "(nothing)"

    def fail(self, what: str) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        pytest.fail(f"{what}; it printed:\n{self.output()}", pytrace=False)


def launch(env, data_dir) -> App:
    """Start the app and wait for its window; if the app exits first, fail at once with its
    exit status and what it printed."""
    app = App(env, data_dir)
    deadline = time.monotonic() + 60
    while True:
        status = app.process.poll()
        if status is not None:
            app.fail(f"the app exited with status {status} before its window appeared")
        found = xdotool(env, "search", "--name", "^Second Interview Planner$").stdout.split()
        if found:
            break
        if time.monotonic() > deadline:
            app.fail("no window appeared within 60 s")
        time.sleep(0.1)
    xdotool(env, "windowactivate", found[0])  # (--sync waits 15 s for a reply openbox never sends)
    time.sleep(0.8)  # the first paint, then the other tabs are built
    return app


def keys(env, *names):
    for name in names:
        xdotool(env, "key", name)
        time.sleep(0.15)


def type_text(env, text):
    xdotool(env, "type", "--delay", "20", text)
    time.sleep(0.2)


def session(screen, data, *steps) -> None:
    """Launch the app on data, play the steps (keys, or ("type", text)), quit with Ctrl+Q."""
    app = launch(screen, data)
    try:
        for step in steps:
            if isinstance(step, tuple):
                type_text(screen, step[1])
            else:
                keys(screen, step)
        keys(screen, "ctrl+q")
        try:
            status = app.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.fail("the app did not quit within 30 s of Ctrl+Q")
        if status != 0:
            app.fail(f"the app exited with status {status}")
    finally:
        if app.process.poll() is None:
            app.process.kill()


def listed(data) -> list[list[str]]:
    listing = subprocess.run(
        [sys.executable, "-m", "planner", "list", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    ).stdout
    return [line.split("\t") for line in listing.strip().split("\n") if line]


def test_a_full_keyboard_session_survives_quit_and_relaunch(screen, tmp_path):
    data = tmp_path / "data"
    session(
        screen,
        data,
        "ctrl+n",  # the cursor lands in Company
        ("type", "Keyboard Co"),
        "Tab",
        ("type", "Typist"),
        "alt+p",  # "Place or link" by its mnemonic
        ("type", "Room 12"),
        "ctrl+3",  # Reinforce positives
    )
    assert listed(data)[0][1:3] == ["Keyboard Co", "Typist"]
    settings = configparser.ConfigParser()
    settings.read(data / "settings.ini")
    assert settings["session"]["current_tab"] == "2"

    # Relaunched, it is where it was left: a second Ctrl+N interview, then quit again.
    session(screen, data, "ctrl+n", ("type", "Second Co"))
    assert sorted(row[1] for row in listed(data)) == ["Keyboard Co", "Second Co"]
    # The second session found interviews to protect: the day's backup, taken on a thread
    # once the window was up.
    assert [p.name for p in (data / "backups").glob("planner-*-daily.sqlite3")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin: Linux only")
def test_an_app_that_cannot_start_fails_the_test_at_once_with_what_it_said(screen, tmp_path):
    """Not a 60 s wait for a window that never comes: the exit status and the app's
    sentence (here: its xcb plugin needs a library that is not installed)."""
    from tests.unit.test_syslibs import broken_xcb_plugin

    plugins, missing = broken_xcb_plugin(tmp_path / "qt")
    with pytest.raises(pytest.fail.Exception) as failed:
        launch({**screen, "QT_PLUGIN_PATH": str(plugins)}, tmp_path / "data")
    message = str(failed.value)
    assert "the app exited with status 2 before its window appeared" in message
    assert missing in message
