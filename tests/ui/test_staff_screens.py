"""Staff mode: the PIN screen and the staff screen, driven as staff would."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Label, Static

from accessibility.speaker import RecordingSpeaker
from kiosk.pin import StaffPin
from kiosk.staff import StaffReport, staff_report
from kiosk.store import MemoryStore
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from surveys.catalog import load_builtin
from surveys.flow import Flow
from tests.ui.helpers import give_pin


class Host(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []


async def test_staff_choose_a_pin_the_first_time_and_must_type_it_twice(tmp_path: Path) -> None:
    app = Host()
    pin = StaffPin(tmp_path)
    async with app.run_test() as pilot:
        app.push_screen(StaffPinScreen(pin), app.results.append)
        await pilot.pause()
        await give_pin(app, pilot, "12")
        assert "4 to 8 numbers" in str(app.screen.query_one("#pin-message", Label).render())
        await give_pin(app, pilot, "4829")
        await give_pin(app, pilot, "4820")
        assert "not the same" in str(app.screen.query_one("#pin-message", Label).render())
        await give_pin(app, pilot, "4829")
        await give_pin(app, pilot, "4829")
    assert app.results == [True]
    assert pin.is_set
    assert pin.check("4829").ok


async def test_a_wrong_pin_keeps_staff_mode_closed_and_says_to_wait(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    app = Host()
    async with app.run_test() as pilot:
        app.push_screen(StaffPinScreen(pin), app.results.append)
        await pilot.pause()
        for _ in range(3):
            await give_pin(app, pilot, "1111")
        assert isinstance(app.screen, StaffPinScreen)
        message = str(app.screen.query_one("#pin-message", Label).render())
        assert message == "That PIN is not right. Please wait 5 seconds and try again."
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [False]


def report_with_answers() -> StaffReport:
    store = MemoryStore()
    survey = load_builtin("event-feedback")
    for audience, code in (
        ("young_person", "AAA-AAA"),
        ("young_person", "BBB-BBB"),
        ("other", "CCC-CCC"),
    ):
        flow = Flow(survey, audience)
        flow.answer(3)
        flow.answer("food")
        flow.answer("yes")
        flow.answer("A secret wish for more slides")
        store.save(flow.finish("myself", code))
    speaker = RecordingSpeaker()
    speaker.problem = "espeak-ng is not installed. Ask IT to run: sudo apt-get install espeak-ng"
    return staff_report(store, speaker, [survey])


async def test_staff_see_counts_and_speech_trouble_but_never_answers() -> None:
    report = report_with_answers()
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffScreen(lambda: report, RecordingSpeaker(), "en"), app.results.append)
        await pilot.pause()
        shown = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert "Answers kept on this kiosk: 3" in shown
        assert "Tell us about today · I am a young person: 2" in shown
        assert "Tell us about today · Someone else: 1" in shown
        assert "sudo apt-get install espeak-ng" in shown
        assert "slides" not in shown
        await pilot.click("#back")
        await pilot.pause()
    assert app.results == ["kiosk"]


async def test_the_speech_check_reports_what_happened() -> None:
    speaker = RecordingSpeaker()
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffScreen(report_with_answers, speaker, "en"))
        await pilot.pause()
        assert app.focused is not None
        assert app.focused.id == "speech-check"  # Enter works straight away
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(app.screen.query_one("#staff-speech", Static).render()) == "Speech is working."
        speaker.problem = "The computer could not play sound. Check the speakers."
        await pilot.pause(0.3)  # a button ignores a second press within 0.2 s
        await pilot.click("#speech-check")
        await app.workers.wait_for_complete()
        await pilot.pause()
        message = str(app.screen.query_one("#staff-speech", Static).render())
        assert message == "The computer could not play sound. Check the speakers."
    assert speaker.spoken[0].startswith("This is the Say So speech check")
