"""The kiosk is started again after a crash, until it crashes too often in a minute."""

from __future__ import annotations

from kiosk.supervisor import CrashBudget, RunEnd, supervise


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_crash_starts_the_kiosk_again_told_how_the_last_run_ended() -> None:
    ends = [RunEnd.UNSAVED, RunEnd.DIED, RunEnd.RESTART, RunEnd.CLOSED]
    told: list[RunEnd | None] = []

    def run_once(before: RunEnd | None) -> RunEnd:
        told.append(before)
        return ends[len(told) - 1]

    assert supervise(run_once) is RunEnd.CLOSED
    assert told == [None, RunEnd.UNSAVED, RunEnd.DIED, RunEnd.RESTART]


def test_an_exception_counts_as_a_crash() -> None:
    told: list[RunEnd | None] = []

    def run_once(before: RunEnd | None) -> RunEnd:
        told.append(before)
        if len(told) == 1:
            raise RuntimeError("a bug")
        return RunEnd.CLOSED

    assert supervise(run_once) is RunEnd.CLOSED
    assert told == [None, RunEnd.CRASHED]


def test_a_kiosk_that_cannot_start_is_not_started_again() -> None:
    runs: list[RunEnd | None] = []

    def run_once(before: RunEnd | None) -> RunEnd:
        runs.append(before)
        return RunEnd.STOPPED

    assert supervise(run_once) is RunEnd.STOPPED
    assert runs == [None]


def test_five_crashes_in_a_minute_stop_the_kiosk_but_spread_out_they_do_not() -> None:
    clock = Clock()
    runs = 0

    def crash_quickly(before: RunEnd | None) -> RunEnd:
        nonlocal runs
        runs += 1
        clock.now += 1
        return RunEnd.DIED

    assert supervise(crash_quickly, CrashBudget(clock=clock)) is RunEnd.DIED
    assert runs == 5
    spread = CrashBudget(clock=clock)
    for _ in range(20):
        clock.now += 16  # four a minute
        assert spread.crashed()


def test_fresh_starts_asked_for_by_staff_are_not_crashes() -> None:
    clock = Clock()
    runs = 0

    def restart_often(before: RunEnd | None) -> RunEnd:
        nonlocal runs
        runs += 1
        return RunEnd.RESTART if runs < 10 else RunEnd.CLOSED

    assert supervise(restart_often, CrashBudget(clock=clock)) is RunEnd.CLOSED
    assert runs == 10


def test_exit_codes_say_how_a_run_ended_and_signals_mean_it_died() -> None:
    for end in (RunEnd.CLOSED, RunEnd.STOPPED, RunEnd.RESTART, RunEnd.CRASHED, RunEnd.UNSAVED):
        assert RunEnd.from_code(end.code) is end
    assert RunEnd.from_code(-9) is RunEnd.DIED
    assert RunEnd.from_code(3) is RunEnd.RESTART
