import os
import stat

import pytest

from planner.datadir import DataDirError, prepare_data_dir, resolve_data_dir


def test_option_beats_environment(tmp_path):
    env = {"PLANNER_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "env"


def test_default_is_the_per_user_data_folder():
    folder = resolve_data_dir(None, {})
    assert folder.is_absolute()
    assert "second-interview-planner" in str(folder)


def test_the_folder_is_created_private(tmp_path):
    folder = prepare_data_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_folder_that_cannot_be_made_is_named(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(DataDirError, match=r"cannot create the data folder .*file/sub"):
        prepare_data_dir(tmp_path / "file" / "sub")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to any folder; chmod cannot test it")
def test_a_read_only_folder_is_named(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="cannot be written"):
            prepare_data_dir(folder)
    finally:
        folder.chmod(0o700)
