"""I need help (key H) on every participant screen, returning to the same place."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.screens.profile import ProfileScreen
from tests.ui.helpers import SIZE, until_screen, visible_text


async def test_help_is_on_every_screen_before_the_questions(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        for screen_type, next_key in (
            (AudienceScreen, "1"),
            (ProfileScreen, "3"),
            (ConsentScreen, "1"),
        ):
            await until_screen(pilot, screen_type)
            screen = app.screen
            assert "I need help" in visible_text(app)
            await pilot.press("h")
            await until_screen(pilot, HelpScreen)
            assert "yellow badge" in visible_text(app)
            await pilot.press("b")
            await until_screen(pilot, screen_type)
            assert app.screen is screen  # the same place, nothing lost
            if screen_type is ProfileScreen:
                await pilot.press(next_key, "0")
            else:
                await pilot.press(next_key)
