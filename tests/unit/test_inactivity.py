"""The inactivity watcher asks once, after the timeout, and only while someone is there."""

from __future__ import annotations

from kiosk.ui.inactivity import InactivityWatcher


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def watcher(clock: Clock, asked: list[float], timeout: float = 10.0) -> InactivityWatcher:
    return InactivityWatcher(lambda: timeout, lambda: asked.append(clock.now), clock)


def test_nobody_is_asked_before_someone_starts() -> None:
    clock, asked = Clock(), list[float]()
    watch = watcher(clock, asked)
    clock.now = 100.0
    watch.check()
    assert asked == []


def test_quiet_for_the_timeout_asks_once_until_they_carry_on() -> None:
    clock, asked = Clock(), list[float]()
    watch = watcher(clock, asked)
    watch.start()
    clock.now = 9.9
    watch.check()
    assert asked == []
    clock.now = 10.0
    watch.check()
    watch.check()
    assert asked == [10.0]
    assert watch.asking
    watch.carry_on()
    clock.now = 15.0
    watch.check()
    assert asked == [10.0]  # counting starts again from carrying on
    clock.now = 20.0
    watch.check()
    assert asked == [10.0, 20.0]


def test_activity_and_stopping_put_off_the_question() -> None:
    clock, asked = Clock(), list[float]()
    watch = watcher(clock, asked)
    watch.start()
    clock.now = 8.0
    watch.note_activity()
    clock.now = 17.0
    watch.check()
    assert asked == []
    watch.stop()
    clock.now = 100.0
    watch.check()
    assert asked == []
    assert watch.timeout_seconds == 10.0
