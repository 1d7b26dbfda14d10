"""Every file the app writes or reads for the user: export, import, PDF, calendar event.

Writing: a reader sees either the old file or the whole new one. The target must be a
regular file or not exist yet; a device, a named pipe, a socket or a folder is refused
and left as it was. A symbolic link is written through, as editors do: the file it leads
to is replaced and the link kept (but a link in a shared sticky folder such as /tmp that
belongs to someone else is refused, as Linux refuses to follow it). The new content goes
first to a hidden partial file beside the target, ``.NAME.<8 random>.part``: it is removed
whatever stops the write, and one that a killed process left behind is removed by the next
write to the same target.

Reading: only a regular file, checked before a byte is read (a named pipe is never waited
on), and never more than the caller's cap.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PART_SUFFIX = ".part"
# A partial file this much older than now belongs to a write that was killed.
STALE_PART_SECONDS = 60
_MAX_LINKS = 40
NO_NAME = "no file name given"


class FileRefused(OSError):
    """A path that is not (or does not lead to) a regular file; strerror says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(errno.EINVAL, reason)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _not_a_file(mode: int, leads_to: Path | None = None) -> FileRefused:
    what = _kind(mode)
    if leads_to is not None:
        what = f"a link to {what} ({leads_to})"
    elif what.startswith("not "):
        what = "something other than a file"
    return FileRefused(f"it is {what}, not a regular file; give the name of a file")


def _no_name(path: os.PathLike[str] | str) -> bool:
    return os.fspath(path) == ""


def _refuse_foreign_link(link: Path, info: os.stat_result) -> None:
    """Refuse what Linux's protected_symlinks refuses: following a link in a sticky,
    world-writable folder (such as /tmp) that neither we nor the folder's owner made."""
    if not hasattr(os, "geteuid"):
        return
    try:
        folder = os.stat(link.parent)
    except OSError:
        return
    shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
    if shared and info.st_uid not in (os.geteuid(), folder.st_uid):
        raise FileRefused(
            "it is a link that someone else put in a shared folder; give another file name"
        )


def resolve_target(path: os.PathLike[str] | str) -> Path:
    """The file that writing to ``path`` replaces: ``path`` itself, or the end of the
    symbolic links it starts. FileRefused unless that is a regular file or absent."""
    if _no_name(path):
        raise FileRefused(NO_NAME)
    current = Path(path)
    for _ in range(_MAX_LINKS):
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return current
        if stat.S_ISREG(info.st_mode):
            return current
        if not stat.S_ISLNK(info.st_mode):
            raise _not_a_file(info.st_mode, None if current == Path(path) else current)
        _refuse_foreign_link(current, info)
        current = current.parent / os.readlink(current)
    raise FileRefused("it is a link that leads round in circles; give the name of a file")


