"""Why Qt could not open a window, said in one sentence, with what to do.

When Qt cannot load or start its platform plugin it prints a riddle (a hint about
xcb-cursor0 whatever is missing, "Reinstalling the application may fix this problem") and
aborts with a core dump. planner.gui.app hands Qt's messages to `on_start_message` while the
QApplication is being made. On that fatal message this module finds what is wrong: the
system libraries the plugin cannot load (ldd, as the app's own process would load them),
else the display it could not reach; it prints one sentence with the command that installs
what is missing, and exits with status 2. When a Qt module itself cannot be loaded (QtCore
or QtGui lacks a library: an ImportError), planner.cli asks `import_failure` for the same
sentence.

A normal start never imports this module: only a message from Qt while the application is
made does (some desktops have Qt say something then): what only the diagnosis needs is
imported when it runs. `PACKAGES` is also read by tools/build_dist.py.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

PROG = "interview-planner"
EXIT_ERROR = 2

# The Debian (and Ubuntu) package of each system library that PySide6's Qt libraries and the
# plugins the app keeps load (see build.spec), and of the GL and Wayland libraries that the
# executable never bundles. Ubuntu's "t64" packages (libglib2.0-0t64, libcups2t64...)
# provide these names, so apt-get accepts them there too.
# tests/unit/test_syslibs.py checks that every library PySide6 needs directly is here.
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libgbm.so.1": "libgbm1",
    "libdrm.so.2": "libdrm2",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-server.so.0": "libwayland-server0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
}

# Libraries that come with the app itself (the PySide6 wheel, or the executable's folder):
# when one is missing the installation is incomplete, and no system package helps.
_OWN = ("libQt6", "libpyside6", "libshiboken6", "libicu")

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found\s*$", re.M)
_CANNOT_OPEN = re.compile(r"^(\S+?): cannot open shared object file")
_PLUGIN_NAMED = re.compile(r'Could not (load|find) the Qt platform plugin "([^"]+)"')


def ldd_missing(output: str) -> list[str]:
    """The libraries ldd's output says it could not find, in order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries the dynamic loader could not find for library, directly or
    through the libraries it needs, as this process would load it (same environment).

    ldd (glibc's, in every Debian and Ubuntu) names them all; where there is no ldd, loading
    the library names the first one."""
    import subprocess

    try:
        result = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        import ctypes

        try:
            ctypes.CDLL(str(library))
        except OSError as error:
            match = _CANNOT_OPEN.match(str(error))
            return [match.group(1)] if match else []
        return []
    return ldd_missing(result.stdout)


def plugin_folders(
    environ: Mapping[str, str] = os.environ, qt_plugins: Path | None = None
) -> list[Path]:
    """Where Qt looks for platform plugins, in its order (qt_plugins: Qt's own plugins
    folder, asked of QtCore when not given)."""
    folders = []
    if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    for entry in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            folders.append(Path(entry) / "platforms")
    if qt_plugins is None:
        from PySide6.QtCore import QLibraryInfo

        qt_plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    folders.append(qt_plugins / "platforms")
    return folders


def find_plugin(name: str, folders: Iterable[Path]) -> Path | None:
    """The file of the platform plugin name ("xcb": libqxcb.so), in the first folder that
    has it."""
    for folder in folders:
        for pattern in (f"libq{name}.so", f"libq{name}*.so"):
            found = sorted(folder.glob(pattern)) if folder.is_dir() else []
            if found:
                return found[0]
    return None


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def libraries_sentence(
    missing: list[str],
    *,
    lead: str = "cannot open a window",
    has_apt: bool | None = None,
    as_root: bool | None = None,
) -> str:
    """What is missing and the command that installs it, in one sentence (has_apt, as_root:
    whether apt-get is on the PATH and this is root, looked up when not given)."""
    if has_apt is None:
        import shutil

        has_apt = shutil.which("apt-get") is not None
    if as_root is None:
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    own = [name for name in missing if name.startswith(_OWN)]
    system = [name for name in missing if not name.startswith(_OWN)]
    parts = []
    if system:
        one = len(system) == 1
        packages = list(dict.fromkeys(PACKAGES[name] for name in system if name in PACKAGES))
        unknown = [name for name in system if name not in PACKAGES]
        them = "it" if one else "them"
        provide = "package that provides it" if one else "packages that provide them"
        part = f"the system {'library' if one else 'libraries'} {_and(system)} " + (
            "is missing" if one else "are missing"
        )
        if packages and has_apt:
            sudo = "" if as_root else "sudo "
            part += f"; install {them} with: {sudo}apt-get install {' '.join(packages)}"
        elif packages:
            part += (
                f"; install {them} with your system's package manager (on Debian and Ubuntu: "
                f"{' '.join(packages)})"
            )
        if unknown and packages:
            part += f", and for {_and(unknown)} the " + (
                "package that provides it" if len(unknown) == 1 else "packages that provide them"
            )
        elif unknown:
            part += f"; install the {provide}"
        parts.append(part)
    if own:
        parts.append(
            f"the app's own {'file' if len(own) == 1 else 'files'} {_and(own)} "
            f"{'is' if len(own) == 1 else 'are'} missing; reinstall the app"
        )
    return f"{lead}: " + ", and ".join(parts)


def display_sentence(platform: str, environ: Mapping[str, str] = os.environ) -> str:
    if platform.startswith("wayland"):
        where = environ.get("WAYLAND_DISPLAY") or "wayland-0"
        return (
            f"cannot open a window: the Wayland display {where} cannot be reached; start the "
            "app from a desktop session, or set WAYLAND_DISPLAY to a running one"
        )
    if not environ.get("DISPLAY"):
        return (
            "cannot open a window: no X display is set (DISPLAY is empty); start the app "
            "from a desktop session, or set DISPLAY"
        )
    return (
        f"cannot open a window: the X display {environ['DISPLAY']} cannot be reached; start "
        "the app from a desktop session, or set DISPLAY to a running one"
    )


class Seen:
    """What Qt said while the application was being made."""

    def __init__(self) -> None:
        self.failed: list[str] = []  # platform plugins it found but could not load or start
        self.unknown: list[str] = []  # platform plugins it did not find
        self.no_display: list[str] = []  # platforms that could not reach their display


_seen = Seen()


def why_no_window(
    seen: Seen,
    environ: Mapping[str, str] = os.environ,
    find: Callable[[str], Path | None] | None = None,
    missing_of: Callable[[Path], list[str]] = missing_libraries,
) -> str:
    """The sentence for Qt's fatal "no Qt platform plugin could be initialized"."""
    find = find or (lambda name: find_plugin(name, plugin_folders(environ)))
    # QT_QPA_PLATFORM may list several ("wayland;xcb"), each with options ("xcb:opt=1")
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    tried = seen.failed or [wanted or "xcb"]
    missing: list[str] = []
    for name in tried:
        plugin = find(name)
        if plugin is not None:
            missing += [lib for lib in missing_of(plugin) if lib not in missing]
    if missing:
        return libraries_sentence(missing)
    if seen.no_display:
        return display_sentence(seen.no_display[0], environ)
    if seen.unknown and not seen.failed:
        return (
            f'cannot open a window: Qt has no platform plugin "{seen.unknown[0]}"; set '
            "QT_QPA_PLATFORM (or -platform) to xcb, wayland or offscreen"
        )
    return (
        f'cannot open a window: Qt could not start its platform plugin "{tried[0]}" and no '
        "library is missing; run the app with QT_DEBUG_PLUGINS=1 to see why"
    )


# The PySide6 modules the app imports.
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport")


def import_failure(
    error: ImportError,
    lead: str = "cannot open a window",
    platform: str | None = None,
    environ: Mapping[str, str] = os.environ,
    missing_of: Callable[[Path], list[str]] = missing_libraries,
) -> str | None:
    """The sentence for a Qt module that could not be loaded because a library is missing
    (None for any other ImportError). It names at once every library missing for the
    modules the app imports and for the platform plugin (default: QT_QPA_PLATFORM's, else
    xcb), not only the first one the loader met (ldd; only when Qt failed to import)."""
    named = _CANNOT_OPEN.match(str(error))
    if named is None and "PySide6" not in f"{error} {error.name}":
        return None
    # A module that imports another through shiboken only says "could not import module".
    missing = [named.group(1)] if named else []
    import importlib.util

    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        files = [package / f"{name}.abi3.so" for name in MODULES]
        wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
        plugin = find_plugin(
            platform or wanted or "xcb", plugin_folders(environ, package / "Qt" / "plugins")
        )
        for path in [*files, plugin]:
            if path is not None and path.exists():
                missing += [name for name in missing_of(path) if name not in missing]
    return libraries_sentence(missing, lead=lead) if missing else None


def _pass_on(previous, mode, context, message: str) -> None:
    if previous is not None:
        previous(mode, context, message)
        return
    from PySide6.QtCore import qFormatLogMessage

    print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)


