"""A private organiser key that others can read is used, with one plain warning on stderr."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kiosk.cli import cli
from kiosk.keys import KeyFolder, OrganiserKeyPair

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no group and other bits")


def _import_with_key_mode(tmp_path: Path, mode: int) -> tuple[Path, Result]:
    KeyFolder.of(tmp_path).save_organiser_pair(OrganiserKeyPair.generate())
    key = KeyFolder.of(tmp_path).file("organiser.key")
    key.chmod(mode)
    bundle = tmp_path / "day1.sayso"
    bundle.write_bytes(b"not a bundle")
    result = CliRunner().invoke(cli, ["import", str(bundle), "--data-dir", str(tmp_path)])
    return key, result


@pytest.mark.parametrize(
    ("mode", "who"),
    [(0o644, "everyone on this computer and its group"), (0o640, "its group")],
)
def test_a_key_others_can_read_is_warned_about_once(tmp_path: Path, mode: int, who: str) -> None:
    key, result = _import_with_key_mode(tmp_path, mode)
    assert result.exit_code == 1, result.output  # refused for the bundle, not for the key
    assert "Not imported" in result.output
    assert result.stderr.count("Warning:") == 1
    assert f"can be read by {who}" in result.stderr
    assert f"chmod 600 {shlex.quote(str(key))}" in result.stderr
    assert "organiser.pub" not in result.stderr


def test_an_owner_only_key_says_nothing(tmp_path: Path) -> None:
    _, result = _import_with_key_mode(tmp_path, 0o600)
    assert "Warning" not in result.stderr
