"""Staff mode in the kiosk: only with the PIN, the only way out, and never a participant's answers."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Button

from accessibility.speaker import RecordingSpeaker
from kiosk.pin import StaffPin
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.staff import MENU, StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from tests.ui.buttons import choose
from tests.ui.helpers import SIZE, give_pin, start, until, visible_text
from tests.ui.staff_helpers import table_row
from tests.ui.steps import answer, at_question, press_next, switch


async def test_f2_and_the_pin_open_staff_mode_mid_survey_and_back_keeps_the_answers(
    kiosk: Callable[..., KioskApp], pin: StaffPin
) -> None:
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("5")
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, StaffPinScreen))
        await give_pin(app, pilot, "1234")
        assert isinstance(app.screen, StaffPinScreen)
        await give_pin(app, pilot, "4829")
        await until(pilot, lambda: "Answers kept on this kiosk: 0" in visible_text(app))
        assert isinstance(app.screen, StaffScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, QuestionScreen))
        question = app.screen
        assert isinstance(question, QuestionScreen)
        assert question.step is not None
        assert question.step.progress == "2 of 6"
        assert app.is_running


async def test_close_the_kiosk_is_only_in_staff_mode(
    kiosk: Callable[..., KioskApp], pin: StaffPin
) -> None:
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q", "escape")
        assert app.is_running
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, StaffPinScreen))
        await give_pin(app, pilot, "4829")
        await until(pilot, lambda: isinstance(app.screen, StaffScreen) and app.screen.is_mounted)
        await pilot.pause()
        await pilot.click("#close")
        await until(pilot, lambda: not app.is_running)


async def test_closing_the_kiosk_mid_survey_keeps_the_answers_as_walking_away_would(
    kiosk: Callable[..., KioskApp], pin: StaffPin, store: MemoryStore
) -> None:
    """Before, closing with someone part way lost their answers, which a timeout keeps."""
    app = kiosk("event-feedback", staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "enjoyed", "Very happy")
        await answer(pilot, "best_part", "Meeting people")
        await at_question(pilot, "come_again")
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, StaffPinScreen))
        await give_pin(app, pilot, "4829")
        await until(pilot, lambda: isinstance(app.screen, StaffScreen) and app.screen.is_mounted)
        await pilot.press("0")
        await until(pilot, lambda: not app.is_running)
    [kept] = store.responses
    assert kept.complete is False
    assert [a.question for a in kept.answers] == ["enjoyed", "best_part"]


async def test_every_staff_menu_button_shows_its_words_in_the_kiosk(
    kiosk: Callable[..., KioskApp], pin: StaffPin
) -> None:
    """The kiosk's own styles (the attract screen's #event and #feedback) never reach the menu."""
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, StaffPinScreen))
        await give_pin(app, pilot, "4829")
        await until(pilot, lambda: isinstance(app.screen, StaffScreen) and app.screen.is_mounted)
        await until(pilot, lambda: "7  Event and survey" in visible_text(app))
        assert "y  You said, we did" in visible_text(app)
        buttons = list(app.screen.query(Button))
        assert len(buttons) == len(MENU)
        assert {b.region.height for b in buttons} == {3}
        assert {b.styles.border_top[0] for b in buttons} == {"tall"}  # all drawn alike


async def test_a_preview_can_be_closed_with_ctrl_q(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk(preview=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await until(pilot, lambda: not app.is_running)


async def test_staff_counts_include_the_parents_survey(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk(staff_pin=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await until(pilot, lambda: "Answers kept" in visible_text(app))
        await pilot.press("1")
        await until(pilot, lambda: "Not exported yet: 0" in visible_text(app))
        assert table_row(app, "I am a young person")[0] == "My school and my support"
        assert table_row(app, "I am a parent or carer")[0].startswith("Your child's school")


async def test_participants_are_told_when_sound_is_not_working(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    speaker.problem = "espeak-ng is not installed. Ask IT to run: sudo apt-get install espeak-ng"
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")  # read aloud is on from the start
        await until(pilot, lambda: "Sound is not working" in visible_text(app))
        text = visible_text(app)
        assert "Sound is not working. Please tell a member of staff." in text
        assert "espeak-ng" not in text  # the cause and fix are for staff only
        await choose(pilot, "young person", part=True)
        await switch(pilot, "Read it to me")  # off
        await press_next(pilot)
        assert "Sound is not working" not in visible_text(app)
