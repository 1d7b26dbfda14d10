"""When Qt cannot open a window, the app says why in one sentence and exits with status 2.

Qt alone names xcb-cursor0 whatever library is missing, then aborts with a core dump. The
app names the libraries its platform plugin cannot load and the command that installs
them (planner/syslibs.py), or the display it could not reach."""

from __future__ import annotations

import ast
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from planner import syslibs

ROOT = Path(__file__).resolve().parents[2]

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd5a9e8000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f1b8c0a0000)
\tlibxcb-icccm.so.4 => not found
\tlibEGL.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f1b8c2f0000)
"""


def test_ldd_output_gives_each_missing_library_once():
    assert syslibs.ldd_missing(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libEGL.so.1"]
    assert syslibs.ldd_missing("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_sentence_names_the_libraries_and_the_packages():
    sentence = syslibs.libraries_sentence(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], has_apt=True, as_root=False
    )
    assert sentence == (
        "cannot open a window: the system libraries libxcb-icccm.so.4 and libxcb-keysyms.so.1 "
        "are missing; install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )
    one = syslibs.libraries_sentence(["libGL.so.1"], has_apt=True, as_root=True)
    assert one.endswith(
        "the system library libGL.so.1 is missing; install it with: apt-get install libgl1"
    )


def test_one_package_for_libraries_that_share_it():
    sentence = syslibs.libraries_sentence(["libglib-2.0.so.0", "libgthread-2.0.so.0"], has_apt=True)
    assert sentence.endswith("apt-get install libglib2.0-0")


def test_unknown_libraries_and_systems_without_apt_still_get_a_sentence():
    sentence = syslibs.libraries_sentence(["libxcb-shape.so.0", "libweird.so.3"], has_apt=False)
    assert "apt-get" not in sentence
    assert "(on Debian and Ubuntu: libxcb-shape0)" in sentence
    assert sentence.endswith("and for libweird.so.3 the package that provides it")
    alone = syslibs.libraries_sentence(["libweird.so.3"])
    assert alone.endswith("libweird.so.3 is missing; install the package that provides it")


def test_the_apps_own_libraries_say_reinstall():
    sentence = syslibs.libraries_sentence(["libQt6XcbQpa.so.6"])
    assert sentence == (
        "cannot open a window: the app's own file libQt6XcbQpa.so.6 is missing; reinstall the app"
    )
    assert "apt-get" not in sentence


def test_one_sentence_whatever_is_missing():
    for missing in (["libEGL.so.1"], ["libweird.so.1", "libQt6Gui.so.6"], list(syslibs.PACKAGES)):
        sentence = syslibs.libraries_sentence(missing)
        assert "\n" not in sentence
        assert sentence.count(". ") == 0


def seen_after(*messages: str) -> syslibs.Seen:
    from PySide6.QtCore import QtMsgType

    seen = syslibs.Seen()
    for message in messages:
        syslibs.on_start_message(lambda *_: None, QtMsgType.QtWarningMsg, None, message, seen)
    return seen


LOAD_XCB = 'Could not load the Qt platform plugin "xcb" in "" even though it was found.'
HINT = "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin."


def test_why_no_window_asks_ldd_about_the_plugin_qt_tried(tmp_path):
    plugin = tmp_path / "libqwayland.so"
    asked = []

    def missing_of(path):
        asked.append(path)
        return ["libwayland-cursor.so.0"]

    seen = seen_after('Could not load the Qt platform plugin "wayland" in "" even though it was')
    sentence = syslibs.why_no_window(
        seen, environ={}, find={"wayland": plugin}.get, missing_of=missing_of
    )
    assert asked == [plugin]
    assert "libwayland-cursor.so.0 is missing" in sentence
    assert "libwayland-cursor0" in sentence


def test_with_every_library_there_the_display_is_named():
    seen = seen_after("could not connect to display :93", HINT, LOAD_XCB)
    find = {"xcb": Path("/x/libqxcb.so")}.get
    sentence = syslibs.why_no_window(
        seen, environ={"DISPLAY": ":93"}, find=find, missing_of=lambda _: []
    )
    assert sentence == (
        "cannot open a window: the X display :93 cannot be reached; start the app from a "
        "desktop session, or set DISPLAY to a running one"
    )
    unset = syslibs.why_no_window(seen, environ={}, find=find, missing_of=lambda _: [])
    assert "no X display is set" in unset


def test_an_unknown_platform_and_an_unexplained_failure():
    seen = seen_after('Could not find the Qt platform plugin "nosuch" in ""')
    sentence = syslibs.why_no_window(
        seen, environ={"QT_QPA_PLATFORM": "nosuch"}, find=lambda _: None, missing_of=list
    )
    assert 'Qt has no platform plugin "nosuch"' in sentence
    other = syslibs.why_no_window(
        seen_after(LOAD_XCB), environ={}, find=lambda _: Path("/p"), missing_of=lambda _: []
    )
    assert "QT_DEBUG_PLUGINS=1" in other


def test_the_plugin_is_found_where_qt_looks_first(tmp_path):
    mine = tmp_path / "mine" / "platforms"
    mine.mkdir(parents=True)
    (mine / "libqxcb.so").write_bytes(b"")
    folders = syslibs.plugin_folders({"QT_PLUGIN_PATH": str(tmp_path / "mine")})
    assert syslibs.find_plugin("xcb", folders) == mine / "libqxcb.so"
    # then PySide6's own folder
    own = syslibs.find_plugin("offscreen", syslibs.plugin_folders({}))
    assert own is not None and own.name == "libqoffscreen.so"
    assert syslibs.find_plugin("nosuch", folders) is None


def test_messages_go_on_but_the_riddle_and_the_fatal_one(capsys):
    from PySide6.QtCore import QtMsgType

    passed, exits = [], []
    seen = syslibs.Seen()

    def handle(mode, message):
        syslibs.on_start_message(
            lambda *args: passed.append(args), mode, "context", message, seen, exits.append
        )

    handle(QtMsgType.QtWarningMsg, "qt.qpa.xcb: something else")
    handle(QtMsgType.QtWarningMsg, HINT)
    handle(QtMsgType.QtWarningMsg, LOAD_XCB)
    assert passed == [
        (QtMsgType.QtWarningMsg, "context", "qt.qpa.xcb: something else"),
        (QtMsgType.QtWarningMsg, "context", LOAD_XCB),
    ]
    assert exits == []
    syslibs.why_no_window = lambda seen: "cannot open a window: because"
    try:
        handle(
            QtMsgType.QtFatalMsg,
            "This application failed to start because no Qt platform plugin could be "
            "initialized. Reinstalling the application may fix this problem.",
        )
    finally:
        del syslibs.why_no_window  # the module's own function again
    assert exits == [2]
    assert capsys.readouterr().err == "interview-planner: error: cannot open a window: because\n"
    assert len(passed) == 2


def test_messages_reach_stderr_when_qt_had_no_handler_before(capfd):
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    context = QMessageLogContext()
    syslibs.on_start_message(None, QtMsgType.QtWarningMsg, context, "a warning", syslibs.Seen())
    assert "a warning" in capfd.readouterr().err


# -- The system libraries PySide6 needs: every one is in the table ---------------------------


def needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind == 6:  # SHT_DYNAMIC
            strings = sections[link][4]
            names = []
            for at in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, at)
                if tag == 0:
                    break
                if tag == 1:  # DT_NEEDED
                    end = data.index(b"\0", strings + value)
                    names.append(data[strings + value : end].decode())
            return names
    return []


GLIBC = ("libc.so", "libm.so", "libpthread.so", "libdl.so", "librt.so", "libresolv.so", "ld-linux")
# In every Debian and Ubuntu, however bare (apt and dpkg need them).
BASE = {"libstdc++6", "libgcc-s1", "zlib1g", "libzstd1"}


def loaded_qt_files() -> tuple[list[Path], dict[str, str]]:
    """What the app loads from PySide6: the modules it imports, the plugins build.spec keeps
    (its KEEP_PLUGINS, read from the spec), and the Qt libraries those need; with the system
    libraries they all need directly (name: the file that needs it)."""
    import PySide6

    spec = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    keep = next(
        ast.literal_eval(node.value)
        for node in spec.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "KEEP_PLUGINS"
    )
    package = Path(PySide6.__file__).parent
    modules = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtDBus")
    queue = [package / f"{name}.abi3.so" for name in modules]
    for folder, wanted in keep.items():
        for plugin in sorted((package / "Qt" / "plugins" / folder).glob("*.so")):
            if wanted is None or plugin.name.startswith(wanted):
                queue.append(plugin)
    shipped = {p.name: p for p in sorted(package.parent.glob("*/**/*.so*"))}
    shipped.update({p.name: p for p in (package / "Qt" / "lib").glob("*.so*")})
    files, system = [], {}
    while queue:
        path = queue.pop()
        if path in files or not path.exists():
            continue
        names = needed(path)
        if any(name.startswith("libQt6") and name not in shipped for name in names):
            continue  # needs a Qt module PySide6-Essentials lacks: never loads, not bundled
        files.append(path)
        for name in names:
            if name in shipped:
                queue.append(shipped[name])
            elif not name.startswith(GLIBC):
                system.setdefault(name, path.name)
    return files, system


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux only")
def test_every_system_library_the_app_loads_has_its_package():
    files, system = loaded_qt_files()
    assert {"libqxcb.so", "libQt6XcbQpa.so.6", "libQt6Widgets.so.6"} <= {p.name for p in files}
    assert "libqgtk3.so" not in {p.name for p in files}
    assert {name: by for name, by in system.items() if name not in syslibs.PACKAGES} == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux only")
def test_ci_installs_every_package_the_app_loads():
    """.ci/run sets up a bare Debian machine: it must install them all (the executable's
    build fails otherwise, and the real-window tests cannot start the app)."""
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = set(run.split("DEBIAN_PACKAGES=(", 1)[1].split(")", 1)[0].split())
    _files, system = loaded_qt_files()
    packages = {syslibs.PACKAGES[name] for name in system} - BASE
    assert packages - listed == set()


# -- The real thing: the app in a subprocess, its xcb plugin unable to load ------------------


def run_app(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, **env}
    env.pop("PLANNER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def broken_xcb_plugin(folder: Path) -> tuple[Path, str]:
    """Qt plugins holding a copy of the xcb plugin that needs a library no machine has (one
    of its xcb libraries renamed inside the file, same length): found first through
    QT_PLUGIN_PATH, Qt fails to load it exactly as when that library is not installed.
    Returns the plugins folder and the missing library's name."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    original = qt / "plugins" / "platforms" / "libqxcb.so"
    name = next(n for n in needed(original) if n.startswith("libxcb-"))
    renamed = "libnot-" + name.removeprefix("libxcb-")
    data = original.read_bytes()
    old, new = (f"\0{n}\0".encode() for n in (name, renamed))
    assert data.count(old) == 1
    platforms = folder / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(data.replace(old, new))
    (folder / "lib").symlink_to(qt / "lib")  # its RUNPATH: $ORIGIN/../../lib
    return folder / "plugins", renamed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin: Linux only")
