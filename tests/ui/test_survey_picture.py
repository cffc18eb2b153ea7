"""The survey's own picture on the attract screen: beside its title, never pushing Start off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kiosk.ui.app import KioskApp
from kiosk.ui.feedback import Feedback
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from kiosk.ui.widgets.question_picture import QuestionPicture
from kiosk.ui.widgets.too_small import SMALLEST
from surveys.loader import load_survey_file
from tests.pictures import broken_picture, clear_picture, picture_survey
from tests.ui.helpers import until, visible_text

SAID = Feedback("You said, we did", ("You said: more quiet places.", "We did: a quiet room."))


def attract_app(kiosk: Callable[..., KioskApp], folder: Path, **settings: object) -> KioskApp:
    """The kiosk on a survey with its own picture, `poster.png` in `folder` (made by the test)."""
    clear_picture(folder / "day.png")
    clear_picture(folder / "fruit.png")
    survey = load_survey_file(picture_survey(folder, survey_picture="poster.png"))
    return kiosk(survey, survey_dir=folder, **settings)


def picture_of(app: KioskApp) -> QuestionPicture:
    return app.screen.query_one(QuestionPicture)


async def settled(pilot: Pilot[None], app: KioskApp) -> None:
    """Wait for the attract screen, its picture read (or not) and fitted to the screen."""
    await until(pilot, lambda: isinstance(app.screen, AttractScreen))
    await until(pilot, lambda: not picture_of(app).reading)
    await until(pilot, lambda: picture_of(app).fitted or not picture_of(app).shown)
    prompt = app.screen.query_one(Prompt)
    await until(pilot, lambda: (prompt.symbol is None) == picture_of(app).shown)


def assert_everything_on_the_screen(app: KioskApp) -> None:
    """Every button of the attract screen is whole on the screen."""
    buttons = [b for b in app.screen.query(ChoiceButton) if b.display]
    assert len(buttons) >= 2, "no Start and code buttons"
    for button in buttons:
        assert button.region.intersection(app.screen.region) == button.region, button.label
        assert button.region.height >= 3, f"{button.label!r} is squashed"


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_the_survey_picture_shows_beside_its_title(
    kiosk: Callable[..., KioskApp], tmp_path: Path, size: tuple[int, int]
) -> None:
    clear_picture(tmp_path / "poster.png")
    app = attract_app(kiosk, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settled(pilot, app)
        picture = picture_of(app)
        assert picture.shown
        assert picture.region.height >= 4
        assert "▀" in visible_text(app)  # drawn in half blocks here
        assert "🎪" not in visible_text(app)  # the picture takes the symbol's place
        assert "Pictures" in visible_text(app)
        assert_everything_on_the_screen(app)


async def test_a_very_wide_survey_picture_leaves_the_title_beside_it(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "poster.png", (1000, 1))  # a line, 1,000 pixels by 1
    app = attract_app(kiosk, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot, app)
        assert picture_of(app).shown
        assert "Pictures" in visible_text(app)
        assert_everything_on_the_screen(app)


async def test_with_an_event_and_news_the_picture_leaves_room_for_the_buttons(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "poster.png")
    app = attract_app(kiosk, tmp_path, event="Spring fun day", feedback=SAID)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot, app)
        assert "We did: a quiet room." in visible_text(app)
        assert_everything_on_the_screen(app)
        page = app.screen.query_one("#attract")
        assert page.virtual_size.height <= page.content_region.height, "the screen overflows"


async def test_a_broken_survey_picture_leaves_the_symbol(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    broken_picture(tmp_path / "poster.png")
    app = attract_app(kiosk, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot, app)
        assert not picture_of(app).shown
        assert "🎪" in visible_text(app)


async def test_a_small_window_shows_the_symbol_and_a_bigger_one_the_picture(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "poster.png")
    app = attract_app(kiosk, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot, app)
        assert picture_of(app).shown
        await pilot.resize_terminal(SMALLEST[0], SMALLEST[1] + 1)
        await until(pilot, lambda: not picture_of(app).shown)
        await until(pilot, lambda: "🎪" in visible_text(app))
        assert_everything_on_the_screen(app)
        await pilot.resize_terminal(100, 30)
        await until(pilot, lambda: picture_of(app).shown)
        await settled(pilot, app)
        assert_everything_on_the_screen(app)


async def test_news_from_staff_keeps_the_picture(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "poster.png")
    app = attract_app(kiosk, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot, app)
        assert picture_of(app).shown
        screen = app.screen
        assert isinstance(screen, AttractScreen)
        screen.show_feedback(SAID)
        await until(pilot, lambda: "We did: a quiet room." in visible_text(app))
        await settled(pilot, app)
        assert picture_of(app).shown
        assert "🎪" not in visible_text(app)
        assert_everything_on_the_screen(app)
