"""Which files of a folder anything in this process (or any other) opened: Linux inotify.

The tests plant "canary" files and name them in user text (an image, a style sheet, a
link); nothing the app does with that text may ever open them. inotify sees every open,
also those made by Qt's C++ code, which no Python hook would see."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

IN_ACCESS = 0x001
IN_OPEN = 0x020
IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")


def available() -> bool:
    return sys.platform.startswith("linux") and ctypes.util.find_library("c") is not None


class FolderWatch:
    """Records the names of the files in ``folder`` that get opened or read."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        watch = self._libc.inotify_add_watch(self.fd, os.fsencode(folder), IN_OPEN | IN_ACCESS)
        if watch < 0:
            raise OSError(ctypes.get_errno(), f"cannot watch {folder}")

    def opened(self) -> list[str]:
        names: list[str] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _, _, _, length = _EVENT.unpack_from(data, offset)
                start = offset + _EVENT.size
                names.append(data[start : start + length].rstrip(b"\0").decode())
                offset = start + length

    def close(self) -> None:
        os.close(self.fd)


def plant_canaries(folder: Path) -> dict[str, Path]:
    """Small files that an image, style sheet, font or link could name."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "image": folder / "canary.png",
        "style": folder / "canary.css",
        "page": folder / "canary.html",
        "font": folder / "canary.ttf",
    }
    files["image"].write_bytes(b"canary: not an image")
    files["style"].write_text("p { color: red; }")
    files["page"].write_text("<p>canary</p>")
    files["font"].write_bytes(b"\0\1\0\0")
    return files


def hostile_markup(canaries: dict[str, Path], words: str = "visible words") -> str:
    """Markup that names every canary in every way Qt's rich text could load it."""
    image, style, page = canaries["image"], canaries["style"], canaries["page"]
    return (
        f'<img src="{image}"><img src="file://{image}"> {words} '
        f'<link rel="stylesheet" href="{style}">'
        f'<p style="background-image: url({image})">{words}</p>'
        f'<table background="{image}"><tr><td background="{image}">{words}</td></tr></table>'
        f'<a href="{page}">{words}</a><style>@import url({style});</style>'
    )
