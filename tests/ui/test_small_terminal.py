"""A terminal too small for the kiosk shows a calm note, takes no presses, and recovers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.widgets.too_small import SMALLEST
from tests.ui.helpers import SIZE, until, visible_text

NOTE = "This window is too small"


@pytest.mark.parametrize("size", [(40, 12), (20, 8), (SMALLEST[0] - 1, 30), (100, SMALLEST[1] - 1)])
async def test_a_small_terminal_shows_the_note_and_answers_no_key(
    kiosk: Callable[..., KioskApp], size: tuple[int, int]
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "0", "1")
        await until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        await pilot.resize_terminal(*size)
        await until(pilot, lambda: NOTE.split()[0] in visible_text(app))
        assert "How do you feel about school" not in visible_text(app)
        await pilot.press("5", "0")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.step is not None
        assert app.screen.step.question.id == "feel_school"
        await pilot.resize_terminal(*SIZE)
        await until(pilot, lambda: "How do you feel about school" in visible_text(app))
        assert NOTE not in visible_text(app)
        await pilot.press("5")
        await until(pilot, lambda: "Question 2 " in visible_text(app))


async def test_the_smallest_size_shows_the_question_and_its_answers(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SMALLEST) as pilot:
        await pilot.press("space", "1", "0", "1")
        await until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        text = visible_text(app)
        assert "How do you feel about school" in text
        assert "Very happy" in text
        assert NOTE not in text


async def test_the_receipt_code_waits_for_a_bigger_window(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk("event-feedback", thanks_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "0", "1", "1", "1", "1", "o", "k", "enter", "1", "0")
        await until(pilot, lambda: isinstance(app.screen, ThanksScreen))
        receipt = store.responses[0].receipt
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: NOTE.split()[0] in visible_text(app))
        assert receipt not in visible_text(app)
        await pilot.resize_terminal(*SIZE)
        await until(pilot, lambda: NOTE not in visible_text(app))