def test_a_missing_library_is_named_in_one_line_and_status_2(tmp_path):
    plugins, renamed = broken_xcb_plugin(tmp_path / "qt")
    result = run_app(
        {
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": ":93",
            "QT_PLUGIN_PATH": str(plugins),
        },
        tmp_path,
    )
    assert result.returncode == 2, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("interview-planner: error: cannot open a window: the system librar")
    assert renamed in last
    assert "xcb-cursor0" not in result.stderr  # Qt's riddle
    assert "Reinstalling the application" not in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing was made


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin: Linux only")
def test_an_x_display_that_is_not_there_is_named(tmp_path):
    result = run_app({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":93"}, tmp_path)
    assert result.returncode == 2, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    plugin = syslibs.find_plugin("xcb", syslibs.plugin_folders({}))
    if syslibs.missing_libraries(plugin):  # this machine lacks xcb's libraries: they come first
        assert "missing; install" in last
    else:
        assert last == (
            "interview-planner: error: cannot open a window: the X display :93 cannot be "
            "reached; start the app from a desktop session, or set DISPLAY to a running one"
        )
    assert "Traceback" not in result.stderr


def test_a_normal_start_does_not_import_the_diagnosis(tmp_path):
    """Qt's messages while the application is made go to planner.syslibs; a start that
    works has none, and so never imports it."""
    script = (
        "import sys\n"
        "from planner.gui.app import make_application\n"
        "app = make_application(['-platform', 'offscreen'])\n"
        "print(app.applicationName(), 'planner.syslibs' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["second-interview-planner", "False"]


# -- Qt's own modules cannot load (QtCore or QtGui lacks a system library) -------------------


def test_an_import_error_of_a_missing_library_names_all_that_are_missing(tmp_path):
    error = ImportError(
        "libglib-2.0.so.0: cannot open shared object file: No such file or directory",
        name="PySide6.QtCore",
        path=str(tmp_path / "QtCore.abi3.so"),
    )
    asked = []

    def missing_of(path):
        asked.append(path.name)
        return {"QtGui.abi3.so": ["libglib-2.0.so.0", "libEGL.so.1"]}.get(path.name, [])

    sentence = syslibs.import_failure(
        error, "cannot open a window", environ={}, missing_of=missing_of
    )
    assert sentence.startswith(
        "cannot open a window: the system libraries libglib-2.0.so.0 and libEGL.so.1 are "
        "missing; install them with"
    )
    assert "libglib2.0-0 libegl1" in sentence
    # the modules the app imports and the platform plugin were all asked about
    assert {"QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so", "libqxcb.so"} <= set(asked)


def test_other_import_errors_are_not_taken_for_a_missing_library():
    assert syslibs.import_failure(ImportError("No module named 'nosuch'")) is None
    # Qt's, with every library there
    wrapped = ImportError("libshiboken: could not import module 'PySide6.QtGui'")
    assert syslibs.import_failure(wrapped, missing_of=lambda _: []) is None
    found = syslibs.import_failure(wrapped, missing_of=lambda _: ["libEGL.so.1"])
    assert found.startswith("cannot open a window: the system library libEGL.so.1 is missing")


def pyside_lacking(folder: Path, module: str, soname: str, renamed: str) -> Path:
    """A PySide6 package (links to the real one's files) whose module's extension needs
    renamed instead of soname: a library no machine has. Returns the folder to put first
    on PYTHONPATH."""
    import PySide6

    real = Path(PySide6.__file__).parent
    package = folder / "PySide6"
    package.mkdir(parents=True)
    for path in real.iterdir():
        if path.name not in (f"{module}.abi3.so", "__pycache__"):
            (package / path.name).symlink_to(path)
    data = (real / f"{module}.abi3.so").read_bytes()
    old, new = (f"\0{name}\0".encode() for name in (soname, renamed))
    assert len(old) == len(new) and data.count(old) == 1
    (package / f"{module}.abi3.so").write_bytes(data.replace(old, new))
    (folder / "shiboken6").symlink_to(real.parent / "shiboken6")  # its RUNPATH finds it there
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux only")
def test_qt_lacking_a_library_is_one_line_for_the_window_and_the_sheet(tmp_path):
    """QtGui's extension needs a library that is not installed: the window and the sheet
    command (which paints through QtGui) both say so, where Python printed a traceback."""
    import PySide6

    # One of the system libraries QtGui's extension needs (libGL, libxkbcommon...), its name
    # made into one no machine has: "libGL.so.1" becomes "libzz.so.1".
    soname = next(
        name
        for name in needed(Path(PySide6.__file__).parent / "QtGui.abi3.so")
        if name in syslibs.PACKAGES and name not in ("libstdc++.so.6", "libgcc_s.so.1")
    )
    stem, dot, rest = soname.partition(".")
    missing = "lib" + "z" * (len(stem) - 3) + dot + rest
    path = pyside_lacking(tmp_path / "py", "QtGui", soname, missing)
    env = {**os.environ, "PYTHONPATH": str(path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":93"}
    env.pop("PLANNER_DATA_DIR", None)
    data = str(tmp_path / "data")

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "planner", *args],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )

    window = run("--data-dir", data)
    assert window.returncode == 2, window.stderr
    assert "Traceback" not in window.stderr
    assert len(window.stderr.strip().splitlines()) == 1
    assert window.stderr.startswith(
        "interview-planner: error: cannot open a window: the system librar"
    )
    assert missing in window.stderr
    assert "reinstall" not in window.stderr  # the app's own files are all there

    example = str(ROOT / "resources" / "examples" / "example-interview.json")
    assert run("import", example, "--data-dir", data).returncode == 0  # no Qt needed
    sheet = run("sheet", "--interview", "1", "--pdf", str(tmp_path / "s.pdf"), "--data-dir", data)
    assert sheet.returncode == 2, sheet.stderr
    assert "Traceback" not in sheet.stderr
    assert sheet.stderr.startswith(
        "interview-planner: error: the sheet command cannot start Qt: the system librar"
    )
    assert missing in sheet.stderr
    assert not (tmp_path / "s.pdf").exists()
