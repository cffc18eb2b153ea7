"""Fast hands: keys that arrive together, double clicks and F2 twice give one result each.

A terminal delivers two quick key presses in one read, and Textual queues both before the first
has moved the kiosk on. `press_together` posts keys the same way, with no pause between them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.pilot import Pilot

from kiosk.pin import StaffPin
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.screens.profile import ProfileScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.who_answered import WhoAnsweredScreen
from kiosk.ui.textual_private import textual_clock
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from tests.ui.helpers import SIZE, give_pin, until, visible_text

CHARACTERS = {"space": " ", "enter": "\r", "tab": "\t"}


async def press_together(pilot: Pilot[None], *keys: str) -> None:
    """Keys that arrive in one terminal read: all queued before any is handled."""
    for key in keys:
        pilot.app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))
    await pilot.pause()
    await pilot.pause()


async def showing(pilot: Pilot[None], screen_type: type) -> None:
    """Wait until the kiosk shows a screen of this type."""
    await until(pilot, lambda: isinstance(pilot.app.screen, screen_type))


async def answer_my_school_questions(pilot: Pilot[None]) -> None:
    """The young person's questions of my-school, one key each, waiting for each to change."""
    app = pilot.app
    assert isinstance(app, KioskApp)
    for key in ["5", "1", "1", *["1"] * 6, "3"]:
        await pilot.press(key)
    await pilot.press(*"hi", "enter")
    await showing(pilot, WhoAnsweredScreen)


async def to_the_first_question(pilot: Pilot[None]) -> None:
    """Start, as a young person, with no changes to how they answer, and agree."""
    await pilot.press("space", "1", "0", "1")
    await showing(pilot, QuestionScreen)


async def to_the_picture_sort(pilot: Pilot[None]) -> None:
    """From the attract screen to the first picture of "What do you like doing?"."""
    await to_the_first_question(pilot)
    for key in ["5", "1", "1"]:
        await pilot.press(key)
    await until(pilot, lambda: "Picture 1 of 6" in visible_text(pilot.app))