def _still_writable(target: Path, path: os.PathLike[str] | str) -> None:
    """Just before the replace: the target is still a regular file or absent."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_file(info.st_mode, None if target == Path(path) else target)


# A file name holds at most 255 bytes on the usual file systems; the partial file adds
# ".", "." and 8 random characters and ".part" to the target's name, which is cut to fit.
_NAME_BYTES = 255
_PART_EXTRA = len("..") + 8 + len(PART_SUFFIX)


def _part_prefix(target: Path) -> str:
    """The start of the partial file's name: the target's name, cut (never mid-character)
    so that a target whose own name fits has a partial file whose name fits too."""
    name = target.name.encode("utf-8", "surrogateescape")[: _NAME_BYTES - _PART_EXTRA]
    return f".{name.decode('utf-8', 'ignore')}."


def _stale_part_pattern(target: Path) -> re.Pattern[str]:
    # tempfile.mkstemp draws its 8 characters from a-z, 0-9 and _.
    return re.compile(re.escape(_part_prefix(target)) + r"[a-z0-9_]{8}" + re.escape(PART_SUFFIX))


def remove_stale_parts(target: Path, now: float | None = None) -> list[Path]:
    """Remove the partial files of ``target`` that a killed write left behind: ours,
    regular, and unchanged for a minute (a write running now is left alone)."""
    folder = target.parent
    pattern = _stale_part_pattern(target)
    now = time.time() if now is None else now
    removed = []
    try:
        entries = os.scandir(folder)
    except OSError:
        return removed
    with entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_PART_SECONDS:
                continue
            if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


@contextlib.contextmanager
def replacing(path: os.PathLike[str] | str, *, mode: int = 0o600) -> Iterator[tuple[int, str]]:
    """Yield ``(fd, name)`` of a new partial file beside the file ``path`` leads to; the
    caller owns the fd (closes it at once, or wraps it). When the block ends normally, the
    partial file replaces the target, checked once more just before; however else it ends
    (an error, Ctrl+C, SystemExit), the partial file is removed and the target left as
    it was."""
    target = resolve_target(path)
    remove_stale_parts(target)
    fd, temp_name = tempfile.mkstemp(
        prefix=_part_prefix(target), suffix=PART_SUFFIX, dir=target.parent
    )
    try:
        yield fd, temp_name
        os.chmod(temp_name, mode)
        _still_writable(target, path)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def write_atomically(path: os.PathLike[str] | str, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to a partial file beside ``path``, sync it, then rename it over."""
    with replacing(path, mode=mode) as (fd, _name), os.fdopen(fd, "wb", buffering=0) as handle:
        view = memoryview(data)
        while view:
            # write() may write less than asked (a full disk, a size limit): loop,
            # and let a zero-length write raise rather than spin.
            written = handle.write(view)
            if not written:
                raise OSError("short write: nothing more could be written")
            view = view[written:]
        os.fsync(handle.fileno())


def read_regular_file(path: os.PathLike[str] | str, limit: int) -> bytes:
    """The content of the regular file at ``path``, at most ``limit + 1`` bytes (so that
    the caller can tell a file over the limit). Anything but a regular file is refused
    before a byte is read; a named pipe is opened without waiting for a writer."""
    if _no_name(path):
        raise FileRefused(NO_NAME)
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_BINARY"):
        flags |= getattr(os, name, 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_a_file(info.st_mode)
        wanted = min(info.st_size, limit) + 1
        data = handle.read(wanted) or b""
        # The file may have grown since fstat: read on up to the cap, never past it.
        while len(data) <= limit:
            more = handle.read(limit + 1 - len(data))
            if not more:
                break
            data += more
        return data


_REASONS = {
    errno.ENOSPC: "the disk is full; free some space or choose another place",
    errno.EACCES: "permission denied; choose a place you may use",
    errno.EPERM: "permission denied; choose a place you may use",
    errno.EROFS: "the disk is read-only; choose another place",
    errno.EISDIR: "it is a folder, not a regular file; give the name of a file",
    errno.ENOTDIR: "a part of the path is not a folder; check the path",
    errno.ENAMETOOLONG: "the name is too long; choose a shorter one",
    errno.EBUSY: "it is in use; close what uses it or choose another name",
    errno.EFBIG: "the file would be larger than this disk or account allows",
    errno.ELOOP: "it is a link that leads round in circles; give the name of a file",
    # A socket or a device with nothing behind it.
    errno.ENXIO: "it is not a regular file (a socket or a device); give the name of a file",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "your disk quota is used up; free some space or choose another place"


def reason(error: OSError, *, reading: bool = False) -> str:
    """What went wrong with a file, as the end of a sentence a user can act on."""
    if isinstance(error, FileRefused):
        return str(error.strerror)
    if error.errno == errno.ENOENT:
        return "no such file; check the name" if reading else "its folder does not exist"
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return str(error.strerror or error)


def cannot_write(path: os.PathLike[str] | str, error: OSError) -> str:
    if _no_name(path) or str(error.strerror) == NO_NAME:
        return "no file name given; give the name of the file to write"
    return f"cannot write {path}: {reason(error)}"


def cannot_read(path: os.PathLike[str] | str, error: OSError) -> str:
    if _no_name(path) or str(error.strerror) == NO_NAME:
        return "no file name given; give the name of the file to read"
    return f"cannot read {path}: {reason(error, reading=True)}"
