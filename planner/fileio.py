"""Writing a file so that a reader sees either the old file or the whole new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to a temporary file beside ``path``, sync it, then rename it over."""
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=0) as handle:
            view = memoryview(data)
            while view:
                # write() may write less than asked (a full disk, a size limit): loop,
                # and let a zero-length write raise rather than spin.
                written = handle.write(view)
                if not written:
                    raise OSError("short write: nothing more could be written")
                view = view[written:]
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
