"""The touch-only way into staff mode: five quick taps on the top-left corner, then the PIN.

A kiosk with a touch screen may have no keyboard for F2. Five taps within three seconds on
the blank top-left corner (5 columns, 2 rows, where no screen draws) is something staff can
be told and a participant will not do by chance; a tap there never starts the survey.
"""

from __future__ import annotations

CORNER_COLUMNS = 5
CORNER_ROWS = 2
TAPS = 5
WITHIN_SECONDS = 3.0


def in_staff_corner(x: int, y: int) -> bool:
    """Whether a tap at screen cell (`x`, `y`) is on the staff corner."""
    return 0 <= x < CORNER_COLUMNS and 0 <= y < CORNER_ROWS


class CornerTaps:
    """Counts taps; says yes when `TAPS` of them came within `WITHIN_SECONDS`."""

    def __init__(self, taps: int = TAPS, within: float = WITHIN_SECONDS) -> None:
        self.taps = taps
        self.within = within
        self._times: list[float] = []

    def tap(self, now: float) -> bool:
        """Count a tap at `now`; True (and start again) when the gesture is complete."""
        self._times = [t for t in self._times if now - t <= self.within] + [now]
        if len(self._times) < self.taps:
            return False
        self._times = []
        return True
