"""Staff mode: the PIN screen and the staff screen, driven as staff would."""

from __future__ import annotations

import errno
from pathlib import Path

from textual.app import App
from textual.widgets import Input, Label

from accessibility.speaker import RecordingSpeaker
from kiosk.pin import (
    LOCK_OUT_TRIES,
    LOCKED_MESSAGE,
    LOCKED_OUT_MESSAGE,
    NOT_SET_MESSAGE,
    PIN_FILE,
    PinStatus,
    StaffPin,
)
from kiosk.safe_files import write_file_atomically
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.staff_speech import SpeechPage
from tests.ui.helpers import give_pin, until
from tests.ui.staff_helpers import Host, shown, staff_session, table_row


def message_on(app: App[None]) -> str:
    return str(app.screen.query_one("#pin-message", Label).render())


def prompt_on(app: App[None]) -> str:
    found = app.screen.query("#pin-prompt").results(Label)
    return "".join(str(label.render()) for label in found)


async def test_a_kiosk_with_no_pin_never_offers_to_choose_one(tmp_path: Path) -> None:
    app = Host()
    pin = StaffPin(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffPinScreen(pin), app.results.append)
        await until(pilot, lambda: prompt_on(app) == NOT_SET_MESSAGE)
        assert not app.screen.query_one(Input).display
        for typed in ("4829", "4829"):
            await pilot.press(*typed, "enter")
        await pilot.pause()
        assert app.results == []
        assert "sayso staff pin" in prompt_on(app)
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [False]
    assert pin.status is PinStatus.NOT_SET


async def test_a_lost_pin_file_says_staff_mode_is_locked_and_how_to_recover(
    tmp_path: Path,
) -> None:
    StaffPin(tmp_path).set("4829")
    (tmp_path / PIN_FILE).write_text("", encoding="utf-8")  # emptied
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffPinScreen(StaffPin(tmp_path)), app.results.append)
        await until(pilot, lambda: prompt_on(app) == LOCKED_MESSAGE)
        assert "sayso staff pin --reset" in prompt_on(app)
        assert "Choose" not in prompt_on(app)
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [False]


async def test_the_right_pin_opens_even_when_the_disk_is_full_and_staff_are_told(
    tmp_path: Path,
) -> None:
    writes_fail = False

    def writer(path: Path, data: bytes, mode: int) -> None:
        if writes_fail:
            raise OSError(errno.ENOSPC, "No space left on device")
        write_file_atomically(path, data, mode)

    pin = StaffPin(tmp_path, write=writer)
    pin.set("4829")
    writes_fail = True
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffPinScreen(pin), app.results.append)
        await until(pilot, lambda: getattr(app.screen, "ready", False))
        await give_pin(app, pilot, "1111")
        assert "That PIN is not right." in message_on(app)
        assert "(the disk is full)" in message_on(app)
        await give_pin(app, pilot, "4829")
        assert message_on(app).startswith("PIN accepted. The kiosk could not save")
        assert "Press Enter to open staff mode." in message_on(app)
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == [True]


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
        assert message_on(app) == "That PIN is not right. Please wait 5 seconds and try again."
        await give_pin(app, pilot, "4829")
        assert message_on(app) == "Please wait 5 seconds, then type the PIN again."
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [False]


async def test_staff_see_counts_and_speech_trouble_but_never_answers(tmp_path: Path) -> None:
    session = staff_session(tmp_path)
    speaker = session.speaker
    assert isinstance(speaker, RecordingSpeaker)
    speaker.problem = "espeak-ng is not installed. Ask IT to run: sudo apt-get install espeak-ng"
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffScreen(session), app.results.append)
        await until(pilot, lambda: "Answers kept on this kiosk: 3" in shown(app))
        assert "Something needs looking at" in shown(app)
        await pilot.press("1")
        await until(pilot, lambda: "Not exported yet: 3" in shown(app))
        # survey, who, today, in total, not exported yet
        young = ["Tell us about today", "I am a young person", "2", "2", "2"]
        assert table_row(app, "I am a young person") == young
        other = ["Tell us about today", "Someone else", "1", "1", "1"]
        assert table_row(app, "Someone else") == other
        assert "slides" not in shown(app)
        await pilot.press("escape", "4")
        await until(pilot, lambda: "sudo apt-get install espeak-ng" in shown(app))
        assert "slides" not in shown(app)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StaffScreen))
        await pilot.click("#lock")
        await until(pilot, lambda: app.results == ["kiosk"])


async def test_the_speech_check_reports_what_happened(tmp_path: Path) -> None:
    session = staff_session(tmp_path)
    speaker = session.speaker
    assert isinstance(speaker, RecordingSpeaker)
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(SpeechPage(session))
        await until(pilot, lambda: app.focused is not None)
        assert app.focused is not None
        assert app.focused.id == "speech-check"  # Enter works straight away
        await pilot.press("enter")
        await until(pilot, lambda: "Speech is working." in shown(app))
        speaker.problem = "The computer could not play sound. Check the speakers."
        await pilot.pause(0.3)  # a button ignores a second press within 0.2 s
        await pilot.click("#speech-check")
        await until(pilot, lambda: "Check the speakers." in shown(app))
    assert speaker.spoken[0].startswith("This is the Say So speech check")


async def test_pins_typed_in_quick_succession_are_each_counted(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = StaffPinScreen(pin)
        app.push_screen(screen, app.results.append)
        await until(pilot, lambda: screen.ready)
        for _ in range(3):  # no waiting for an answer between them
            await pilot.press("1", "1", "1", "1", "enter")
        await until(pilot, lambda: not screen.checking)
        assert "Please wait" in message_on(app)
        assert pin.wait_seconds() > 0


async def test_the_tenth_wrong_pin_locks_staff_mode_and_says_who_can_unlock_it(
    tmp_path: Path,
) -> None:
    later = iter(range(10**9, 10**10, 3600))  # an hour between tries: no waits
    pin = StaffPin(tmp_path, clock=lambda: float(next(later)))
    pin.set("4829")
    for _ in range(LOCK_OUT_TRIES - 1):
        pin.check("0000")
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(StaffPinScreen(pin), app.results.append)
        await give_pin(app, pilot, "1111")
        await until(pilot, lambda: prompt_on(app) == LOCKED_OUT_MESSAGE)
        assert not app.screen.query_one(Input).display
        await pilot.press("escape")
        await until(pilot, lambda: app.results == [False])
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:  # as after a restart
        app.push_screen(StaffPinScreen(StaffPin(tmp_path)), app.results.append)
        await until(pilot, lambda: prompt_on(app) == LOCKED_OUT_MESSAGE)
