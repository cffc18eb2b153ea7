"""Option pictures on the screen: small on answer buttons, beside a picture-sort item, else symbols."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.textual_private import painted_lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.choice_grid import OptionGrid
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from kiosk.ui.widgets.question_picture import QuestionPicture
from surveys.loader import load_survey_file
from tests.pictures import broken_picture, clear_picture, option_picture_survey
from tests.ui.helpers import start, until, until_answers_fully_visible, visible_text


def option_buttons(app: KioskApp) -> list[ChoiceButton]:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    grid = screen.answer_widget()
    assert isinstance(grid, OptionGrid)
    return [b for b in grid.option_buttons() if b.display]


def drawn_on(app: KioskApp, widget: Widget) -> str:
    """The text painted inside `widget` on the screen now."""
    region = widget.content_region
    lines = painted_lines(app.screen)[region.y : region.bottom]
    return "\n".join(line[region.x : region.right] for line in lines)


async def at_question(pilot: Pilot[None], words: str) -> None:
    """Wait until the question with `words` is shown and its option pictures are all read."""
    app = pilot.app
    assert isinstance(app, KioskApp)
    await until(pilot, lambda: words in visible_text(app))

    def all_read() -> bool:
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        grid = screen.answer_widget()
        if not isinstance(grid, OptionGrid):
            return True
        return all(b.picture_path in grid.pictures for b in option_buttons(app) if b.picture_path)

    await until(pilot, all_read, failure="the option pictures were never read")


async def test_option_pictures_are_drawn_on_their_buttons_and_every_answer_fits(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "cat.png")
    clear_picture(tmp_path / "dog.png", (90, 60))
    app = kiosk(load_survey_file(option_picture_survey(tmp_path)), survey_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await at_question(pilot, "Which pet do you like?")
        cat, dog = option_buttons(app)
        await until(pilot, lambda: "▀" in drawn_on(app, cat) and "▀" in drawn_on(app, dog))
        assert "🐱" not in visible_text(app)  # the picture takes the symbol's place
        assert "A cat" in drawn_on(app, cat)
        assert cat.region.height >= 5  # a picture of 3 rows or more, inside the border
        await until_answers_fully_visible(pilot, app)
        await pilot.press("1")  # four options leave no room for pictures at 80x24
        await at_question(pilot, "What food do you like?")
        await until(pilot, lambda: "🍎" in visible_text(app))
        assert "▀" not in visible_text(app)
        await until_answers_fully_visible(pilot, app)


async def test_a_very_wide_option_picture_leaves_the_words_on_the_button(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "cat.png", (1000, 1))  # a line, 1,000 pixels by 1
    clear_picture(tmp_path / "dog.png")
    app = kiosk(load_survey_file(option_picture_survey(tmp_path)), survey_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await at_question(pilot, "Which pet do you like?")
        cat, dog = option_buttons(app)
        await until(pilot, lambda: "▀" in drawn_on(app, cat) and "▀" in drawn_on(app, dog))
        assert "A cat" in drawn_on(app, cat)
        assert "A dog" in drawn_on(app, dog)
        await until_answers_fully_visible(pilot, app)


@pytest.mark.parametrize("cat", ["broken.png", "not-there.png"], ids=["broken", "missing"])
async def test_a_broken_or_missing_option_picture_leaves_its_symbol(
    kiosk: Callable[..., KioskApp], tmp_path: Path, cat: str
) -> None:
    broken_picture(tmp_path / "broken.png")
    clear_picture(tmp_path / "dog.png")
    app = kiosk(load_survey_file(option_picture_survey(tmp_path, cat=cat)), survey_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await at_question(pilot, "Which pet do you like?")
        cat_button, dog_button = option_buttons(app)
        await until(pilot, lambda: "▀" in drawn_on(app, dog_button))
        assert "🐱" in drawn_on(app, cat_button)
        assert "▀" not in drawn_on(app, cat_button)
        await until_answers_fully_visible(pilot, app)
        await pilot.press("1")  # the kiosk goes on as usual
        await at_question(pilot, "What food do you like?")


async def test_a_picture_sort_item_shows_its_picture_and_the_piles_stay_on_the_screen(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    clear_picture(tmp_path / "cat.png")
    clear_picture(tmp_path / "dog.png")
    app = kiosk(load_survey_file(option_picture_survey(tmp_path)), survey_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await at_question(pilot, "Which pet do you like?")
        await pilot.press("1")
        await at_question(pilot, "What food do you like?")
        await pilot.press("1")
        await until(pilot, lambda: "What do you like doing?" in visible_text(app))
        sorter = app.screen.query_one(PictureSortAnswer)
        picture = sorter.query_one(QuestionPicture)
        await until(pilot, lambda: picture.shown, failure="the item's picture never came")
        await until(pilot, lambda: "▀" in visible_text(app))
        assert picture.region.height >= 4
        box = sorter.query_one("#item-box")
        assert "Art" in drawn_on(app, box)
        assert "🎨" not in drawn_on(app, box)  # the picture takes the item's symbol's place
        for pile in sorter.query(ChoiceButton):
            assert app.screen.region.contains_region(pile.region), f"{pile.label!r} is cut off"
        await pilot.press("1")  # the next item has no picture: its symbol shows
        await until(pilot, lambda: "⚽" in visible_text(app) and not picture.shown)