def on_start_message(
    previous, mode, context, message: str, seen: Seen = _seen, exit_now=os._exit
) -> None:
    """Qt's message handler while the QApplication is made (previous: the one before it,
    None for Qt's own). Messages go on as before, but for two: Qt's hint that names
    xcb-cursor0 whatever library is missing is dropped, and its fatal "no Qt platform
    plugin could be initialized" becomes one sentence saying why, and exit status 2."""
    from PySide6.QtCore import QtMsgType

    if mode == QtMsgType.QtFatalMsg and "platform plugin" in message:
        try:
            sentence = why_no_window(seen)
        except Exception:  # a failed diagnosis must not hide Qt's own message
            _pass_on(previous, mode, context, message)
            raise
        sys.stdout.flush()
        print(f"{PROG}: error: {sentence}", file=sys.stderr, flush=True)
        exit_now(EXIT_ERROR)
        return
    named = _PLUGIN_NAMED.search(message)
    if named:
        (seen.failed if named.group(1) == "load" else seen.unknown).append(named.group(2))
    if "could not connect to display" in message:
        seen.no_display.append("xcb")
    elif "Failed to create wl_display" in message:
        seen.no_display.append("wayland")
    if "xcb-cursor0" in message and "is needed to load the Qt xcb platform plugin" in message:
        return
    _pass_on(previous, mode, context, message)
