"""Staff mode left alone locks itself: the next person never finds the menu or the PIN box open."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.pin import StaffPin
from kiosk.staff_audit import AuditLog
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.still_there import StillThereScreen
from tests.ui.helpers import SIZE, give_pin, start, until, until_screen, visible_text
from tests.ui.steps import answer, type_words

SECRET = "Zebra crossing by the gate"


async def test_a_pin_box_left_over_a_survey_goes_and_the_kiosk_starts_again(
    kiosk: Callable[..., KioskApp], pin: StaffPin, store: MemoryStore
) -> None:
    """Someone pressed F2 half way and walked off: before, the PIN box stayed up for ever
    over their answers, and the next person pressed Escape and saw them."""
    app = kiosk(
        "event-feedback",
        staff_pin=pin,
        idle_seconds=3.0,
        still_there_seconds=1.0,
        pin_quiet_seconds=1.0,
    )
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "enjoyed", "Very happy")
        await answer(pilot, "best_part", "Meeting people")
        await answer(pilot, "come_again", "Yes")
        await type_words(pilot, SECRET)
        await pilot.press("f2")
        await until_screen(pilot, StaffPinScreen)
        await until_screen(pilot, StillThereScreen)  # the PIN box went; they are asked
        await until_screen(pilot, AttractScreen)
        assert SECRET not in visible_text(app)
        assert len(app.screen_stack) == 2  # Textual's base screen and the attract screen
        await pilot.press("f2")  # staff mode still opens for staff
        await until_screen(pilot, StaffPinScreen)
    [kept] = store.responses  # the survey keeps answers left part way: kept as after walking off
    assert kept.complete is False
    assert [a.question for a in kept.answers] == ["enjoyed", "best_part", "come_again"]


async def test_the_staff_menu_left_open_locks_itself_so_the_next_person_cannot_use_it(
    kiosk: Callable[..., KioskApp], pin: StaffPin
) -> None:
    # 5 s: time to check the PIN and count the answers on a busy machine before the lock
    app = kiosk(staff_pin=pin, idle_seconds=3600, staff_quiet_seconds=5.0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await until_screen(pilot, StaffPinScreen)
        await give_pin(app, pilot, "4829")
        await until(pilot, lambda: "Answers kept on this kiosk" in visible_text(app))
        await pilot.press("1")  # Counts, then staff are called away
        await until(pilot, lambda: "Not exported yet" in visible_text(app))
        await until_screen(pilot, AttractScreen)
        assert len(app.screen_stack) == 2
        await pilot.press("0")  # Close the kiosk, were the menu still there
        await pilot.press("f2")
        await until_screen(pilot, StaffPinScreen)  # the PIN is asked again
        assert app.is_running
    log = [entry.describe() for entry in AuditLog(pin.data_dir).recent()]
    assert any("Staff mode locked itself" in line for line in log)


async def test_staff_mode_in_use_stays_open_and_locks_back_to_the_participant(
    kiosk: Callable[..., KioskApp], pin: StaffPin
) -> None:
    """Staff helping at the kiosk are not locked out while they press keys; left alone, the
    participant's own question comes back, still theirs until their own time runs out."""
    app = kiosk(staff_pin=pin, idle_seconds=3600, staff_quiet_seconds=1.5)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("5")
        await pilot.press("f2")
        await until_screen(pilot, StaffPinScreen)
        await give_pin(app, pilot, "4829")
        await until_screen(pilot, StaffScreen)
        for _ in range(8):  # staff moving about the menu for longer than the quiet time
            await pilot.press("tab")
            await pilot.pause(0.4)
            assert isinstance(app.screen, StaffScreen)
        await until_screen(pilot, QuestionScreen)
        question = app.screen
        assert isinstance(question, QuestionScreen)
        assert question.step is not None
        assert question.step.progress == "2 of 6"
