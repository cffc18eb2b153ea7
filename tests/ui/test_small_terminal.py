"""A terminal too small for the kiosk shows a calm note, takes no presses, and recovers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.widgets.too_small import SMALLEST
from tests.ui.helpers import SIZE, until, until_screen, visible_text
from tests.ui.steps import answer, send_answers, start_survey_as, tell_who_answered, type_and_finish

NOTE = "This window is too small"


@pytest.mark.parametrize("size", [(40, 12), (20, 8), (SMALLEST[0] - 1, 30), (100, SMALLEST[1] - 1)])
async def test_a_small_terminal_shows_the_note_and_answers_no_key(
    kiosk: Callable[..., KioskApp], size: tuple[int, int]
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await pilot.resize_terminal(*size)
        await until(pilot, lambda: NOTE.split()[0] in visible_text(app))
        assert "How do you feel about school" not in visible_text(app)
        # Raw keys: the point is that answer keys do nothing while the note shows.
        await pilot.press("5", "0")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.step is not None
        assert app.screen.step.question.id == "feel_school"
        await pilot.resize_terminal(*SIZE)
        await until(pilot, lambda: "How do you feel about school" in visible_text(app))
        assert NOTE not in visible_text(app)
        await answer(pilot, "feel_school", "Very happy")
        await until(pilot, lambda: "Question 2 " in visible_text(app))


async def test_the_smallest_size_shows_the_question_and_its_answers(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SMALLEST) as pilot:
        await start_survey_as(pilot, "young person")
        await until(pilot, lambda: "How do you feel about school" in visible_text(app))
        text = visible_text(app)
        assert "Very happy" in text
        assert NOTE not in text


async def test_the_receipt_code_waits_for_a_bigger_window(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk("event-feedback", thanks_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await answer(pilot, "enjoyed", "Very sad")
        await answer(pilot, "best_part", "The activities")
        await answer(pilot, "come_again", "Yes")
        await type_and_finish(pilot, "ok")
        await tell_who_answered(pilot, "by myself")
        await send_answers(pilot)
        await until_screen(pilot, ThanksScreen)
        receipt = store.responses[0].receipt
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: NOTE.split()[0] in visible_text(app))
        assert receipt not in visible_text(app)
        await pilot.resize_terminal(*SIZE)
        await until(pilot, lambda: NOTE not in visible_text(app))
