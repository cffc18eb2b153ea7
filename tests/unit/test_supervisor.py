"""The kiosk is started again after a crash, until it crashes too often in a minute."""

from __future__ import annotations

from kiosk.supervisor import CrashBudget, RunEnd, supervise


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_crash_starts_the_kiosk_again_and_closing_ends_it() -> None:
    ends = [RunEnd.CRASHED, RunEnd.CRASHED, RunEnd.CLOSED]
    runs: list[RunEnd] = []

    def run_once() -> RunEnd:
        runs.append(ends[len(runs)])
        return runs[-1]

    assert supervise(run_once) is RunEnd.CLOSED
    assert len(runs) == 3


def test_an_exception_counts_as_a_crash() -> None:
    calls = 0

    def run_once() -> RunEnd:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("a bug")
        return RunEnd.CLOSED

    assert supervise(run_once) is RunEnd.CLOSED
    assert calls == 2


def test_five_crashes_in_a_minute_stop_the_kiosk_but_spread_out_they_do_not() -> None:
    clock = Clock()
    runs = 0

    def crash_quickly() -> RunEnd:
        nonlocal runs
        runs += 1
        clock.now += 1
        return RunEnd.CRASHED

    assert supervise(crash_quickly, CrashBudget(clock=clock)) is RunEnd.CRASHED
    assert runs == 5
    spread = CrashBudget(clock=clock)
    for _ in range(20):
        clock.now += 16  # four a minute
        assert spread.crashed()
