"""Keeping the kiosk up: a crash starts it again on a clean attract screen, up to a limit.

Answers are saved as each participant finishes, so starting the screen again loses nothing
saved. After `MAX_CRASHES` crashes within `WINDOW_SECONDS` the kiosk stops and tells staff,
instead of starting again and again. No Textual here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

MAX_CRASHES = 5
WINDOW_SECONDS = 60.0
RESTART_CODE = 3
"""The app's return code when staff changed the survey or settings: start it again at once."""


class RunEnd(Enum):
    """How one run of the kiosk screen ended."""

    CLOSED = "closed"
    """Staff closed the kiosk, or it could not start: do not start it again."""
    CRASHED = "crashed"
    """A bug stopped the screen: start it again."""
    RESTART = "restart"
    """Staff changed the survey or settings: start again at once (not a crash)."""


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


def supervise(run_once: Callable[[], RunEnd], budget: CrashBudget | None = None) -> RunEnd:
    """Run the kiosk screen until it is closed, or until it crashed too often (CRASHED)."""
    budget = budget or CrashBudget()
    while True:
        try:
            ended = run_once()
        except Exception:  # a bug outside Textual's own handling: the same as a crash
            ended = RunEnd.CRASHED
        if ended is RunEnd.CLOSED:
            return ended
        if ended is RunEnd.RESTART:
            continue
        if not budget.crashed():
            return RunEnd.CRASHED
