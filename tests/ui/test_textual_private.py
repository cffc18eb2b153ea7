"""Textual still has the private parts the kiosk leans on (all in kiosk/ui/textual_private.py)."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.app import KioskApp
from kiosk.ui.memory import tidy_memory
from kiosk.ui.textual_private import UPGRADE_ADVICE, missing_private_parts, render_cache_size
from tests.ui.helpers import start, until, visible_text


def test_textual_still_has_every_private_part_the_kiosk_uses() -> None:
    missing = missing_private_parts()
    assert missing == [], f"{UPGRADE_ADVICE}\nGone: {', '.join(missing)}"


async def test_tidying_empties_the_render_cache(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot)
        await pilot.pause(1.2)  # the kiosk's own tidy, a second after the attract screen
        app.screen.refresh(repaint=True)  # then paint again, so the cache fills
        await until(pilot, lambda: render_cache_size() > 0, failure="nothing was cached")
        tidy_memory()
        assert render_cache_size() == 0


async def test_painted_lines_are_what_the_screen_shows(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=(100, 30)) as pilot:
        await start(pilot)
        assert "How do you feel about school?" in visible_text(app)