async def test_double_presses_on_every_screen_give_one_result_each(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await press_together(pilot, "tab", "space", "space")  # Start, focused, pressed twice
        await showing(pilot, AudienceScreen)
        await press_together(pilot, "1", "1")
        await showing(pilot, ProfileScreen)
        await press_together(pilot, "0", "0")
        await showing(pilot, ConsentScreen)
        await press_together(pilot, "1", "1")
        await showing(pilot, QuestionScreen)
        await until(pilot, lambda: "Question 1 " in visible_text(app))
        await answer_my_school_questions(pilot)
        await press_together(pilot, "1", "1")
        await showing(pilot, ReviewScreen)
        await press_together(pilot, "0", "0")
        await until(pilot, lambda: len(store.responses) == 1)
        await showing(pilot, AttractScreen)  # after the thank-you screen
        assert app.is_running
        assert len(store.responses) == 1
        assert len(app.screen_stack) == 2  # Textual's default screen and the attract screen


async def test_a_double_press_after_review_stores_nothing_twice(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_question(pilot)
        await answer_my_school_questions(pilot)
        await press_together(pilot, "1", "1")
        await showing(pilot, ReviewScreen)
        await press_together(pilot, "1", "1")  # change the first answer, twice as fast
        await showing(pilot, QuestionScreen)
        assert app.is_running


async def test_a_double_zero_on_help_goes_back_to_the_question_once(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_question(pilot)
        await pilot.press("1", "1", "3")
        question = app.screen
        await pilot.press("h")
        await showing(pilot, HelpScreen)
        await press_together(pilot, "0", "0")
        await until(pilot, lambda: app.screen is question)
        assert "What makes school hard" in visible_text(app)
        assert question.query_one(MultipleChoiceAnswer).chosen_values() == ["noise", "friends"]
        assert len([s for s in app.screen_stack if isinstance(s, HelpScreen)]) == 0


async def test_help_pressed_twice_opens_one_help_screen(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_question(pilot)
        question = app.screen
        await press_together(pilot, "h", "h")
        await showing(pilot, HelpScreen)
        assert len([s for s in app.screen_stack if isinstance(s, HelpScreen)]) == 1
        await pilot.press("0")
        await until(pilot, lambda: app.screen is question)


async def test_enter_starts_on_the_attract_screen(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await showing(pilot, AudienceScreen)


async def test_a_double_click_on_a_button_answers_once(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await showing(pilot, AudienceScreen)
        button = next(b for b in app.screen.query(ChoiceButton) if b.key == "1")
        for _ in range(2):  # both clicks queued before the first is handled
            button.post_message(events.Click(button, 2, 1, 0, 0, 1, False, False, False))
        await showing(pilot, ProfileScreen)
        await pilot.pause(0.1)
        assert isinstance(app.screen, ProfileScreen)
        assert app.is_running


async def test_f2_while_staff_mode_is_open_opens_nothing_more_and_close_still_closes(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await showing(pilot, StaffPinScreen)
        await pilot.press("f2", "f2")
        assert len([s for s in app.screen_stack if isinstance(s, StaffPinScreen)]) == 1
        await give_pin(app, pilot, "4829")
        await showing(pilot, StaffScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert [type(s) for s in app.screen_stack].count(StaffScreen) == 1
        assert not any(isinstance(s, StaffPinScreen) for s in app.screen_stack)
        await pilot.click("#close")
        await until(pilot, lambda: not app.is_running)


async def test_a_pile_pressed_after_the_pictures_moved_on_is_ignored(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_picture_sort(pilot)
        sorter = app.screen.query_one(PictureSortAnswer)
        pile = sorter.query(ChoiceButton).first()
        sorter.forget()  # the question moved on while this touch was still on its way
        sorter.post_message(ChoiceButton.Pressed(pile))
        await pilot.pause()
        await pilot.pause()
        assert app.is_running


async def handled_late(pilot: Pilot[None], moment: float, *made: events.Event) -> None:
    """Let the kiosk handle `made` only now, as if made at `moment` (with the press before,
    in one terminal read or one double click, on a machine too busy to keep up)."""
    for event in made:
        event.time = moment
        pilot.app.post_message(event)
    await pilot.pause()
    await pilot.pause()


async def test_a_key_made_with_the_one_that_answered_does_not_answer_the_next_question(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_question(pilot)
        await until(pilot, lambda: "How do you feel about school?" in visible_text(app))
        together = textual_clock()  # "1" pressed twice, in one terminal read
        await pilot.press("1")  # Very sad: "What makes school hard?" comes next, in place
        await until(pilot, lambda: "What makes school hard" in visible_text(app))
        await handled_late(pilot, together, events.Key("1", "1"))
        await pilot.press("2")  # made now: handled after the late one, and taken
        assert app.screen.query_one(MultipleChoiceAnswer).chosen_values() == ["work"]


async def test_a_key_made_with_the_one_that_chose_does_not_act_on_the_next_screen(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_question(pilot)
        await answer_my_school_questions(pilot)
        together = textual_clock()
        await pilot.press("1")
        await showing(pilot, ReviewScreen)
        await handled_late(pilot, together, events.Key("1", "1"))  # would change answer 1
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("1")  # a press made once the check screen is up still works
        await showing(pilot, QuestionScreen)


async def test_a_double_click_that_moved_the_kiosk_on_does_not_click_the_next_screen(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await showing(pilot, AudienceScreen)
        together = textual_clock()
        await pilot.press("1")
        await showing(pilot, ProfileScreen)
        await pilot.pause()
        next_button = next(b for b in app.screen.query(ChoiceButton) if b.key == "0")
        x, y = next_button.region.center
        await handled_late(pilot, together, *terminal_click(x, y))  # the second click
        assert isinstance(app.screen, ProfileScreen)
        for event in terminal_click(x, y):  # the same click, made now, is taken
            app.post_message(event)
        await showing(pilot, ConsentScreen)


MOUSE_PRESS = (events.MouseDown, events.MouseUp)


def terminal_click(x: float, y: float) -> list[events.Event]:
    """A touch at (x, y), as the terminal reports it."""
    return [kind(None, x, y, 0, 0, 1, False, False, False, x, y) for kind in MOUSE_PRESS]


async def test_a_double_tap_on_a_pile_sorts_one_picture_not_the_next_unseen(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_picture_sort(pilot)
        together = textual_clock()
        await pilot.press("1")
        await until(pilot, lambda: "Picture 2 of 6" in visible_text(app))
        await handled_late(pilot, together, events.Key("1", "1"))
        await pilot.press("2")  # made now: handled after the late one, and taken
        await until(pilot, lambda: "Picture 3 of 6" in visible_text(app))
        assert list(app.screen.query_one(PictureSortAnswer).sorted.values()) == ["like", "not_sure"]


async def test_a_tap_pressed_before_the_next_picture_and_lifted_after_it_sorts_nothing(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await to_the_picture_sort(pilot)
        sorter = app.screen.query_one(PictureSortAnswer)
        pile = next(b for b in sorter.query(ChoiceButton) if b.key == "1")
        x, y = pile.region.center
        together = textual_clock()
        for event in terminal_click(x, y):  # the first tap
            app.post_message(event)
        await until(pilot, lambda: "Picture 2 of 6" in visible_text(app))
        press, lift = terminal_click(x, y)  # the second: pressed with the first, lifted now
        await handled_late(pilot, together, press)
        app.post_message(lift)
        await pilot.press("2")
        await until(pilot, lambda: "Picture 3 of 6" in visible_text(app))
        assert list(sorter.sorted.values()) == ["like", "not_sure"]
