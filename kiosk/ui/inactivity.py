"""Noticing that a participant has walked away: no key or touch for the timeout."""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic


class InactivityWatcher:
    """Calls `on_idle` once when a watched participant has been quiet for `timeout()` seconds.

    The kiosk starts watching when someone begins and stops when their answers are sent.
    After `on_idle`, nothing more is asked until `carry_on` (they were still there) or
    `stop` (they were not).
    """

    def __init__(
        self,
        timeout: Callable[[], float],
        on_idle: Callable[[], None],
        clock: Callable[[], float] = monotonic,
    ) -> None:
        self._timeout = timeout
        self._on_idle = on_idle
        self._clock = clock
        self._last_activity = clock()
        self._watching = False
        self._asking = False

    @property
    def timeout_seconds(self) -> float:
        """How long the participant may be quiet now (their "more time" choice included)."""
        return self._timeout()

    @property
    def quiet_seconds(self) -> float:
        """How long since the last key or touch, whoever made it."""
        return self._clock() - self._last_activity

    @property
    def asking(self) -> bool:
        """Whether the participant is being asked if they are still there."""
        return self._asking

    def note_activity(self) -> None:
        """Someone touched the screen or pressed a key."""
        self._last_activity = self._clock()

    def start(self) -> None:
        """Someone has started: watch from now."""
        self.note_activity()
        self._watching = True

    def stop(self) -> None:
        """Nobody to watch: the answers are being sent, or the kiosk is starting again."""
        self._watching = False
        self._asking = False

    def carry_on(self) -> None:
        """They were still there: start counting again."""
        self._asking = False
        self.note_activity()

    def check(self) -> None:
        """Call `on_idle` if the participant has been quiet too long (run on a timer)."""
        if not self._watching or self._asking:
            return
        if self.quiet_seconds < self.timeout_seconds:
            return
        self._asking = True
        self._on_idle()
