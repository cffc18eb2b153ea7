"""`sayso staff pin`: staff set the PIN before an event; only the organiser resets a lost one."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kiosk.cli import cli
from kiosk.commands.first_pin import set_up_first_pin
from kiosk.keys import make_organiser_keys, prepare_kiosk_keys, trust_organiser
from kiosk.pin import LOCK_OUT_TRIES, MARKER_FILE, PIN_FILE, PinError, PinStatus, StaffPin


def staff_pin(data_dir: Path, typed: str, *flags: str) -> Result:
    args = ["staff", "pin", "--data-dir", str(data_dir), *flags]
    return CliRunner().invoke(cli, args, input=typed)


def test_staff_set_the_first_pin_typed_twice_and_hidden(tmp_path: Path) -> None:
    result = staff_pin(tmp_path, "4829\n4820\n4829\n4829\n")
    assert result.exit_code == 0, result.output
    assert "do not match" in result.output
    assert "4829" not in result.output
    assert "The staff PIN is set." in result.output
    assert StaffPin(tmp_path).check("4829").ok
    assert (tmp_path / "keys" / MARKER_FILE).exists()


def test_a_script_can_give_the_pin_on_stdin(tmp_path: Path) -> None:
    assert staff_pin(tmp_path, "4829\n", "--stdin").exit_code == 0
    assert StaffPin(tmp_path).check("4829").ok


def test_a_pin_that_is_not_four_to_eight_numbers_is_refused(tmp_path: Path) -> None:
    result = staff_pin(tmp_path, "12ab\n", "--stdin")
    assert result.exit_code == 1
    assert "A staff PIN is 4 to 8 numbers." in result.output
    assert StaffPin(tmp_path).status is PinStatus.NOT_SET


def test_changing_the_pin_needs_the_current_one(tmp_path: Path) -> None:
    StaffPin(tmp_path).set("4829")
    refused = staff_pin(tmp_path, "0000\n1111\n", "--stdin")
    assert refused.exit_code == 1
    assert "That PIN is not right. Please try again. The staff PIN was not changed." in (
        refused.output
    )
    assert staff_pin(tmp_path, "4829\n5555\n", "--stdin").exit_code == 0
    assert StaffPin(tmp_path).check("5555").ok


def test_a_lost_pin_file_cannot_be_replaced_without_the_organiser(tmp_path: Path) -> None:
    StaffPin(tmp_path).set("4829")
    (tmp_path / PIN_FILE).unlink()
    result = staff_pin(tmp_path, "1111\n", "--stdin")
    assert result.exit_code == 1
    assert "Staff mode is locked" in result.output
    assert "sayso staff pin --reset" in result.output
    assert StaffPin(tmp_path).status is PinStatus.LOCKED


def test_a_new_kiosk_with_nobody_at_the_keyboard_is_not_started_without_a_pin(
    tmp_path: Path,
) -> None:
    with pytest.raises(PinError, match="sayso staff pin"):
        set_up_first_pin(tmp_path, interactive=False)
    assert StaffPin(tmp_path).status is PinStatus.NOT_SET


def kiosk_of_an_organiser(tmp_path: Path) -> tuple[Path, Path]:
    """A kiosk that holds only the organiser's public key, and the organiser's key folder."""
    organiser, kiosk = tmp_path / "organiser", tmp_path / "kiosk"
    make_organiser_keys(organiser)
    trust_organiser(kiosk, organiser / "organiser.pub")
    StaffPin(kiosk).set("4829")
    (kiosk / PIN_FILE).write_text("{}", encoding="utf-8")  # damaged
    return kiosk, organiser


def test_the_organiser_key_file_resets_a_lost_pin(tmp_path: Path) -> None:
    kiosk, organiser = kiosk_of_an_organiser(tmp_path)
    without = staff_pin(kiosk, "1111\n", "--stdin", "--reset")
    assert without.exit_code == 1
    assert "needs the organiser's private key" in without.output
    key = str(organiser / "organiser.key")
    result = staff_pin(kiosk, "1111\n", "--stdin", "--reset", "--organiser-key", key)
    assert result.exit_code == 0, result.output
    assert StaffPin(kiosk).check("1111").ok


def test_another_organisers_key_cannot_reset_the_pin(tmp_path: Path) -> None:
    kiosk, _ = kiosk_of_an_organiser(tmp_path)
    stranger = tmp_path / "stranger"
    make_organiser_keys(stranger)
    key = str(stranger / "organiser.key")
    result = staff_pin(kiosk, "1111\n", "--stdin", "--reset", "--organiser-key", key)
    assert result.exit_code == 1
    assert "not the one this kiosk seals its answers to" in result.output
    assert StaffPin(kiosk).status is PinStatus.LOCKED


def test_a_kiosk_that_is_its_own_organiser_resets_with_its_own_key(tmp_path: Path) -> None:
    prepare_kiosk_keys(tmp_path)  # out of the box: a local organiser pair
    StaffPin(tmp_path).set("4829")
    (tmp_path / PIN_FILE).unlink()
    assert staff_pin(tmp_path, "2468\n", "--stdin", "--reset").exit_code == 0
    assert StaffPin(tmp_path).check("2468").ok


def test_a_new_kiosk_asks_staff_for_a_pin_in_the_terminal_before_it_starts(
    tmp_path: Path,
) -> None:
    with CliRunner().isolation(input="4829\n4829\n") as (output, *_):
        set_up_first_pin(tmp_path, interactive=True)
        set_up_first_pin(tmp_path, interactive=True)  # asked only once
    assert output.getvalue().count(b"This kiosk has no staff PIN yet.") == 1
    assert StaffPin(tmp_path).check("4829").ok


def test_a_kiosk_with_a_lost_pin_file_is_not_offered_a_new_pin(tmp_path: Path) -> None:
    StaffPin(tmp_path).set("4829")
    (tmp_path / PIN_FILE).unlink()
    with CliRunner().isolation(input="1111\n1111\n") as (output, *_):
        set_up_first_pin(tmp_path, interactive=True)
    assert output.getvalue() == b""
    assert StaffPin(tmp_path).status is PinStatus.LOCKED


def test_a_locked_out_kiosk_is_unlocked_only_with_the_organiser_key(tmp_path: Path) -> None:
    kiosk, organiser = kiosk_of_an_organiser(tmp_path)
    StaffPin(kiosk).set("4829")
    later = itertools.count(start=time.time(), step=3600.0)  # an hour between tries: no waits
    for _ in range(LOCK_OUT_TRIES):
        StaffPin(kiosk, clock=lambda: next(later)).check("0000")
    assert StaffPin(kiosk).status is PinStatus.LOCKED_OUT
    change = staff_pin(kiosk, "4829\n1111\n", "--stdin")
    assert change.exit_code == 1
    assert "typed too many times" in change.output
    key = str(organiser / "organiser.key")
    result = staff_pin(kiosk, "1111\n", "--stdin", "--reset", "--organiser-key", key)
    assert result.exit_code == 0, result.output
    assert StaffPin(kiosk).status is PinStatus.READY
    assert StaffPin(kiosk).check("1111").ok
