"""The journey's rules: branching, back and change, skip, help, consent, speech, store problems."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from accessibility.speaker import RecordingSpeaker
from kiosk.startup import LoadedKiosk
from kiosk.store import MemoryStore, StoreError
from kiosk.ui.app import KioskApp, make_app
from kiosk.ui.feedback import Feedback
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.screens.problem import ProblemScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from surveys.catalog import load_builtin
from surveys.response import Response
from tests.ui.buttons import choose
from tests.ui.helpers import SIZE, fixture_survey, until, until_screen, visible_text
from tests.ui.steps import (
    agree,
    answer,
    ask_for_help,
    back_from_help,
    change_answer,
    dont_know,
    dont_want_to_say,
    finish_choosing,
    finish_typing,
    go_back,
    press_next,
    refuse,
    send_answers,
    skip,
    sort_picture,
    start_as,
    start_survey_as,
    switch,
    tell_who_answered,
    tick,
    try_to_finish_typing,
    type_and_finish,
    type_words,
)
from tests.ui.walker import shown


def question_id(app: KioskApp) -> str:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    assert screen.step is not None
    return screen.step.question.id


async def finish_my_school(pilot: Pilot[None], send: bool = True) -> None:
    """Answer my-school's questions after the first for a young person, and send."""
    await answer(pilot, "get_help", "Yes")
    await answer(pilot, "who_helps", "A teacher")
    await answer(pilot, "like_doing", *["I like it"] * 6)
    await answer(pilot, "listened", "3 stars")
    await type_and_finish(pilot, "hi")
    await tell_who_answered(pilot, "by myself")
    if send:
        await send_answers(pilot)


