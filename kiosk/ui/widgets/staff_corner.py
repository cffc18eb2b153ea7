"""The touch-only way into staff mode: five quick taps on the top-left corner, then the PIN.

A kiosk with a touch screen may have no keyboard for F2. Five taps within three seconds on a
small, blank corner is something staff can be told and a participant will not do by chance;
the corner's taps never start or press anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

from textual import events
from textual.widget import Widget

TAPS = 5
WITHIN_SECONDS = 3.0


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


class StaffCorner(Widget):
    """A blank 5x2 corner over the top left of a participant screen, where no screen draws."""

    DEFAULT_CSS = """
    StaffCorner { overlay: screen; position: absolute; offset: 0 0; width: 5; height: 2; }
    """

    def __init__(self, clock: Callable[[], float] = monotonic) -> None:
        super().__init__(id="staff-corner")
        self.counter = CornerTaps()
        self._clock = clock

    def render(self) -> str:
        return ""

    async def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        if self.counter.tap(self._clock()):
            await self.run_action("app.staff")

    def on_click(self, event: events.Click) -> None:
        event.stop()  # a tap here never starts the survey or presses a button
