"""The touch-only way into staff mode: five quick taps on the top-left corner, then the PIN."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.pin import StaffPin
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.staff_corner import CornerTaps
from tests.ui.buttons import choose
from tests.ui.helpers import SIZE, give_pin, until, until_screen
from tests.ui.steps import agree, press_next


def test_five_taps_within_three_seconds_and_no_fewer_or_slower() -> None:
    taps = CornerTaps()
    assert [taps.tap(t) for t in (0.0, 0.5, 1.0, 1.5)] == [False] * 4
    assert taps.tap(2.9)
    slow = CornerTaps()
    assert not any(slow.tap(t * 0.8) for t in range(20))  # one every 0.8 s: never five in 3 s


async def test_five_taps_on_the_corner_then_the_pin_open_staff_mode(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await until_screen(pilot, AttractScreen)
        for _ in range(4):
            await pilot.click(offset=(1, 1))
        await pilot.pause()
        assert isinstance(app.screen, AttractScreen)  # the corner's taps do not start the survey
        await pilot.click(offset=(1, 1))
        await until_screen(pilot, StaffPinScreen)
        await give_pin(app, pilot, "4829")
        await until_screen(pilot, StaffScreen)
        await pilot.press("escape")
        await until_screen(pilot, AttractScreen)


async def test_taps_elsewhere_never_open_staff_mode_and_the_corner_works_mid_survey(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click(offset=(50, 15))  # a tap anywhere else starts the survey
        await until_screen(pilot, AudienceScreen)
        await choose(pilot, "young person", part=True)
        await press_next(pilot)
        await agree(pilot)
        for _ in range(5):
            await pilot.click(offset=(2, 0))
        await until_screen(pilot, StaffPinScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, QuestionScreen))
