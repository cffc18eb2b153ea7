"""A file that is not a Say So key is refused in plain words, whichever command reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kiosk.cli import cli
from kiosk.keys import KeyFolder, OrganiserKeyPair

NOT_A_KEY = "is not a Say So key: a key file is one short line of text"
RANDOM_BYTES = bytes(range(256)) * 3


def _sayso(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--data-dir", str(data_dir)])


def _refused_plainly(result: Result) -> None:
    assert result.exit_code == 1, result.output
    assert NOT_A_KEY in result.output
    assert "Check you gave the right file" in result.output
    assert "Error" not in result.output  # neither a Python error's name nor a traceback


def test_trusting_random_bytes_says_it_is_not_a_key(tmp_path: Path) -> None:
    (tmp_path / "organiser.pub").write_bytes(RANDOM_BYTES)
    result = _sayso(tmp_path / "kiosk", "keys", "trust", str(tmp_path / "organiser.pub"))
    _refused_plainly(result)
    assert not (tmp_path / "kiosk" / "keys" / "organiser.pub").exists()


@pytest.mark.parametrize("command", [["keys", "show"], ["import"]])
def test_a_damaged_organiser_key_says_it_is_not_a_key(tmp_path: Path, command: list[str]) -> None:
    KeyFolder.of(tmp_path).save_organiser_pair(OrganiserKeyPair.generate())
    key_file = KeyFolder.of(tmp_path).file("organiser.key")
    key_file.write_bytes(RANDOM_BYTES)
    bundle = tmp_path / "bundle.sayso"
    bundle.write_bytes(b"never opened: the key is read first")
    paths = [str(bundle)] if command == ["import"] else []
    _refused_plainly(_sayso(tmp_path, *command, *paths))
    assert key_file.read_bytes() == RANDOM_BYTES  # left as it was
