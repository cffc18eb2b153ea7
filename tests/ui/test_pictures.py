"""Question pictures on the screen: beside the words, never pushing answers off, else the symbol."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.widgets.prompt import Prompt
from kiosk.ui.widgets.question_picture import QuestionPicture
from kiosk.ui.widgets.too_small import SMALLEST
from surveys.loader import load_survey_file
from tests.pictures import broken_picture, clear_picture, picture_survey
from tests.ui.helpers import start, until, until_answers_fully_visible, visible_text


def picture_of(app: KioskApp) -> QuestionPicture:
    return app.screen.query_one(QuestionPicture)


async def first_question_with_picture(pilot: Pilot[None], app: KioskApp) -> None:
    await start(pilot)
    await until(pilot, lambda: isinstance(app.screen, QuestionScreen))
    await until(pilot, lambda: picture_of(app).shown, failure="the picture never came")


async def settled(pilot: Pilot[None], app: KioskApp, words: str) -> None:
    """Wait until the question with `words` is shown and its picture is read (or not)."""
    await until(pilot, lambda: words in visible_text(app) and not picture_of(app).reading)
    await until(pilot, lambda: picture_of(app).fitted or not picture_of(app).shown)
    prompt = app.screen.query_one(Prompt)
    await until(pilot, lambda: (prompt.symbol is None) == picture_of(app).shown)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_the_picture_shows_beside_the_words_and_the_answers_still_fit(
    kiosk: Callable[..., KioskApp], size: tuple[int, int]
) -> None:
    app = kiosk("event-feedback")
    async with app.run_test(size=size) as pilot:
        await first_question_with_picture(pilot, app)
        await settled(pilot, app, "Did you enjoy today?")
        picture = picture_of(app)
        assert picture.region.height >= 4
        assert picture.region.width >= 4
        assert "▀" in visible_text(app)  # drawn in half blocks here
        assert "🎉" not in visible_text(app)  # the picture takes the symbol's place
        await until_answers_fully_visible(pilot, app)


QUESTIONS = [
    ("Did you enjoy today?", "2"),
    ("What was the best part of today?", "1"),
    ("Would you come again?", "1"),
]


@pytest.mark.parametrize(
    ("size", "too_long"),
    [(SMALLEST, {"What was the best part of today?", "Would you come again?"}), ((80, 24), set())],
    ids=["60x20", "80x24"],
)
async def test_every_question_keeps_every_answer_on_the_screen(
    kiosk: Callable[..., KioskApp], size: tuple[int, int], too_long: set[str]
) -> None:
    """A picture never takes rows the answers need.

    At 60x20 the questions in `too_long` scroll by a row or two with no picture at all (the
    always-there buttons wrap); there the picture must give way to the symbol.
    """
    app = kiosk("event-feedback")
    async with app.run_test(size=size) as pilot:
        await start(pilot)
        for words, key in QUESTIONS:
            await settled(pilot, app, words)
            if words in too_long:
                assert not picture_of(app).shown
            else:
                await until_answers_fully_visible(pilot, app)
            await pilot.press(key)


async def test_at_the_smallest_size_the_symbol_shows_and_every_answer_fits(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk("event-feedback")
    async with app.run_test(size=SMALLEST) as pilot:
        await start(pilot)
        await settled(pilot, app, "Did you enjoy today?")
        assert not picture_of(app).shown
        assert "🎉" in visible_text(app)
        await until_answers_fully_visible(pilot, app)


async def test_a_smaller_window_gives_the_rows_back_to_the_answers(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk("event-feedback")
    async with app.run_test(size=(80, 24)) as pilot:
        await first_question_with_picture(pilot, app)
        await pilot.resize_terminal(*SMALLEST)
        await until(pilot, lambda: not picture_of(app).shown)
        await until(pilot, lambda: "🎉" in visible_text(app))
        await until_answers_fully_visible(pilot, app)
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: picture_of(app).shown)


async def test_a_broken_picture_leaves_the_symbol(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    broken_picture(tmp_path / "day.png")
    clear_picture(tmp_path / "fruit.png")
    app = kiosk(load_survey_file(picture_survey(tmp_path)), survey_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await settled(pilot, app, "Did you like today?")
        assert not picture_of(app).shown
        assert "⭐" in visible_text(app)
        assert not picture_of(app).children


async def test_a_clear_picture_from_the_survey_folder_is_shown(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "day.png")
    clear_picture(tmp_path / "fruit.png")
    app = kiosk(load_survey_file(picture_survey(tmp_path)), survey_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await first_question_with_picture(pilot, app)
        assert "⭐" not in visible_text(app)
        await pilot.press("1")  # the next question has no picture: its symbol is back
        await until(pilot, lambda: "🍕" in visible_text(app))
        assert not picture_of(app).shown