async def test_branching_follows_the_flow(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await until(pilot, lambda: "Question 1   ● ○ ○ ○ ○ ○" in visible_text(app))
        await answer(pilot, "feel_school", "Very sad")
        assert question_id(app) == "hard_things"  # one more to come: one more dot, same words
        await until(pilot, lambda: "Question 2   ● ● ○ ○ ○ ○ ○" in visible_text(app))
        assert " of " not in visible_text(app)
        await go_back(pilot)
        await answer(pilot, "feel_school", "Very happy")
        assert question_id(app) == "get_help"
        six_dots = "Question 2   ● ● ○ ○ ○ ○"
        await until(pilot, lambda: six_dots in visible_text(app))
        assert f"{six_dots} ○" not in visible_text(app)  # the dot for the extra question is gone


async def test_back_shows_the_answer_and_review_changes_it(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await answer(pilot, "feel_school", "Happy")
        await go_back(pilot)
        assert question_id(app) == "feel_school"
        chosen = [b.value for b in app.screen.query(ChoiceButton) if b.chosen]
        assert chosen == [4]
        await answer(pilot, "feel_school", "Very happy")
        await finish_my_school(pilot, send=False)
        assert isinstance(app.screen, ReviewScreen)
        await change_answer(pilot, "How do you feel about school?")
        assert question_id(app) == "feel_school"
        await answer(pilot, "feel_school", "Sad")
        assert question_id(app) == "hard_things"  # the new answer opens a follow-up
        await answer(pilot, "hard_things", "It is too noisy")
        assert isinstance(app.screen, ReviewScreen)
        await until(pilot, lambda: "It is too noisy" in visible_text(app))
        await send_answers(pilot)
    [response] = store.responses
    assert _answer(response, "feel_school") == 2
    assert _answer(response, "hard_things") == ["noise"]


def _answer(response: Response, question: str) -> object:
    answer = response.answer(question)
    assert answer is not None
    return answer.value if answer.status == "answered" else answer.status


async def test_skip_and_dont_want_to_say_and_dont_know(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await skip(pilot)
        await dont_know(pilot)
        await dont_want_to_say(pilot)
        await answer(pilot, "like_doing", *["Not sure"] * 6)
        await dont_want_to_say(pilot)
        assert question_id(app) == "change_one"
        await skip(pilot, by="touch")  # the answer box has the keys: S would be typed in it
        await tell_who_answered(pilot, "by myself")
        await send_answers(pilot)
    [response] = store.responses
    assert _answer(response, "feel_school") == "skipped"
    assert _answer(response, "get_help") == "dont_know"
    assert _answer(response, "who_helps") == "prefer_not_to_say"
    assert _answer(response, "listened") == "prefer_not_to_say"
    assert _answer(response, "change_one") == "skipped"
    assert response.answer("hard_things") is None


async def test_help_returns_to_the_same_question_with_answers_intact(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")  # read aloud is on at first
        await answer(pilot, "feel_school", "Very sad")
        await tick(pilot, "It is too noisy")
        await tick(pilot, "Making friends")
        question = app.screen
        await ask_for_help(pilot)
        assert isinstance(app.screen, HelpScreen)
        await until(pilot, lambda: "yellow badge" in visible_text(app))
        await until(pilot, lambda: "yellow badge" in speaker.spoken[-1])
        await back_from_help(pilot)
        assert app.screen is question
        assert question.query_one(MultipleChoiceAnswer).chosen_values() == ["noise", "friends"]
        await ask_for_help(pilot, by="touch")
        assert isinstance(app.screen, HelpScreen)
        await back_from_help(pilot, by="touch")
        await finish_choosing(pilot)
        assert question_id(app) == "get_help"
        assert app.journey is not None
        assert app.journey.flow is not None
        [_, hard] = app.journey.flow.answers()
        assert hard.value == ["noise", "friends"]


async def test_consent_no_goes_back_to_start_and_stores_nothing(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_as(pilot, "young person")
        await press_next(pilot)
        await refuse(pilot)
        assert isinstance(app.screen, AttractScreen)
        assert len(app.screen_stack) == 2
    assert store.responses == []


async def test_read_aloud_speaks_titles_options_and_the_receipt(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker, store: MemoryStore
) -> None:
    app = kiosk(thanks_seconds=5)
    async with app.run_test(size=SIZE) as pilot:
        await start_as(pilot, "young person")
        await switch(pilot, "Read it slower")  # read aloud is on at first
        await press_next(pilot)
        assert speaker.rates[-1] == "slower"
        consent = "We want to know what you think about school."
        await until(pilot, lambda: consent in speaker.spoken[-1])
        await agree(pilot)
        question = "Question 1.\nHow do you feel about school?"
        await until(pilot, lambda: speaker.spoken[-1].startswith(question))
        stops = speaker.stops
        # Raw keys: the point is that Tab moves the focus, and the focused answer is heard.
        await pilot.press("tab", "tab")
        assert speaker.spoken[-1] == "Very sad"
        await answer(pilot, "feel_school", "Very happy")
        assert speaker.stops > stops  # speech stops when the screen changes
        await finish_my_school(pilot)
        await until_screen(pilot, ThanksScreen)
        [response] = store.responses
        letters = ". ".join(response.receipt.replace("-", ""))
        twice = f"code is {letters}."  # letter by letter, twice
        await until(pilot, lambda: speaker.spoken[-1].count(twice) == 2)
        assert speaker.rates[-1] == "slower"


async def test_silent_once_read_aloud_is_switched_off(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person", "Read it to me")  # read it to me: off
        # A raw Tab: moving the focus is heard when read aloud is on, so it must be silent here.
        await pilot.press("tab")
        await answer(pilot, "feel_school", "Very happy")
    assert speaker.spoken[-1] == "Read it to me: Off"  # the change itself is heard


async def test_a_store_problem_shows_staff_screen_and_no_receipt(
    speaker: RecordingSpeaker,
) -> None:
    store = MemoryStore()
    store.fail_saves_with = StoreError("The disk is full.")
    app = make_app(LoadedKiosk(load_builtin("my-school"), store, speaker))
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await answer(pilot, "feel_school", "Very happy")
        await finish_my_school(pilot)
        assert isinstance(app.screen, ProblemScreen)
        await until(pilot, lambda: "Please tell a member of staff" in visible_text(app))
        text = visible_text(app)
        assert "Your code" not in text
        assert "disk" not in text
        await choose(pilot, "OK")
        assert isinstance(app.screen, AttractScreen)


async def test_preview_banner_and_feedback_on_the_attract_screen(
    kiosk: Callable[..., KioskApp],
) -> None:
    feedback = Feedback("You said lunch was too noisy", ("We made a quiet room.",))
    app = kiosk(preview=True, feedback=feedback, event="Spring fun day")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "You said, we did" in visible_text(app))
        text = visible_text(app)
        for words in ("Preview: nothing is saved", "You said, we did", "We made a quiet room."):
            assert words in text
        assert "Spring fun day" in text
        await start_survey_as(pilot, "young person")
        await until(pilot, lambda: "Preview: nothing is saved" in visible_text(app))


async def test_profile_changes_colours_size_faces_and_time(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk(idle_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await start_as(pilot, "young person")
        for setting in ("Bigger words", "Colours", "3 faces", "More time"):
            await switch(pilot, setting)
        assert app.theme == "sayso-high-contrast"
        assert app.has_class("-bigger")
        await press_next(pilot)
        await agree(pilot)
        await until(pilot, lambda: "Very happy" in visible_text(app))  # the answers are drawn
        buttons = shown(app.screen.query(ChoiceButton))
        faces = [b.value for b in buttons if b.key in ("1", "2", "3", "4")]
        assert faces == [1, 3, 5]
        question = app.screen
        assert isinstance(question, QuestionScreen)
        answers = shown(question.answer_widget().query(ChoiceButton))
        assert min(b.region.height for b in answers) >= 5
        assert app.inactivity.timeout_seconds == 60  # "more time" doubles the 30 s


async def test_targets_are_at_least_three_rows(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await until(pilot, lambda: "Very happy" in visible_text(app))  # the answers are drawn
        assert_targets_are_tall(app)
        await answer(pilot, "feel_school", "Very sad")
        await until(pilot, lambda: "Getting to school" in visible_text(app))
        assert_targets_are_tall(app)


def assert_targets_are_tall(app: KioskApp) -> None:
    heights = [b.region.height for b in shown(app.screen.query(ChoiceButton))]
    assert heights
    assert min(heights) >= 3


async def test_free_text_counts_letters_and_picture_sort_goes_back(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await answer(pilot, "feel_school", "Very happy")
        await answer(pilot, "get_help", "Yes")
        await answer(pilot, "who_helps", "A teacher")
        await sort_picture(pilot, "I like it")
        await sort_picture(pilot, "Not sure")
        await go_back(pilot)
        await until(pilot, lambda: "Picture 2 of 6" in visible_text(app))
        await answer(pilot, "like_doing", "I don't like it", *["I like it"] * 4)
        await answer(pilot, "listened", "4 stars")
        await type_words(pilot, "Quiet room")
        await until(pilot, lambda: "10 of 200 letters" in visible_text(app))
        await finish_typing(pilot)
        await tell_who_answered(pilot, "by myself")
        await send_answers(pilot)
    [response] = store.responses
    assert _answer(response, "like_doing") == {
        "art": "like",
        "sport": "dislike",
        "reading": "like",
        "music": "like",
        "lunch": "like",
        "trips": "like",
    }
    assert _answer(response, "change_one") == "Quiet room"


async def test_an_answer_the_flow_refuses_shows_its_words_and_keeps_the_question(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk(fixture_survey("free_text"))
    async with app.run_test(size=SIZE) as pilot:
        await start_survey_as(pilot, "young person")
        await type_words(pilot, " ")  # only a space: nothing written
        await try_to_finish_typing(pilot)
        await until(pilot, lambda: "Please write something, or skip" in visible_text(app))
        question = app.screen
        assert isinstance(question, QuestionScreen)
        await type_and_finish(pilot, "More art")
        assert app.screen is not question
        assert "Please write something" not in visible_text(app)
        assert app.journey is not None
        assert app.journey.flow is not None
        assert [a.value for a in app.journey.flow.answers()] == ["More art"]
