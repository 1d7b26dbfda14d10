"""Files, paths, import limits and command-line words (issue 12: items 5 in part, 6 to 10
and 13): what the app writes and reads for the user, and what it says about them."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import fileio
from planner.core import exchange
from planner.core.exchange import FormatError, read_export
from planner.core.model import NOTES_MAX_CHARS, Interview
from planner.core.textsafe import for_terminal
from planner.fileio import FileRefused, read_regular_file, write_atomically
from planner.store import Store
from planner.store.database import DATABASE_NAME
from planner.transfer import TransferError, export_to, import_from

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_cli(*args, timeout=60, cwd=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "PLANNER_DATA_DIR"}
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=cwd,
    )


def one_error_line(result, *fragments: str) -> str:
    """The run failed with exit 2 and one line on stderr holding every fragment."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("interview-planner"), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
    return result.stderr


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def dated(data_dir):
    """A data folder with one interview that has a date (so that calendar can write)."""
    store = Store.open_in(data_dir)
    store.create(Interview(company="Northwind", role="Analyst", starts_at=datetime(2026, 12, 3)))
    store.close()
    return data_dir


# -- special files ---------------------------------------------------------------------


def kind_of(path: Path) -> str:
    mode = os.lstat(path).st_mode
    for name, test in (
        ("link", stat.S_ISLNK),
        ("fifo", stat.S_ISFIFO),
        ("socket", stat.S_ISSOCK),
        ("device", stat.S_ISCHR),
        ("folder", stat.S_ISDIR),
        ("file", stat.S_ISREG),
    ):
        if test(mode):
            return name
    return "?"


