"""Textual still has the private parts the kiosk leans on (all in kiosk/ui/textual_private.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual import events
from textual.css.stylesheet import Stylesheet

from accessibility.themes import THEMES
from kiosk.ui.app import KioskApp
from kiosk.ui.memory import tidy_memory
from kiosk.ui.textual_private import (
    UPGRADE_ADVICE,
    missing_private_parts,
    render_cache_size,
    textual_clock,
)
from kiosk.ui.widgets.choice_button import ChoiceButton
from tests.ui.helpers import start, until, visible_text


def test_textual_still_has_every_private_part_the_kiosk_uses() -> None:
    missing = missing_private_parts()
    assert missing == [], f"{UPGRADE_ADVICE}\nGone: {', '.join(missing)}"


def test_events_are_stamped_on_the_clock_the_kiosk_compares_them_with() -> None:
    before = textual_clock()
    key = events.Key("1", "1")
    assert before <= key.time <= textual_clock()


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


async def test_the_first_theme_is_in_place_without_parsing_the_styles_twice(
    kiosk: Callable[..., KioskApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    reparses: list[Stylesheet] = []
    reparse = Stylesheet.reparse

    def count_reparse(stylesheet: Stylesheet) -> None:
        reparses.append(stylesheet)
        reparse(stylesheet)

    monkeypatch.setattr(Stylesheet, "reparse", count_reparse)
    app = kiosk()
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: "Start" in visible_text(app), failure="no attract screen")
        assert reparses == []  # the rules were parsed once, with the kiosk's own colours
        assert {"-theme-sayso-default", "-light-mode"} <= app.classes
        assert "-dark-mode" not in app.classes
        colours = THEMES["default"]
        button = app.screen.query(ChoiceButton).first()
        assert button.styles.background.hex.lower() == colours.choice_background.lower()
