"""The staff PIN: hashed at rest, and wrong guesses slowed down across restarts."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.pin import (
    LOCK_OUT_TRIES,
    LOCKED_OUT_MESSAGE,
    PIN_FILE,
    PinError,
    PinStatus,
    StaffPin,
    wait_after,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_kept_only_as_a_hash_readable_by_the_owner(tmp_path: Path) -> None:
    StaffPin(tmp_path).set("482915")
    saved = (tmp_path / PIN_FILE).read_text(encoding="utf-8")
    assert "482915" not in saved
    assert stat.S_IMODE((tmp_path / PIN_FILE).stat().st_mode) == 0o600


def test_the_right_pin_opens_and_a_wrong_one_does_not(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    before = pin.status
    pin.set("4829")
    assert (before, pin.status) == (PinStatus.NOT_SET, PinStatus.READY)
    assert pin.check("4829").ok
    assert not pin.check("1111").ok


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "١٢٣٤"])
def test_a_pin_is_four_to_eight_numbers(tmp_path: Path, bad: str) -> None:
    with pytest.raises(PinError, match="4 to 8 numbers"):
        StaffPin(tmp_path).set(bad)


def test_wrong_pins_wait_longer_each_time_even_after_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    StaffPin(tmp_path, clock).set("4829")
    waits = []
    for _ in range(6):
        pin = StaffPin(tmp_path, clock)  # a new object each time, as after a restart
        waits.append(pin.check("0000").wait_seconds)
        clock.now += waits[-1]
    assert waits == [0, 0, 5, 10, 20, 40]


def test_no_pin_is_checked_while_waiting_not_even_the_right_one(tmp_path: Path) -> None:
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set("4829")
    for _ in range(3):
        third = pin.check("0000")
    assert third.message == "That PIN is not right. Please wait 5 seconds and try again."
    clock.now += 1.5
    refused = pin.check("4829")
    assert not refused.ok
    assert refused.message == "Please wait 4 seconds, then type the PIN again."  # not "not right"
    assert pin.check("0000").message == refused.message  # a wrong one is told the same
    clock.now += 3.5
    assert pin.check("4829").ok
    assert pin.check("0000").wait_seconds == 0  # the right PIN starts the count again


def test_the_longest_wait_is_fifteen_minutes() -> None:
    assert [wait_after(n) for n in (9, 10, 11, 40)] == [320, 640, 15 * 60, 15 * 60]


def test_ten_wrong_pins_lock_staff_mode_out_even_for_the_right_pin_and_a_restart(
    tmp_path: Path,
) -> None:
    clock = Clock()
    StaffPin(tmp_path, clock).set("4829")
    for _ in range(LOCK_OUT_TRIES):
        result = StaffPin(tmp_path, clock).check("0000")
        clock.now += result.wait_seconds
    assert result.status is PinStatus.LOCKED_OUT
    assert result.message == LOCKED_OUT_MESSAGE
    assert "sayso staff pin --reset --organiser-key FILE" in result.message
    clock.now += 24 * 3600  # waiting does not lift it
    again = StaffPin(tmp_path, clock)
    assert again.status is PinStatus.LOCKED_OUT
    assert not again.check("4829").ok
    StaffPin(tmp_path, clock).set("2468")  # what `sayso staff pin --reset` does
    assert StaffPin(tmp_path, clock).check("2468").ok
