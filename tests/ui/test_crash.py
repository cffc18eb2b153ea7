"""A bug in the kiosk stops it with exit status 1 and shows nothing a participant typed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.profile import ProfileScreen
from tests.ui.helpers import SIZE, until


class Bug(Exception):
    """A stand-in for a mistake in the kiosk's code."""


async def test_a_bug_stops_the_kiosk_with_status_1_and_no_report_of_its_own(
    kiosk: Callable[..., KioskApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: ProfileScreen, key: str) -> None:
        secret = "my secret name is Sam Smith"
        raise Bug(len(secret))

    monkeypatch.setattr(ProfileScreen, "action_press_key", broken)
    monkeypatch.delenv("SAYSO_DEBUG", raising=False)
    app = kiosk()

    async def press_on_the_profile_screen() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("space", "1")
            await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
            await pilot.press("1")
            await until(pilot, lambda: not app.is_running)

    with pytest.raises(Bug):  # Pilot hands the bug to the test once the app has stopped
        await press_on_the_profile_screen()
    assert app.crashed
    assert app.return_code == 1
