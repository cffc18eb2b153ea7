"""Wrong receipt codes make the next lookup wait longer, kept across participants and restarts."""

from __future__ import annotations

from pathlib import Path

from kiosk.lookup.throttle import FORGET_AFTER, LONGEST_WAIT, THROTTLE_FILE, LookupThrottle


class FakeClock:
    """A wall clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


def test_three_wrong_codes_are_free_then_waits_grow(tmp_path: Path) -> None:
    clock = FakeClock()
    throttle = LookupThrottle(tmp_path, clock)
    assert [throttle.failed() for _ in range(3)] == [0.0, 0.0, 5.0]
    clock.now += 5
    assert throttle.wait_seconds() == 0.0
    assert throttle.failed() == 10.0
    clock.now += 4
    assert throttle.wait_seconds() == 6.0


def test_the_wait_never_passes_five_minutes(tmp_path: Path) -> None:
    clock = FakeClock()
    throttle = LookupThrottle(tmp_path, clock)
    for _ in range(40):
        throttle.failed()
    assert throttle.wait_seconds() == LONGEST_WAIT
    clock.now -= 10_000  # a clock set back does not make anyone wait longer
    assert throttle.wait_seconds() == LONGEST_WAIT


def test_the_count_survives_a_restart_and_a_new_participant(tmp_path: Path) -> None:
    clock = FakeClock()
    for _ in range(4):
        LookupThrottle(tmp_path, clock).failed()  # a new screen, or a new kiosk process
    assert LookupThrottle(tmp_path, clock).wait_seconds() == 10.0
    assert (tmp_path / THROTTLE_FILE).is_file()


def test_wrong_codes_are_forgotten_after_a_quiet_hour(tmp_path: Path) -> None:
    clock = FakeClock()
    throttle = LookupThrottle(tmp_path, clock)
    for _ in range(6):
        throttle.failed()
    clock.now += FORGET_AFTER + 1
    assert throttle.wait_seconds() == 0.0
    assert throttle.failed() == 0.0


def test_a_damaged_file_does_not_give_free_guesses(tmp_path: Path) -> None:
    clock = FakeClock()
    (tmp_path / THROTTLE_FILE).write_text("{not json", encoding="utf-8")
    assert LookupThrottle(tmp_path, clock).failed() > 0


def test_it_counts_in_memory_when_the_file_cannot_be_written(tmp_path: Path) -> None:
    clock = FakeClock()
    throttle = LookupThrottle(tmp_path / "missing-folder", clock)
    for _ in range(3):
        throttle.failed()
    assert throttle.wait_seconds() == 5.0
    assert LookupThrottle(None, clock).wait_seconds() == 0.0