def make_special(kind: str, folder: Path) -> Path:
    """A named pipe, a socket, a folder, a device (root only) or a link to a pipe."""
    path = folder / f"target-{kind}.out"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        here = os.getcwd()
        os.chdir(folder)  # a socket's path is limited to about 100 bytes
        try:
            server.bind(path.name)
        finally:
            os.chdir(here)
        server.close()  # the socket file stays
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        if not IS_ROOT:
            pytest.skip("only root can make a device node")
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # like /dev/null
    elif kind == "link-to-fifo":
        os.mkfifo(folder / "pipe")
        path.symlink_to(folder / "pipe")
    elif kind == "link-to-device":
        if not IS_ROOT:
            pytest.skip("only root can make a device node")
        os.mknod(folder / "null", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        path.symlink_to("null")
    return path


SPECIAL = ["fifo", "socket", "folder", "device", "link-to-fifo", "link-to-device"]
SAYS = {
    "fifo": "a named pipe",
    "socket": "a socket",
    "folder": "a folder",
    "device": "a device",
    "link-to-fifo": "a link to a named pipe",
    "link-to-device": "a link to a device",
}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_write_refuses_anything_but_a_regular_file_and_leaves_it(tmp_path, kind):
    target = make_special(kind, tmp_path)
    before = kind_of(target)
    with pytest.raises(FileRefused) as refused:
        write_atomically(target, b"data")
    assert SAYS[kind] in str(refused.value.strerror)
    assert "\n" not in str(refused.value.strerror)
    assert kind_of(target) == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", ["fifo", "device", "link-to-fifo"])
def test_every_command_that_writes_refuses_a_special_file(dated, tmp_path, kind):
    target = make_special(kind, tmp_path)
    before = kind_of(target)
    for args in (
        ["export", str(target)],
        ["sheet", "--interview", "1", "--pdf", str(target)],
        ["calendar", "--interview", "1", "--ics", str(target), "--timezone", "Europe/London"],
    ):
        result = run_cli(*args, "--data-dir", str(dated))
        one_error_line(result, f"cannot write {target}: it is {SAYS[kind]}")
        assert kind_of(target) == before, args
    assert leftovers(tmp_path) == []


def test_a_link_to_a_regular_file_is_written_through(store, tmp_path):
    """Decided (docs/data-format.md): as editors do, the file the link leads to is
    replaced and the link kept."""
    store.create(Interview(company="Northwind"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.json"
    real.write_text("older")
    link = tmp_path / "export.json"
    link.symlink_to(Path("elsewhere") / "real.json")
    assert export_to(store, link) == 1
    assert link.is_symlink()
    assert json.loads(real.read_text())["interviews"][0]["company"] == "Northwind"
    assert leftovers(tmp_path) == leftovers(elsewhere) == []


def test_a_link_to_nothing_creates_the_file_it_names(tmp_path):
    link = tmp_path / "out.ics"
    link.symlink_to("made.ics")
    write_atomically(link, b"BEGIN")
    assert link.is_symlink()
    assert (tmp_path / "made.ics").read_bytes() == b"BEGIN"


def test_a_link_that_leads_round_in_circles_is_refused(tmp_path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(FileRefused, match="round in circles"):
        write_atomically(tmp_path / "a", b"x")


@pytest.mark.skipif(not IS_ROOT, reason="making a link owned by someone else needs root")
def test_a_strangers_link_in_a_shared_sticky_folder_is_not_followed(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    mine = tmp_path / "mine.txt"
    mine.write_text("precious")
    planted = shared / "out.pdf"
    planted.symlink_to(mine)
    os.lchown(planted, 12345, 12345)
    with pytest.raises(FileRefused, match="someone else"):
        write_atomically(planted, b"x")
    assert mine.read_text() == "precious"
    os.lchown(planted, os.geteuid(), os.getegid())  # our own link there is followed
    write_atomically(planted, b"x")
    assert mine.read_bytes() == b"x"


def test_a_target_that_turns_special_during_the_write_is_left_alone(tmp_path, monkeypatch):
    """The check is made again just before the replace."""
    target = tmp_path / "out.json"
    target.write_text("older")
    real_fsync = os.fsync

    def swap_then_sync(fd):
        target.unlink()
        os.mkfifo(target)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", swap_then_sync)
    with pytest.raises(FileRefused, match="named pipe"):
        write_atomically(target, b"new")
    assert kind_of(target) == "fifo"
    assert leftovers(tmp_path) == []


def test_write_messages_are_plain_sentences(tmp_path):
    said = fileio.cannot_write(tmp_path / "no" / "x.json", FileNotFoundError(2, "No such file"))
    assert said.endswith("its folder does not exist")
    assert fileio.cannot_write("", FileRefused(fileio.NO_NAME)).startswith("no file name given")
    with pytest.raises(FileRefused) as refused:
        write_atomically(tmp_path, b"x")
    assert "a folder" in fileio.cannot_write(tmp_path, refused.value)


@pytest.mark.parametrize(
    "args",
    [
        ["export", ""],
        ["import", ""],
        ["sheet", "--interview", "1", "--pdf", ""],
        ["calendar", "--interview", "1", "--ics", ""],
    ],
)
def test_an_empty_file_name_is_named_as_such(dated, args):
    before = sorted(os.listdir(dated))
    result = run_cli(*args, "--data-dir", str(dated))
    said = one_error_line(result, "no file name given")
    assert "busy" not in said
    assert sorted(os.listdir(dated)) == before


def test_an_empty_data_folder_is_refused_not_taken_for_the_default(tmp_path):
    home = tmp_path / "home"
    env_dir = tmp_path / "from-env"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "list", "--data-dir", ""],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(home), "PLANNER_DATA_DIR": str(env_dir)},
    )
    one_error_line(result, "--data-dir: no folder given")
    assert not env_dir.exists() and not home.exists()


# -- partial files -----------------------------------------------------------------------


def test_an_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("older")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"new" * 1000)
    assert target.read_text() == "older"
    assert leftovers(tmp_path) == []


def test_a_stale_partial_file_is_removed_by_the_next_write(tmp_path, store):
    target = tmp_path / "out.json"
    stale = tmp_path / ".out.json.k3j_9x2a.part"
    fresh = tmp_path / ".out.json.zz8q1m0p.part"  # a write running now: left alone
    other = tmp_path / ".other.json.k3j_9x2a.part"  # another target's
    mine_too = tmp_path / ".out.json.notmkstemp-made.part"  # not a name this app makes
    for path in (stale, fresh, other, mine_too):
        path.write_bytes(b"half")
    old = time.time() - 3600
    for path in (stale, other, mine_too):
        os.utime(path, (old, old))
    export_to(store, target)
    assert not stale.exists()
    assert fresh.exists() and other.exists() and mine_too.exists()


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX only")
def test_sigterm_during_a_long_sheet_leaves_no_partial_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open_in(data)
    big = Interview(company="Big", role="Analyst")
    paragraph = "<p>{} a paragraph of words to lay out, one of very many on many pages</p>"
    big.notes["expect"] = "".join(paragraph.format(n) for n in range(120_000))
    assert len(big.notes["expect"]) <= NOTES_MAX_CHARS
    store.create(big)
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = ["sheet", "--interview", "1", "--full", "--pdf", str(out / "big.pdf")]
    process = subprocess.Popen(
        [sys.executable, "-m", "planner", *command, "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not leftovers(out) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert leftovers(out), "the partial file never appeared"
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert b"Traceback" not in process.stderr.read()
    process.stderr.close()
    assert leftovers(out) == []
    # The signal may come in the instant the finished file was moved into place (a busy
    # machine): then the file is whole. Otherwise nothing at all is left.
    if os.listdir(out):
        assert os.listdir(out) == ["big.pdf"]
        assert (out / "big.pdf").read_bytes().rstrip().endswith(b"%%EOF")
    else:
        assert process.returncode != 0


# -- reading for an import -------------------------------------------------------------


def unblock_after(fifo: Path, seconds: float) -> threading.Timer:
    """If a reader still waits on the pipe after `seconds`, let it go (a test that would
    otherwise hang for ever fails instead)."""

    def release() -> None:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return
        os.close(fd)

    timer = threading.Timer(seconds, release)
    timer.daemon = True
    timer.start()
    return timer


def test_import_refuses_a_named_pipe_without_waiting(store, tmp_path):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    timer = unblock_after(fifo, 20)
    try:
        with pytest.raises(TransferError, match="it is a named pipe, not a regular file"):
            import_from(store, fifo)
    finally:
        timer.cancel()
    assert store.count() == 0


def test_the_import_command_refuses_a_pipe_and_a_device(data_dir, tmp_path):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    timer = unblock_after(fifo, 30)
    try:
        result = run_cli("import", str(fifo), "--data-dir", str(data_dir), timeout=60)
    finally:
        timer.cancel()
    one_error_line(result, "cannot read", "named pipe")
    one_error_line(run_cli("import", "/dev/zero", "--data-dir", str(data_dir)), "a device")
    one_error_line(run_cli("import", str(tmp_path), "--data-dir", str(data_dir)), "a folder")


def test_reading_never_goes_past_the_cap(tmp_path):
    source = tmp_path / "big.json"
    source.write_bytes(b"x" * 1000)
    assert read_regular_file(source, 10) == b"x" * 11
    assert read_regular_file(source, 5000) == b"x" * 1000
    with pytest.raises(FileRefused, match="no file name"):
        read_regular_file("", 10)


# -- limits of an import ---------------------------------------------------------------


HEADER = b'{"format": "second-interview-planner", "format_version": 2, "interviews": '


def interviews_file(count: int, each: bytes = b"{}") -> bytes:
    return HEADER + b"[" + b",".join([each] * count) + b"]}"


@pytest.fixture
def no_parsing(monkeypatch):
    """Fail if the JSON is parsed at all: what is refused must be refused before."""

    def parse(*args, **kwargs):
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(exchange.json, "loads", parse)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (interviews_file(1_000_000), "more than 1,000,000 objects and lists"),
        (b"[" + b"{}," * 16_000_000 + b"{}]", "more than 1,000,000 objects and lists"),
        (b"[" + b"[]," * 1_100_000 + b"[]]", "more than 1,000,000 objects and lists"),
        (b"[" + b"0," * 5_100_000 + b"0]", "more than 5,000,000 values"),
    ],
    ids=["a million interviews", "48 MB of objects", "lists", "numbers"],
)
def test_a_file_beyond_the_limits_is_refused_before_it_is_parsed(no_parsing, data, says):
    with pytest.raises(FormatError, match=says) as refused:
        read_export(data)
    assert "\n" not in str(refused.value)


def test_more_interviews_than_one_import_takes_are_refused():
    assert len(read_export(interviews_file(exchange.MAX_INTERVIEWS))) == 10_000
    with pytest.raises(FormatError, match="10,001 interviews, more than the 10,000"):
        read_export(interviews_file(exchange.MAX_INTERVIEWS + 1))


def test_a_list_longer_than_a_list_may_be_is_refused():
    def with_people(count: int) -> bytes:
        people = b",".join([b'{"name": "x"}'] * count)
        return interviews_file(1, b'{"items": {"person": [' + people + b"]}}")

    (interview,) = read_export(with_people(exchange.MAX_LIST_ENTRIES))
    assert len(interview.items["person"]) == 5_000
    with pytest.raises(FormatError, match=r"interviews\[0\]\.items\.person: 5,001 entries"):
        read_export(with_people(exchange.MAX_LIST_ENTRIES + 1))


def test_braces_commas_and_escapes_inside_texts_do_not_count():
    # Texts that together hold more braces and brackets than the limit allows, with
    # escaped quotes and backslashes among them (a long field holds 100,000 characters).
    text = ("{[" * 45_000 + ',"\\' * 3_000)[:100_000] + '\\"}'
    text = text[:100_000]
    stories = [{"title": f"S{n}", "action": text} for n in range(14)]
    document = {
        "format": exchange.FORMAT_NAME,
        "format_version": 2,
        "interviews": [{"items": {"story": stories}}, {"company": 'a"b\\'}],
    }
    data = json.dumps(document).encode()
    assert data.count(b"{") + data.count(b"[") > exchange.MAX_CONTAINERS
    first, second = read_export(data)
    assert [item.get("action") for item in first.items["story"]] == [text] * 14
    assert second.company == 'a"b\\'


def test_an_import_stores_as_it_reads_and_undoes_all_on_a_late_error(store, tmp_path):
    good = [{"company": f"C{n}"} for n in range(50)]
    source = tmp_path / "in.json"
    document = {"format": exchange.FORMAT_NAME, "format_version": 2, "interviews": good}
    source.write_text(json.dumps(document))
    assert len(import_from(store, source)) == 50
    before = dump(store.path)
    document["interviews"] = [*good, {"status": "hired"}]
    source.write_text(json.dumps(document))
    with pytest.raises(TransferError, match=r"in.json: interviews\[50\]\.status"):
        import_from(store, source)
    assert dump(store.path) == before


# -- messages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "says", "never"),
    [
        (
            HEADER + b'[], "interviews": []}',
            "not an export: the key 'interviews' appears twice in one object",
            "not valid JSON",
        ),
        (HEADER + b'[{"company": NaN}]}', "not valid JSON: NaN is not allowed", "not valid JSON:"),
        (HEADER + b'[{"company": -Infinity}]}', "-Infinity is not allowed", "not valid JSON:"),
        (b'{"format_version": ' + b"9" * 5000 + b"}", "a number of 5,000 digits", "sys."),
        (HEADER + b"[" + b"1" * 30 + b"]}", "a number of 30 digits", "digits)"),
        (b"{", "not valid JSON (expecting property name", "Expecting"),
    ],
)
def test_refusals_say_it_once_in_words(data, says, never):
    with pytest.raises(FormatError) as refused:
        read_export(data)
    message = str(refused.value)
    assert says in message
    assert message.count(never) <= (1 if never == "not valid JSON:" else 0), message


