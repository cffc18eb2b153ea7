"""One question screen for a run of questions: changed in place, never holding an old answer."""

from __future__ import annotations

import gc
from collections.abc import Callable

from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.base import is_shown
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.widgets.answer_area import AnswerArea
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from tests.ui.helpers import SIZE, start, until, visible_text
from tests.ui.steps import (
    answer,
    at_question,
    finish_choosing,
    go_back,
    tick,
    type_and_finish,
)
from tests.ui.walker import shown


def question(app: KioskApp) -> QuestionScreen:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    return screen


def showing(app: KioskApp, question_id: str) -> Callable[[], bool]:
    """Whether the question screen shows `question_id` now."""

    def check() -> bool:
        screen = app.screen
        step = screen.step if isinstance(screen, QuestionScreen) else None
        return step is not None and step.question.id == question_id

    return check


async def test_one_screen_shows_every_question_in_turn(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        screen = question(app)
        seen = [screen.step.question.id if screen.step else ""]
        for step in (
            answer(pilot, "feel_school", "Sad"),
            tick(pilot, "It is too noisy"),
            finish_choosing(pilot),
            answer(pilot, "get_help", "Yes"),
            answer(pilot, "who_helps", "A teacher"),
        ):
            await step
            assert question(app) is screen
            seen.append(screen.step.question.id if screen.step else "")
        assert seen == [
            "feel_school",
            "hard_things",  # a sad face opens the follow-up
            "hard_things",  # choosing one of many stays on it
            "get_help",
            "who_helps",
            "like_doing",
        ]
        assert "Question 5   ● ● ● ● ● ○ ○" in visible_text(app)


async def test_only_this_questions_buttons_are_shown_and_keyed(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        faces = [b.key for b in shown(question(app).answer_widget().query(ChoiceButton))]
        assert faces == ["1", "2", "3", "4", "5"]
        await answer(pilot, "feel_school", "Very happy")  # no follow-up: "Do you get help?" next
        screen = question(app)
        assert screen.step is not None
        assert screen.step.question.id == "get_help"
        keyed = sorted(b.key or "" for b in shown(screen.query(ChoiceButton)))
        assert keyed == ["1", "2", "3", "b", "h", "k", "n", "r", "s"]
        await pilot.press("5", "4")  # the spare face buttons are hidden and choose nothing
        assert screen.step.question.id == "get_help"
        assert not any(is_shown(b) for b in screen.query(ChoiceButton) if b.label == "")


async def test_a_hidden_answer_widget_holds_no_earlier_answer(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "feel_school", "Sad")
        await answer(pilot, "hard_things", "It is too noisy", "Adults do not understand me")
        screen = question(app)
        multiple = screen.query_one(AnswerArea).multiple
        assert not multiple.display
        assert [b for b in multiple.query(ChoiceButton) if b.chosen] == []
        assert all(b.label == "" for b in multiple.option_buttons())
        await answer(pilot, "get_help", "Yes")
        await answer(pilot, "who_helps", "A teacher")
        await answer(pilot, "like_doing", *["I like it"] * 6)
        await answer(pilot, "listened", "3 stars")
        await type_and_finish(pilot, "My secret words")
        # the question screen (and every answer widget in it) is gone once the questions are done
        await until(
            pilot,
            lambda: not any(isinstance(s, QuestionScreen) for s in app.screen_stack),
            failure="the question screen was kept after the last question",
        )


async def test_back_and_change_show_the_earlier_answer_in_place(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "feel_school", "Sad")
        await answer(pilot, "hard_things", "It is too noisy", "Making friends")
        screen = question(app)
        await at_question(pilot, "get_help")
        await go_back(pilot)  # from "Do you get help?" to the multiple choice
        await at_question(pilot, "hard_things")
        assert screen.step is not None
        assert screen.step.question.id == "hard_things"
        widget = screen.answer_widget()
        assert isinstance(widget, MultipleChoiceAnswer)
        assert widget.chosen_values() == ["noise", "friends"]
        await finish_choosing(pilot)
        await answer(pilot, "get_help", "Yes")
        await answer(pilot, "who_helps", "A teacher")
        await at_question(pilot, "like_doing")
        sorter = screen.answer_widget()
        assert isinstance(sorter, PictureSortAnswer)
        assert sorter.index == 0
        await until(pilot, lambda: "Picture 1 of 6" in visible_text(app))


async def test_no_full_garbage_collection_waits_on_a_participant(
    kiosk: Callable[..., KioskApp],
) -> None:
    before = gc.get_threshold()
    app = kiosk()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await start(pilot)
            assert gc.get_threshold()[2] >= 1_000_000  # full collections wait for a reset
    finally:
        gc.set_threshold(*before)


async def test_arrow_keys_move_between_answers_and_enter_chooses(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("down", "down", "right")  # I need help, Very sad, Sad
        assert isinstance(app.focused, ChoiceButton)
        assert app.focused.label == "Sad"
        await pilot.press("up", "left", "down")  # back to Very sad, I need help, then Very sad
        assert app.focused.label == "Very sad"
        await pilot.press("enter")
        await until(pilot, showing(app, "hard_things"))
        await pilot.press("down", "down", "down", "enter")  # the grid moves focus, not scrolls
        widget = question(app).answer_widget()
        assert isinstance(widget, MultipleChoiceAnswer)
        assert widget.chosen_values() == ["work"]


async def test_arrow_keys_move_the_cursor_when_typing(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "feel_school", "Very happy")
        await answer(pilot, "get_help", "Yes")
        await answer(pilot, "who_helps", "A teacher")
        await answer(pilot, "like_doing", *["I like it"] * 6)
        await answer(pilot, "listened", "3 stars")
        await at_question(pilot, "change_one")
        await pilot.press(*"ab", "left", "c", "right", "d")
        assert "acbd" in visible_text(app)
