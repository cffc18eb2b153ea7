"""Loading 'you said, we did' in staff mode: a good file is kept and shown, anything else is
refused plainly and nothing changes."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from accessibility.speaker import RecordingSpeaker
from kiosk.feedback.bundle import make_feedback
from kiosk.feedback.folder import FEEDBACK_FILE
from kiosk.keys import KeyFolder, OrganiserKeyPair
from kiosk.startup import LoadedKiosk
from kiosk.store import MemoryStore
from kiosk.ui.app import make_app
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.staff_feedback import FeedbackFiles, FeedbackPage
from surveys.catalog import load_builtin
from tests.ui.helpers import SIZE, until, visible_text
from tests.ui.staff_helpers import Host, shown, staff_session

LINES = ["🎲  You said: The games were fun.", "    We did: We bought 2 new games."]


def flat(app: Host) -> str:
    """The words on screen with line breaks as spaces (messages wrap)."""
    return " ".join(shown(app).split())


def kiosk_folder(tmp_path: Path) -> tuple[Path, OrganiserKeyPair]:
    """A kiosk data folder that trusts a new organiser."""
    pair = OrganiserKeyPair.generate()
    data = tmp_path / "kiosk"
    KeyFolder.of(data).save_organiser_public(pair.public)
    return data, pair


def usb_with(tmp_path: Path, data: bytes) -> Path:
    """A 'USB stick' folder holding one feedback file."""
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "said.sayso-feedback").write_bytes(data)
    return usb


def signed(pair: OrganiserKeyPair) -> bytes:
    return make_feedback(
        pair, "You said, we did", LINES, date(2026, 4, 1), {}, survey_id="my-school", answered=142
    )


async def choose_the_file(app: Host | object, pilot: object) -> None:
    """Move down to the one file in the folder and press Enter, as staff would."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    assert isinstance(app, Host)
    await until(pilot, lambda: "said.sayso-feedback" in shown(app))
    app.screen.query_one(FeedbackFiles).focus()
    await pilot.press("down", "enter")


async def test_a_good_file_is_loaded_and_shown(tmp_path: Path) -> None:
    data, pair = kiosk_folder(tmp_path)
    session = staff_session(data)
    session.folder_root = usb_with(tmp_path, signed(pair))
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(FeedbackPage(session))
        await choose_the_file(app, pilot)
        await until(pilot, lambda: "Loaded 'You said, we did'" in flat(app))
        await until(pilot, lambda: "142 people answered" in flat(app))
        await until(pilot, lambda: "We bought 2 new games." in flat(app))
    assert (data / FEEDBACK_FILE).read_bytes() == (
        session.folder_root / "said.sayso-feedback"
    ).read_bytes()


async def test_a_tampered_file_is_refused_and_nothing_is_kept(tmp_path: Path) -> None:
    data, pair = kiosk_folder(tmp_path)
    changed = bytearray(signed(pair))
    changed[-5] ^= 0x01
    session = staff_session(data)
    session.folder_root = usb_with(tmp_path, bytes(changed))
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(FeedbackPage(session))
        await choose_the_file(app, pilot)
        await until(pilot, lambda: "Nothing was loaded." in flat(app))
        assert "changed after it was signed" in flat(app)
    assert not (data / FEEDBACK_FILE).exists()


async def test_another_organisers_file_is_refused(tmp_path: Path) -> None:
    data, _ = kiosk_folder(tmp_path)
    session = staff_session(data)
    session.folder_root = usb_with(tmp_path, signed(OrganiserKeyPair.generate()))
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(FeedbackPage(session))
        await choose_the_file(app, pilot)
        await until(pilot, lambda: "not signed by the organiser this kiosk trusts" in flat(app))
    assert not (data / FEEDBACK_FILE).exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
async def test_a_named_pipe_on_the_stick_is_refused_at_once(tmp_path: Path) -> None:
    """Reading a pipe would wait for ever, and the kiosk could then never close."""
    data, _ = kiosk_folder(tmp_path)
    session = staff_session(data)
    usb = tmp_path / "usb"
    usb.mkdir()
    os.mkfifo(usb / "said.sayso-feedback")
    session.folder_root = usb
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(FeedbackPage(session))
        await choose_the_file(app, pilot)
        await until(pilot, lambda: "Nothing was loaded." in flat(app))
        assert "This is not a 'you said, we did' feedback file." in flat(app)
    assert not (data / FEEDBACK_FILE).exists()


async def test_the_start_screen_shows_new_feedback_at_once(tmp_path: Path) -> None:
    data, pair = kiosk_folder(tmp_path)
    session = staff_session(data)
    session.folder_root = usb_with(tmp_path, signed(pair))
    store = MemoryStore()
    app = make_app(LoadedKiosk(load_builtin("my-school"), store, RecordingSpeaker()))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, AttractScreen))
        assert "We bought 2 new games." not in visible_text(app)
        app.push_screen(FeedbackPage(session))
        await until(pilot, lambda: "said.sayso-feedback" in visible_text(app))
        app.screen.query_one(FeedbackFiles).focus()
        await pilot.press("down", "enter")
        await until(pilot, lambda: "Loaded 'You said, we did'" in visible_text(app))
        await pilot.press("escape")
        await until(pilot, lambda: "We bought 2 new games." in visible_text(app))
        assert app.feedback is not None
        assert app.feedback.answered == 142
