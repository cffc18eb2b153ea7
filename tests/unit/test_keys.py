"""Organiser and kiosk keys, and the `sayso keys` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.keys import (
    KeyFolder,
    KeysError,
    KeysMissingError,
    KioskSigningKey,
    OrganiserKeyPair,
    OrganiserPublicKey,
    make_organiser_keys,
    organiser_private_key,
    prepare_kiosk_keys,
    trust_organiser,
)


def test_keys_survive_their_text_form() -> None:
    pair = OrganiserKeyPair.generate()
    assert OrganiserKeyPair.from_text(pair.to_text()) == pair
    assert OrganiserPublicKey.from_text(pair.public.to_text()) == pair.public
    kiosk = KioskSigningKey.generate()
    assert KioskSigningKey.from_text(kiosk.to_text()) == kiosk
    assert pair.to_text() not in repr(pair)
    assert "sealing_private" not in repr(pair)


def test_the_wrong_kind_of_key_file_is_refused_plainly() -> None:
    pair = OrganiserKeyPair.generate()
    with pytest.raises(KeysError, match="not an organiser public key"):
        OrganiserPublicKey.from_text(pair.to_text())
    damaged = pair.public.to_text()[:-10] + "\n"
    with pytest.raises(KeysError, match="damaged"):
        OrganiserPublicKey.from_text(damaged)


def test_a_kiosk_with_no_organiser_makes_a_local_one_once(tmp_path: Path) -> None:
    first = prepare_kiosk_keys(tmp_path)
    assert len(first.notices) == 1
    assert "new organiser key" in first.notices[0]
    again = prepare_kiosk_keys(tmp_path)
    assert again.notices == ()
    assert again.organiser == first.organiser
    assert again.signing == first.signing
    assert organiser_private_key(tmp_path).public == first.organiser


def test_private_keys_are_owner_only(tmp_path: Path) -> None:
    prepare_kiosk_keys(tmp_path / "kiosk")
    make_organiser_keys(tmp_path / "organiser")
    for path in [tmp_path / "kiosk/keys/organiser.key", tmp_path / "kiosk/keys/kiosk.key"]:
        assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "organiser/organiser.key").stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_trusted_organiser_is_used_and_no_private_key_is_kept(tmp_path: Path) -> None:
    organiser = make_organiser_keys(tmp_path / "organiser")
    trust_organiser(tmp_path / "kiosk", tmp_path / "organiser" / "organiser.pub")
    keys = prepare_kiosk_keys(tmp_path / "kiosk")
    assert keys.organiser == organiser.public
    assert keys.notices == ()
    assert KeyFolder.of(tmp_path / "kiosk").organiser_private() is None
    with pytest.raises(KeysMissingError):
        organiser_private_key(tmp_path / "kiosk")


def test_an_organiser_key_is_never_overwritten(tmp_path: Path) -> None:
    first = make_organiser_keys(tmp_path)
    with pytest.raises(KeysError, match="already an organiser key"):
        make_organiser_keys(tmp_path)
    assert KeyFolder(tmp_path).organiser_private() == first


def test_keys_command_makes_trusts_and_shows(tmp_path: Path) -> None:
    runner = CliRunner()
    organiser_dir, kiosk_dir = tmp_path / "organiser", tmp_path / "kiosk"
    made = runner.invoke(cli, ["keys", "organiser", "--data-dir", str(organiser_dir)])
    assert made.exit_code == 0, made.output
    key_id = KeyFolder.of(organiser_dir).organiser_public()
    assert key_id is not None
    assert key_id.key_id in made.output
    public_file = organiser_dir / "keys" / "organiser.pub"
    trusted = runner.invoke(cli, ["keys", "trust", str(public_file), "--data-dir", str(kiosk_dir)])
    assert trusted.exit_code == 0, trusted.output
    shown = runner.invoke(cli, ["keys", "show", "--data-dir", str(kiosk_dir)])
    assert shown.exit_code == 0
    assert f"Organiser key: {key_id.key_id}" in shown.output
    assert "Organiser private key: not on this computer" in shown.output


def test_keys_command_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    out = ["--out", str(tmp_path / "o"), "--data-dir", str(tmp_path)]
    assert runner.invoke(cli, ["keys", "organiser", *out]).exit_code == 0
    again = runner.invoke(cli, ["keys", "organiser", *out])
    assert again.exit_code == 1
    assert "already an organiser key" in again.output
    assert "Traceback" not in again.output
    not_a_key = tmp_path / "note.txt"
    not_a_key.write_text("hello")
    wrong = runner.invoke(cli, ["keys", "trust", str(not_a_key), "--data-dir", str(tmp_path)])
    assert wrong.exit_code == 1
    assert "not an organiser public key" in wrong.output
    assert runner.invoke(cli, ["keys", "trust"]).exit_code == 2
    assert runner.invoke(cli, ["keys", "nonsense"]).exit_code == 2
