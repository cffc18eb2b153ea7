"""A hung or missing speech engine never freezes the kiosk: the real speech service, driven by Pilot."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest

from accessibility.speaker import Rate, RecordingSpeaker, SpeechCheck, SpeechListener
from accessibility.speech import SpeechService
from accessibility.speech.synthesiser import OpenSynthesiser
from kiosk.startup import LoadedKiosk
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp, make_app
from kiosk.ui.screens.question import QuestionScreen
from surveys.catalog import load_builtin
from tests.ui.helpers import SIZE, until, until_screen, visible_text
from tests.unit.speech.speech_fakes import hangs_when_speaking


class TimedSpeaker:
    """Passes every call to the real service and notes how long the UI thread waited."""

    def __init__(self, real: SpeechService) -> None:
        self.real = real
        self.waits: list[float] = []

    def _timed(self, call: Callable[[], object]) -> None:
        started = time.perf_counter()
        call()
        self.waits.append(time.perf_counter() - started)

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        self._timed(lambda: self.real.say(text, language, rate))

    def stop(self) -> None:
        self._timed(self.real.stop)

    @property
    def problem(self) -> str | None:
        started = time.perf_counter()
        problem = self.real.problem
        self.waits.append(time.perf_counter() - started)
        return problem

    def check(self, language: str = "en", timeout: float = 5.0) -> SpeechCheck:
        return self.real.check(language, timeout)

    def listen(self, listener: SpeechListener | None) -> None:
        self.real.listen(listener)

    def close(self) -> None:
        self.real.close()


@pytest.fixture(params=["hangs when speaking", "no such engine"])
def broken_speech(request: pytest.FixtureRequest) -> Iterator[TimedSpeaker]:
    engine: str | OpenSynthesiser = (
        hangs_when_speaking if request.param == "hangs when speaking" else "no-such-engine"
    )
    service = SpeechService(
        engine, player=["true"], start_timeout=2, render_timeout=1, retry_after=30
    )
    yield TimedSpeaker(service)
    service.close()


async def test_broken_speech_never_blocks_the_ui_and_participants_are_told(
    broken_speech: TimedSpeaker,
) -> None:
    app = make_app(LoadedKiosk(load_builtin("my-school"), MemoryStore(), broken_speech))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "0", "1")  # start, young person, Next, Yes
        await until_screen(pilot, QuestionScreen)
        for answer in ("5", "1", "1"):  # each answer moves on while speech is stuck
            before = shown_step(app)
            await pilot.press(answer)
            moved_on = partial(lambda was: shown_step(app) not in (None, was), before)
            await until(pilot, moved_on, failure="the kiosk did not move on")
        await until(
            pilot, lambda: broken_speech.real.problem is not None, failure="speech never gave up"
        )
        note = "Sound is not working. Please tell a member of staff."
        await until(pilot, lambda: note in visible_text(app), failure="no sound note")
    assert len(broken_speech.waits) > 10
    assert max(broken_speech.waits) < 0.1  # no call the screen makes into speech ever waits


def shown_step(app: KioskApp) -> object:
    """The question step on screen now, or None on any other screen."""
    return app.screen.step if isinstance(app.screen, QuestionScreen) else None


SPEECH_STARTED_IN_A_RUNNING_APP = """
import asyncio, sys, time
from pathlib import Path
from textual.app import App
from accessibility.speech import SpeechService

async def main(log: str) -> None:
    async with App().run_test() as pilot:  # Textual now holds standard error
        service = SpeechService(player=["sh", "-c", 'echo "$1" >> ' + log, "player"])
        service.say("Question 1 of 6. How do you feel about school?")
        deadline = time.monotonic() + 20
        while not Path(log).exists() and service.problem is None and time.monotonic() < deadline:
            await pilot.pause(0.1)
        print("problem:", service.problem)
        service.close()

if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
"""


def test_speech_starts_while_textual_holds_standard_error(tmp_path: Path) -> None:
    """A worker started (or restarted) while the kiosk runs must not need the real stderr."""
    script = tmp_path / "speech_in_app.py"
    script.write_text(SPEECH_STARTED_IN_A_RUNNING_APP, encoding="utf-8")
    log = tmp_path / "played.txt"
    result = subprocess.run(
        [sys.executable, str(script), str(log)],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert "problem: None" in result.stdout, result.stdout + result.stderr
    played = log.read_text(encoding="utf-8").split()
    assert played
    assert played[0].endswith(".wav")


async def test_the_sound_note_appears_as_soon_as_speech_reports_a_problem(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "0", "1")  # start, young person (read aloud is on), Yes
        await until_screen(pilot, QuestionScreen)
        assert "Sound is not working" not in visible_text(app)
        speaker.problem = "The computer could not play sound. Check the speakers."
        await until(pilot, lambda: "Sound is not working" in visible_text(app))  # no key pressed
        assert "speakers" not in visible_text(app)  # the cause is for staff only
