"""Keeping the kiosk up: a crash starts it again on a clean attract screen, up to a limit.

Answers are saved as each participant finishes, so starting the screen again loses nothing
saved. After `MAX_CRASHES` crashes within `WINDOW_SECONDS` the kiosk stops and tells staff,
instead of starting again and again. Each run of the screen ends with one of the exit codes
below (the screen runs in a process of its own, `kiosk.ui_child`). No Textual here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

MAX_CRASHES = 5
WINDOW_SECONDS = 60.0
CLOSED_CODE = 0
CRASHED_CODE = 1
STOPPED_CODE = 2
RESTART_CODE = 3
"""Start again at once, on the staff's new choices: not a crash."""
UNSAVED_CODE = 4


class RunEnd(Enum):
    """How one run of the kiosk screen ended."""

    CLOSED = "closed"
    """Staff closed the kiosk: do not start it again."""
    STOPPED = "stopped"
    """It could not start (a survey or store problem, already told in plain words): stop."""
    RESTART = "restart"
    """Staff asked for a fresh start (a new survey or event): start again, not a crash."""
    CRASHED = "crashed"
    """A bug stopped the screen; the answers so far were safe. Start again."""
    UNSAVED = "unsaved"
    """A bug stopped the screen and one participant's unsaved answers were lost. Start again."""
    DIED = "died"
    """The screen's process was killed (kill -9, out of memory, a crash in a C library)."""

    @property
    def is_crash(self) -> bool:
        """Whether this end counts towards the crashes in a minute."""
        return self in (RunEnd.CRASHED, RunEnd.UNSAVED, RunEnd.DIED)

    @property
    def code(self) -> int:
        """The exit code the screen's process ends with."""
        return _CODES.get(self, CRASHED_CODE)

    @classmethod
    def from_code(cls, code: int) -> RunEnd:
        """How a run ended, from its process's exit code (negative: killed by a signal)."""
        for end, known in _CODES.items():
            if known == code:
                return end
        return cls.DIED


_CODES = {
    RunEnd.CLOSED: CLOSED_CODE,
    RunEnd.CRASHED: CRASHED_CODE,
    RunEnd.STOPPED: STOPPED_CODE,
    RunEnd.RESTART: RESTART_CODE,
    RunEnd.UNSAVED: UNSAVED_CODE,
}


class CrashBudget:
    """Remembers recent crashes; says when there have been too many in a short time."""

    def __init__(
        self,
        limit: int = MAX_CRASHES,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._crashes: list[float] = []

    def crashed(self) -> bool:
        """Count a crash now; True while the kiosk may still be started again."""
        now = self._clock()
        self._crashes = [t for t in self._crashes if now - t < self.window] + [now]
        return len(self._crashes) < self.limit

    @property
    def count(self) -> int:
        """Crashes counted within the window."""
        return len(self._crashes)


RunOnce = Callable[[RunEnd | None], RunEnd]
"""Runs the kiosk screen once, told how the run before ended (None the first time)."""


def supervise(run_once: RunOnce, budget: CrashBudget | None = None) -> RunEnd:
    """Run the kiosk screen until it is closed or cannot start, or it crashed too often.

    Returns CLOSED or STOPPED, or the last crash's end when there were too many.
    """
    budget = budget or CrashBudget()
    previous: RunEnd | None = None
    while True:
        try:
            ended = run_once(previous)
        except Exception:  # a bug outside the screen's own handling: the same as a crash
            ended = RunEnd.CRASHED
        if not ended.is_crash and ended is not RunEnd.RESTART:
            return ended
        if ended.is_crash and not budget.crashed():
            return ended
        previous = ended