FORBIDDEN = ("not valid JSON: not valid", "not valid: not valid", "sys.", "Traceback", "Exceeds")

mutations = st.sampled_from(
    [
        b"NaN",
        b"Infinity",
        b"-Infinity",
        b"9" * 5000,
        b"1e99999",
        b'"\\ud800"',
        b'"\xff"',
        b"[" * 5000,
        b'{"a": 1, "a": 2}',
        b"{}" * 3,
        b'"',
        b"\\",
        b"",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_refusal_is_one_plain_line(data):
    document = json.dumps(
        {
            "format": exchange.FORMAT_NAME,
            "format_version": 2,
            "interviews": [{"company": "A", "items": {"person": [{"name": "B"}]}}],
        }
    ).encode()
    cut = data.draw(st.integers(0, len(document)))
    end = data.draw(st.integers(cut, len(document)))
    mangled = document[:cut] + data.draw(mutations) + document[end:]
    try:
        read_export(mangled)
    except FormatError as error:
        message = str(error)
        assert message and "\n" not in message
        for bad in FORBIDDEN:
            assert bad not in message, message
        head = message.split(": ")
        assert len(head) < 2 or head[0] != head[1], message  # no doubled prefix


# -- ids -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given_id",
    ["99999999999999999999999", str(2**63), "0", "-1", "9" * 5000, "7"],
)
def test_an_id_that_names_no_interview_is_one_line(dated, tmp_path, given_id):
    for args in (
        ["sheet", "--interview", given_id, "--pdf", str(tmp_path / "x.pdf")],
        ["calendar", "--interview", given_id, "--ics", str(tmp_path / "x.ics")],
    ):
        said = one_error_line(run_cli(*args, "--data-dir", str(dated)), "no interview with id")
        assert "Overflow" not in said and len(said) < 300
    assert not (tmp_path / "x.pdf").exists()


def test_an_id_that_is_not_a_number_is_one_line(dated, tmp_path):
    result = run_cli("sheet", "--interview", "1x", "--pdf", str(tmp_path / "x.pdf"))
    one_error_line(result, "'1x' is not an id")


def test_the_store_answers_for_any_id(store):
    assert store.exists(2**70) is False
    assert store.exists(-(2**70)) is False
    with pytest.raises(KeyError):
        store.get(2**70)


# -- the terminal ----------------------------------------------------------------------------


def test_for_terminal_escapes_what_a_terminal_would_act_on():
    hostile = "A\x1b]0;pwned\x07B\x00C\x9b31mD\u202eE\u2066F\x7fG\tH\nI\ud800"
    shown = for_terminal(hostile)
    assert shown == ("A\\x1b]0;pwned\\x07B\\x00C\\x9b31mD\\u202eE\\u2066F\\x7fG\\tH\\nI\\ud800")
    assert for_terminal("Zoë, 東京, café, C:\\path") == "Zoë, 東京, café, C:\\path"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_for_terminal_leaves_no_control_character(text):
    shown = for_terminal(text)
    for char in shown:
        assert ord(char) >= 0x20 and not 0x7F <= ord(char) <= 0x9F, repr(shown)
        assert char not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_list_prints_control_characters_visibly(data_dir):
    store = Store.open_in(data_dir)
    store.create(Interview(company="Evil\x1b[2J\x07\x00Co\u202eFDP", role="R\x9b1m"))
    store.create(Interview(company="Plain", role="Tab\there"))
    store.close()
    result = run_cli("list", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    for raw in ("\x1b", "\x07", "\x00", "\u202e", "\x9b"):
        assert raw not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["1", "Evil\\x1b[2J\\x07\\x00Co\\u202eFDP", "R\\x9b1m", ""]
    assert lines[1].split("\t") == ["2", "Plain", "Tab here", ""]


def test_messages_escape_a_hostile_file_name(data_dir, tmp_path):
    name = tmp_path / "evil\x1b]0;title\x07.json"
    result = run_cli("import", str(name), "--data-dir", str(data_dir))
    said = one_error_line(result, "cannot read", "evil\\x1b]0;title\\x07.json")
    assert "\x1b" not in said and "\x07" not in said
    result = run_cli("list", "\x1b[31m", "--data-dir", str(data_dir))
    said = one_error_line(result, "\\x1b[31m")
    assert "\x1b" not in said


# -- a full disk -----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """Makes small file systems (tmpfs; needs root), unmounted afterwards."""
    mounted = []

    def make(size_kb: int) -> Path:
        mount = tmp_path / f"disk{len(mounted)}"
        mount.mkdir()
        made = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
            capture_output=True,
        )
        if made.returncode != 0:
            pytest.skip("cannot mount a small tmpfs here (needs root)")
        mounted.append(mount)
        return mount

    yield make
    for mount in mounted:
        subprocess.run(["umount", str(mount)], check=False)


def fill(mount: Path, leave_kb: int) -> None:
    free = os.statvfs(mount)
    free_kb = free.f_bavail * free.f_frsize // 1024
    (mount / "filler").write_bytes(b"\0" * max(0, free_kb - leave_kb) * 1024)


@pytest.mark.parametrize("leave_kb", [24, 8, 4, 0])
def test_a_full_disk_is_named_and_leaves_no_database_companions(small_disk, leave_kb):
    disk = small_disk(64)
    data = disk / "data"
    data.mkdir()
    fill(disk, leave_kb)
    result = run_cli("list", "--data-dir", str(data))
    said = one_error_line(result, str(data), "full", "free some space")
    assert "disk I/O error" not in said
    assert not (data / f"{DATABASE_NAME}-wal").exists()
    assert not (data / f"{DATABASE_NAME}-shm").exists()


def test_a_full_disk_under_an_existing_database_is_named(small_disk):
    disk = small_disk(256)
    data = disk / "data"
    data.mkdir()
    store = Store.open_in(data)
    store.create(Interview(company="Kept"))
    store.close()
    before = (data / DATABASE_NAME).read_bytes()
    fill(disk, 4)
    result = run_cli("list", "--data-dir", str(data))
    said = one_error_line(result, str(data), "full", "free some space")
    assert "disk I/O error" not in said
    assert sorted(os.listdir(data)) == [DATABASE_NAME]
    assert (data / DATABASE_NAME).read_bytes() == before


def test_the_limits_are_documented_as_they_are():
    text = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(): line.split("|")[2].strip()
        for line in text.split("### Limits")[1].splitlines()
        if line.startswith("| ") and not line.startswith("| ---")
    }
    assert rows["the file's size"] == f"{exchange.MAX_FILE_BYTES // (1024 * 1024)} MB"
    assert rows["interviews in one file"] == f"{exchange.MAX_INTERVIEWS:,}"
    assert rows["objects and lists, in all"] == f"{exchange.MAX_CONTAINERS:,}"
    documented = {key.split(" (")[0].split(",")[0]: value for key, value in rows.items()}
    assert documented["values"] == f"{exchange.MAX_ENTRIES:,}"
    assert documented["entries in one list of one interview"] == f"{exchange.MAX_LIST_ENTRIES:,}"
    assert documented["digits of a number"] == f"{exchange.MAX_NUMBER_DIGITS}"
