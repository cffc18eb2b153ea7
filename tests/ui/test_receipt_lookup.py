"""'I have a code' on the attract screen: the day answers were saved and what was done, never
the answers; wrong codes said kindly and slowed down; spoken, in the kiosk's language."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from accessibility.speaker import RecordingSpeaker
from kiosk.lookup.receipts import LookupResult, look_up
from kiosk.pin import StaffPin
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.feedback import Feedback
from kiosk.ui.screens import code_entry, lookup_screen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.code_entry import CodeEntryScreen
from kiosk.ui.screens.code_found import CodeFoundScreen, TakeBackScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.words import day_in_words
from surveys.response import Response
from tests.ui.helpers import SIZE, fixture_survey, until, until_screen, visible_text
from tests.unit.store.store_helpers import sample_response

SAID = Feedback(
    "You said, we did",
    ("🎲  You said: The games were fun.", "    We did: We bought 2 new games."),
    "my-school",
    142,
)


def saved(store: MemoryStore, survey_id: str = "my-school") -> Response:
    """One response kept in `store`, as the kiosk would have saved it."""
    response = sample_response(7, survey_id=survey_id)
    store.save(response)
    return response


async def type_code(pilot: object, typed: str) -> None:
    """Press each key of `typed`, then Enter."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press(*["space" if ch == " " else ch for ch in typed], "enter")


