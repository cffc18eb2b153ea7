"""Staff mode locks itself when left alone, so the next person never finds it open.

Staff called away leave the menu open for anyone to use; a participant who pressed F2 and
walked off leaves the PIN box over their half-answered survey, where nothing else resets the
kiosk. So after no key or touch for `Timings.pin_quiet_seconds` (the PIN box) or
`Timings.staff_quiet_seconds` (the menu and its pages), every staff screen is taken away and
the kiosk goes back to the screen staff mode opened over: the attract screen, or the
participant's, whose own "Are you still there?" follows (their quiet time counts on).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.worker import Worker

    from kiosk.staff_session import StaffSession
    from kiosk.ui.settings import Timings


@dataclass
class StaffVisit:
    """One opening of staff mode: what it covers, and how far staff have got."""

    below: Screen[object]
    """The screen staff mode opened over, and goes back to."""
    worker: Worker[None] | None = None
    """What runs the PIN box and the menu."""
    asking_pin: bool = True
    """Whether the PIN box is still up (it waits less long than the menu)."""
    session: StaffSession | None = None
    """The staff session, once the PIN was right."""
    left_alone: bool = False
    """Whether staff mode locked itself because nobody touched it."""

    def quiet_limit(self, timings: Timings) -> float:
        """How long this visit may go with no key or touch."""
        return timings.pin_quiet_seconds if self.asking_pin else timings.staff_quiet_seconds


async def close_staff_screens(app: App[Any], visit: StaffVisit) -> None:
    """Stop the visit and take its screens away, back to the screen it opened over."""
    visit.left_alone = True
    if visit.worker is not None:
        visit.worker.cancel()
    while visit.below in app.screen_stack and app.screen is not visit.below:
        await app.pop_screen()
