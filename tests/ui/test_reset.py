"""Inactivity, and nothing of one participant left for the next."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.still_there import StillThereScreen
from surveys.profiles import AccessProfile
from tests.ui.helpers import SIZE, start, until, until_screen, visible_text, words_in_widgets
from tests.ui.steps import (
    answer,
    send_answers,
    tell_who_answered,
    type_and_finish,
    type_words,
)

SECRET = "Zebra crossing by the gate"


def assert_forgotten(app: KioskApp) -> None:
    assert isinstance(app.screen, AttractScreen)
    assert len(app.screen_stack) == 2  # Textual's base screen and the attract screen
    assert SECRET not in words_in_widgets(app)
    assert SECRET not in visible_text(app)
    assert app.journey is None  # nothing of the last participant's journey is held
    assert app.voice.profile == AccessProfile.for_newcomer()
    assert app.theme == "sayso-default"


async def test_timeout_keeps_partial_answers_when_the_survey_says_keep(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk("event-feedback", idle_seconds=3.0, still_there_seconds=1.0)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, "1", "4")  # read aloud (on at first), strong colours
        await answer(pilot, "enjoyed", "Very happy")
        await answer(pilot, "best_part", "Meeting people")
        await answer(pilot, "come_again", "Yes")
        await type_words(pilot, SECRET)  # then walks away
        await until_screen(pilot, StillThereScreen)
        await until(
            pilot,
            lambda: "Are you still there?" in visible_text(app),
            failure=lambda: f"no 'Are you still there?'; the screen shows:\n{visible_text(app)}",
        )
        await until_screen(pilot, AttractScreen)
        await pilot.pause(0.1)
        assert_forgotten(app)
    [response] = store.responses
    assert response.complete is False
    assert response.who_answered is None
    assert [(a.question, a.value) for a in response.answers] == [
        ("enjoyed", 3),
        ("best_part", "people"),
        ("come_again", "yes"),
    ]


async def test_timeout_discards_partial_answers_when_the_survey_says_discard(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk("my-school", idle_seconds=1.5, still_there_seconds=2)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "feel_school", "Very happy")
        await answer(pilot, "get_help", "Yes")  # then walks away
        await until_screen(pilot, StillThereScreen)
        await until_screen(pilot, AttractScreen)
        await pilot.pause(0.1)
        assert_forgotten(app)
    assert store.responses == []


async def test_any_key_on_still_there_carries_on_with_answers_intact(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk("my-school", idle_seconds=1.5, still_there_seconds=5)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("5")
        question = app.screen
        await until_screen(pilot, StillThereScreen)
        await pilot.press("x")
        assert app.screen is question
        assert isinstance(question, QuestionScreen)
        assert app.journey is not None
        assert app.journey.flow is not None
        assert [a.value for a in app.journey.flow.answers()] == [5]


async def test_nothing_is_left_after_a_finished_survey(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk("event-feedback")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, "1", "1")
        await answer(pilot, "enjoyed", "Very sad")
        await answer(pilot, "best_part", "The activities")
        await answer(pilot, "come_again", "Yes")
        await type_and_finish(pilot, SECRET)
        await tell_who_answered(pilot, "by myself")
        await send_answers(pilot)
        await until_screen(pilot, AttractScreen)
        await pilot.pause(0.1)
        assert_forgotten(app)
    [response] = store.responses
    assert response.answer("what_else") is not None