async def test_a_right_code_says_the_day_and_what_was_done_never_the_answers(
    kiosk: Callable[..., KioskApp], store: MemoryStore, speaker: RecordingSpeaker, tmp_path: Path
) -> None:
    response = saved(store)
    day = day_in_words(response.finished_at.astimezone().date())
    app = kiosk(feedback=SAID, staff_pin=StaffPin(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "I have a code" in visible_text(app))
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        assert "I need help" in visible_text(app)
        await type_code(pilot, response.receipt.lower().replace("-", " - "))
        await until_screen(pilot, CodeFoundScreen)
        await until(pilot, lambda: f"We got your answers on {day}." in visible_text(app))
        text = visible_text(app)
        assert "142 people answered. Here is what we did." in text
        assert "We bought 2 new games." in text
        assert "I need help" in text
        spoken = speaker.spoken[-1]
        assert spoken.startswith(f"We got your answers on {day}.\n142 people answered.")
        assert "Press 1 for I want to take my answers back." in spoken
        assert "answer number 7" not in text + spoken  # the free-text answer stays sealed
        await pilot.press("0")
        await until_screen(pilot, AttractScreen)
    assert store.has_receipt(response.receipt)


async def test_feedback_for_another_survey_is_not_shown_with_the_code(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    response = saved(store, survey_id="my-school-parents")
    app = kiosk(feedback=SAID)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, response.receipt)
        await until(pilot, lambda: "We will share what we did soon." in visible_text(app))
        assert "142 people" not in visible_text(app)


async def test_the_letter_pad_types_a_code_for_touch_only_kiosks(
    kiosk: Callable[..., KioskApp], store: MemoryStore, speaker: RecordingSpeaker
) -> None:
    response = saved(store)
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#have-code")
        await until_screen(pilot, CodeEntryScreen)
        await pilot.click("#pad-Z")
        await pilot.click("#pad-delete")
        for character in response.receipt.replace("-", ""):
            await pilot.click(f"#pad-{character}")
        assert speaker.spoken[-1] == response.receipt[-1]
        await pilot.click("#code-find")
        await until_screen(pilot, CodeFoundScreen)


@pytest.mark.parametrize("typed", ["K0M-2QX", "kom2qx", "K7M-1QX", "K7M-IQX", "L7M-2QX"])
async def test_a_code_typed_with_a_look_alike_says_which_characters_codes_never_use(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker, tmp_path: Path, typed: str
) -> None:
    app = kiosk(staff_pin=StaffPin(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, typed)
        told = "Codes never use 0, O, 1, I or L. Please check the code."
        await until(pilot, lambda: told in visible_text(app))
        assert speaker.spoken[-1] == told
        await type_code(pilot, "hello")  # not a code, but no look-alike in it
        await until(pilot, lambda: "A code has 6 letters and numbers" in visible_text(app))


async def test_a_wrong_code_is_said_kindly_and_guesses_are_slowed_for_everyone(
    kiosk: Callable[..., KioskApp], store: MemoryStore, speaker: RecordingSpeaker, tmp_path: Path
) -> None:
    response = saved(store)
    app = kiosk(staff_pin=StaffPin(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, "hello")
        await until(pilot, lambda: "A code has 6 letters and numbers" in visible_text(app))
        await type_code(pilot, "ZZZ-ZZZ")
        wrong = "We could not find that code. Please check it and try again."
        await until(pilot, lambda: wrong in visible_text(app))
        assert speaker.spoken[-1] == wrong
        await type_code(pilot, "ZZZ-ZZY")  # a person reads the answer before the next try
        await until(pilot, lambda: speaker.spoken.count(wrong) == 2)
        await type_code(pilot, "ZZZ-ZZX")
        await until(pilot, lambda: "Please wait 5 seconds" in visible_text(app))
        await pilot.press("escape")  # the next participant, with the right code, waits too
        await until_screen(pilot, AttractScreen)
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, response.receipt)
        await until(pilot, lambda: "Please wait" in visible_text(app))
        assert isinstance(app.screen, CodeEntryScreen)
    assert (tmp_path / "receipt-lookups.json").is_file()  # kept for after a restart


async def test_the_attract_screen_tells_listeners_about_the_code(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        await until(pilot, lambda: bool(speaker.spoken))
        assert "Press C for I have a code." in speaker.spoken[-1]
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await until(pilot, lambda: speaker.spoken[-1].startswith("Type your code"))


async def test_a_welsh_kiosk_says_it_in_welsh(
    kiosk: Callable[..., KioskApp], store: MemoryStore, speaker: RecordingSpeaker
) -> None:
    survey = fixture_survey("welsh_first")
    response = saved(store, survey_id=survey.id)
    day = day_in_words(response.finished_at.astimezone().date(), "cy")
    app = kiosk(survey)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "Mae gen i god" in visible_text(app))
        await pilot.press("c")
        await until(pilot, lambda: "Teipia dy god" in visible_text(app))
        await type_code(pilot, "ZZZ-ZZZ")
        await until(pilot, lambda: "Doedden ni ddim yn gallu" in visible_text(app))
        await type_code(pilot, response.receipt)
        await until(pilot, lambda: f"Cawson ni dy atebion ar {day}." in visible_text(app))
        assert "Mehefin" in day
        assert "Dw i eisiau cymryd fy atebion yn ôl" in visible_text(app)
        assert speaker.spoken[-1].startswith("Cawson ni dy atebion")


async def test_a_lookup_left_alone_goes_back_to_the_start(
    kiosk: Callable[..., KioskApp], store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = saved(store)
    assert lookup_screen.IDLE_SECONDS == 60.0
    monkeypatch.setattr(CodeFoundScreen, "IDLE_SECONDS", 2.0)  # long enough to be seen
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, response.receipt)
        await until_screen(pilot, CodeFoundScreen)
        await until_screen(pilot, AttractScreen)  # the next person never sees the last code
        assert "We got your answers" not in visible_text(app)


async def test_are_you_sure_left_alone_deletes_nothing_and_goes_back_to_the_start(
    kiosk: Callable[..., KioskApp], store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = saved(store)
    monkeypatch.setattr(TakeBackScreen, "IDLE_SECONDS", 2.0)  # long enough to be seen
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, response.receipt)
        await until_screen(pilot, CodeFoundScreen)
        await pilot.press("1")
        await until_screen(pilot, TakeBackScreen)
        await until_screen(pilot, AttractScreen)
    assert store.has_receipt(response.receipt)


async def test_a_quick_next_try_is_not_wiped_by_the_last_answer(
    kiosk: Callable[..., KioskApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone who starts typing again before the answer to the last code comes keeps it."""
    looking, answer_may_come = slowed_look_up(monkeypatch)
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        screen = app.screen
        assert isinstance(screen, CodeEntryScreen)
        await type_code(pilot, "ZZZ-ZZZ")
        await until(pilot, looking.is_set)
        await pilot.press(*"K7M")  # the next try, while the kiosk still looks
        answer_may_come.set()
        wrong = "We could not find that code. Please check it and try again."
        await until(pilot, lambda: wrong in visible_text(app))
        assert screen.box.value == "K7M"


async def test_guesses_are_slowed_even_when_the_count_cannot_be_saved(
    kiosk: Callable[..., KioskApp], store: MemoryStore, speaker: RecordingSpeaker, tmp_path: Path
) -> None:
    """A full or broken disk must not open the door to guessing: before, each lookup counted
    from nothing in memory, so wrong codes were never slowed."""
    (tmp_path / "receipt-lookups.json").mkdir()  # the count's file can be neither read nor written
    saved(store)
    app = kiosk(staff_pin=StaffPin(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        wrong = "We could not find that code. Please check it and try again."

        def told_wrong() -> int:
            return sum(said.startswith(wrong) for said in speaker.spoken)

        for tries, guess in enumerate(("ZZZ-ZZZ", "ZZZ-ZZY", "ZZZ-ZZX"), start=1):
            await type_code(pilot, guess)  # a person reads each answer before the next try
            await until(pilot, lambda: told_wrong() >= tries)  # noqa: B023 (used at once)
        await until(pilot, lambda: "Please wait 5 seconds" in visible_text(app))
        await type_code(pilot, "ZZZ-ZZW")
        await until(pilot, lambda: speaker.spoken[-1].startswith("Please wait"))
        assert told_wrong() == 3  # the fourth guess was not looked up


def slowed_look_up(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Lookups that wait, as on a busy disk: (one has started, its answer may come)."""
    looking, answer_may_come = threading.Event(), threading.Event()

    def slow_look_up(*args: Any) -> LookupResult:
        looking.set()
        answer_may_come.wait(timeout=10)
        return look_up(*args)

    monkeypatch.setattr(code_entry, "look_up", slow_look_up)
    return looking, answer_may_come


def lookups_running(app: KioskApp) -> bool:
    return any(w.group == "code-lookup" and not w.is_finished for w in app.workers)


async def test_a_code_whose_person_went_back_is_never_shown_to_the_next(
    kiosk: Callable[..., KioskApp], store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer that comes after Back is dropped: it never opens over the start screen, where
    the next person could press 'take my answers back'."""
    response = saved(store)
    looking, answer_may_come = slowed_look_up(monkeypatch)
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, response.receipt)
        await until(pilot, looking.is_set)
        await pilot.press("escape")  # Back, before the answer came
        await until_screen(pilot, AttractScreen)
        answer_may_come.set()
        await until(pilot, lambda: not lookups_running(app))
        await pilot.pause()
        assert isinstance(app.screen, AttractScreen)
        assert "We got your answers" not in visible_text(app)
        assert len(app.screen_stack) == 2


async def test_a_code_found_while_staff_mode_is_open_waits_under_it(
    kiosk: Callable[..., KioskApp],
    store: MemoryStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Before, the answer opened on top of the staff PIN box (or the staff menu)."""
    response = saved(store)
    pin = StaffPin(tmp_path)
    pin.set("4829")
    looking, answer_may_come = slowed_look_up(monkeypatch)
    app = kiosk(staff_pin=pin)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await type_code(pilot, response.receipt)
        await until(pilot, looking.is_set)
        await pilot.press("f2")
        await until_screen(pilot, StaffPinScreen)
        answer_may_come.set()
        await until(pilot, lambda: not lookups_running(app))
        await pilot.pause()
        assert isinstance(app.screen, StaffPinScreen)
        await pilot.press("escape")  # staff go back: the participant's answer is there
        await until_screen(pilot, CodeFoundScreen)
