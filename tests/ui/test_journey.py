"""The journey's rules: branching, back and change, skip, help, consent, speech, store problems."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input

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
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from surveys.catalog import load_builtin
from surveys.response import Response
from tests.ui.helpers import SIZE, fixture_survey, start, until, visible_text
from tests.ui.walker import shown


def question_id(app: KioskApp) -> str:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    assert screen.step is not None
    return screen.step.question.id


async def finish_my_school(pilot: Pilot[None], send: bool = True) -> None:
    """Answer my-school's questions after the first for a young person, and send."""
    await pilot.press("1", "1", *["1"] * 6, "3", *"hi", "enter", "1", *(["0"] if send else []))


async def test_branching_follows_the_flow(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        assert "Question 1   ● ○ ○ ○ ○ ○" in visible_text(app)
        await pilot.press("1")
        assert question_id(app) == "hard_things"  # one more to come: one more dot, same words
        assert "Question 2   ● ● ○ ○ ○ ○ ○" in visible_text(app)
        assert " of " not in visible_text(app)
        await pilot.press("b", "5")
        assert question_id(app) == "get_help"
        assert "Question 2   ● ● ○ ○ ○ ○" in visible_text(app)


async def test_back_shows_the_answer_and_review_changes_it(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("4", "b")
        assert question_id(app) == "feel_school"
        chosen = [b.value for b in app.screen.query(ChoiceButton) if b.chosen]
        assert chosen == [4]
        await pilot.press("5")
        await finish_my_school(pilot, send=False)
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("1")  # change the first answer from the review
        assert question_id(app) == "feel_school"
        await pilot.press("2")
        assert question_id(app) == "hard_things"  # the new answer opens a follow-up
        await pilot.press("1", "0")
        assert isinstance(app.screen, ReviewScreen)
        assert "It is too noisy" in visible_text(app)
        await pilot.press("0")
        await pilot.pause()
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
        await start(pilot)
        await pilot.press("s", "k", "n", *["2"] * 6, "n")
        assert question_id(app) == "change_one"
        await pilot.click("#skip")
        await pilot.press("1", "0")
        await pilot.pause()
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
        await start(pilot, "1")  # read aloud is on at first
        await pilot.press("1", "1", "3")
        question = app.screen
        await pilot.press("h")
        assert isinstance(app.screen, HelpScreen)
        assert "yellow badge" in visible_text(app)
        assert "yellow badge" in speaker.spoken[-1]
        await pilot.press("0")
        assert app.screen is question
        assert question.query_one(MultipleChoiceAnswer).chosen_values() == ["noise", "friends"]
        await pilot.click("#help")
        assert isinstance(app.screen, HelpScreen)
        await pilot.click("#help-back")
        await pilot.press("0")
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
        await pilot.press("space", "1", "0", "2")
        await pilot.pause()
        assert isinstance(app.screen, AttractScreen)
        assert len(app.screen_stack) == 2
    assert store.responses == []


async def test_read_aloud_speaks_titles_options_and_the_receipt(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker, store: MemoryStore
) -> None:
    app = kiosk(thanks_seconds=5)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "2", "0")  # read aloud is on; slower
        assert speaker.rates[-1] == "slower"
        assert "We want to know what you think about school." in speaker.spoken[-1]
        await pilot.press("1")
        assert speaker.spoken[-1].startswith("Question 1.\nHow do you feel about school?")
        stops = speaker.stops
        await pilot.press("tab", "tab")
        assert speaker.spoken[-1] == "Very sad"
        await pilot.press("5")
        assert speaker.stops > stops  # speech stops when the screen changes
        await finish_my_school(pilot)
        await pilot.pause()
        [response] = store.responses
        letters = ". ".join(response.receipt.replace("-", ""))
        assert speaker.spoken[-1].count(f"code is {letters}.") == 2  # letter by letter, twice
        assert speaker.rates[-1] == "slower"


async def test_silent_once_read_aloud_is_switched_off(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, "1", "1")  # read it to me: off
        await pilot.press("tab", "5")
    assert speaker.spoken[-1] == "Read it to me: Off"  # the change itself is heard


async def test_a_store_problem_shows_staff_screen_and_no_receipt(
    speaker: RecordingSpeaker,
) -> None:
    store = MemoryStore()
    store.fail_saves_with = StoreError("The disk is full.")
    app = make_app(LoadedKiosk(load_builtin("my-school"), store, speaker))
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("5")
        await finish_my_school(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        text = visible_text(app)
        assert "Please tell a member of staff" in text
        assert "Your code" not in text
        assert "disk" not in text
        await pilot.press("0")
        assert isinstance(app.screen, AttractScreen)


async def test_preview_banner_and_feedback_on_the_attract_screen(
    kiosk: Callable[..., KioskApp],
) -> None:
    feedback = Feedback("You said lunch was too noisy", ("We made a quiet room.",))
    app = kiosk(preview=True, feedback=feedback, event="Spring fun day")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = visible_text(app)
        for words in ("Preview: nothing is saved", "You said, we did", "We made a quiet room."):
            assert words in text
        assert "Spring fun day" in text
        await start(pilot)
        assert "Preview: nothing is saved" in visible_text(app)


async def test_profile_changes_colours_size_faces_and_time(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk(idle_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "3", "4", "5", "6")
        assert app.theme == "sayso-high-contrast"
        assert app.has_class("-bigger")
        await pilot.press("0", "1")
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
        await start(pilot)
        for key in ("1", "1"):
            heights = [b.region.height for b in shown(app.screen.query(ChoiceButton))]
            assert heights
            assert min(heights) >= 3
            await pilot.press(key)


async def test_free_text_counts_letters_and_picture_sort_goes_back(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("5", "1", "1", "1", "2", "b")
        assert "Picture 2 of 6" in visible_text(app)
        await pilot.press("3", *["1"] * 4, "4", *"Quiet room")
        assert "10 of 200 letters" in visible_text(app)
        await pilot.press("enter", "1", "0")
        await pilot.pause()
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
        await start(pilot)
        await until(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press("space", "enter")  # only a space: nothing written
        await until(pilot, lambda: "Please write something, or skip" in visible_text(app))
        question = app.screen
        assert isinstance(question, QuestionScreen)
        await pilot.press(*"More art", "enter")
        await until(pilot, lambda: app.screen is not question)
        assert "Please write something" not in visible_text(app)
        assert app.journey is not None
        assert app.journey.flow is not None
        assert [a.value for a in app.journey.flow.answers()] == ["More art"]
