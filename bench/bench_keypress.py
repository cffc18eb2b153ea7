"""Keypress to next question painted, measured with Pilot over full surveys.

Run: .venv/bin/python bench/bench_keypress.py [ROUNDS]
Prints the median and the 99th percentile in milliseconds (targets: 16 ms and 40 ms), then
the same with "read it to me" on and the real speech service speaking every screen (espeak-ng
in its worker process; a 3-second `sleep` stands in for the audio player, as this machine has
no sound card), and the ratio speaking / idle (target: at most 1.2).
A "paint" is the moment the app hands a finished screen update to the terminal driver.
Keys are pressed 0.2 s apart (far quicker than anyone reads a question), so that each press,
like a participant's, finds the screen settled: Textual paints at most once per frame
(1/60 s), and a key pressed within a frame of the last paint would wait for the next frame.
For scale on the same machine, it also times a bare Textual app switching between screens
of 12 plain Buttons, measured the same way.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
from time import perf_counter
from typing import Any

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from textual.app import App, ComposeResult  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import Button  # noqa: E402

from accessibility.speaker import RecordingSpeaker, Speaker  # noqa: E402
from accessibility.speech import SpeechService  # noqa: E402
from kiosk.startup import LoadedKiosk  # noqa: E402
from kiosk.store import MemoryStore  # noqa: E402
from kiosk.ui.app import make_app  # noqa: E402
from kiosk.ui.screens.question import QuestionScreen  # noqa: E402
from kiosk.ui.settings import KioskSettings, Timings  # noqa: E402
from kiosk.ui.textual_private import watch_paints  # noqa: E402
from surveys.catalog import load_builtin  # noqa: E402

START = ("space", "1", "0", "1")
THINK = 0.2
"""Seconds between keypresses."""
QUESTION_KEYS = ("2", "1", "4", "0", "1", "1", *["1", "2", "3"] * 2, "4")


def showing(screen: Any) -> object:
    """What a screen shows: the question step on the question screen, else the screen itself."""
    return screen.step if isinstance(screen, QuestionScreen) else screen


def record_paints(app: App[Any]) -> list[tuple[float, object]]:
    """Record the time of every update the app paints, and what it showed then."""
    paints: list[tuple[float, object]] = []

    def note_paint(screen: Any, renderable: object) -> None:
        if renderable is not None:
            paints.append((perf_counter(), showing(screen)))

    watch_paints(app, note_paint)
    return paints


async def measure(rounds: int, speaker: Speaker, read_aloud: bool = False) -> list[float]:
    """Milliseconds from each keypress to the first paint of the next question.

    The question screen stays up and shows each question in turn, so a "next question" is a
    new step of the flow on screen; a keypress that only changes the same question (a
    multiple-choice toggle, the next picture-sort item) does not count.
    """
    settings = KioskSettings(timings=Timings(thanks_seconds=0.05))
    app = make_app(LoadedKiosk(load_builtin("my-school"), MemoryStore(), speaker), settings)
    start = START if read_aloud else (*START[:2], "1", *START[2:])  # "1": read aloud off
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        paints = record_paints(app)
        for _ in range(rounds):
            await pilot.press(*start)
            await pilot.pause(THINK)
            for key in QUESTION_KEYS:
                before = showing(app.screen)
                started = perf_counter()
                await pilot.press(key)
                await pilot.pause(THINK)
                now = showing(app.screen)
                new = [t for t, shown in paints if t > started and shown is now]
                if now is not before and isinstance(app.screen, QuestionScreen) and new:
                    latencies.append((new[0] - started) * 1000)
            await pilot.press(*"Quiet room", "enter", "1", "0")
            await pilot.pause(1.3)  # the kiosk tidies memory a second after each reset
    return latencies


class ButtonsScreen(Screen[None]):
    """Twelve plain buttons; any key moves on to a new screen."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def compose(self) -> ComposeResult:
        for index in range(12):
            yield Button(f"Option {index + 1} on screen {self.number}")

    def on_key(self) -> None:
        self.dismiss(None)


class BareApp(App[None]):
    """Bare Textual: a new screen of buttons after each key."""

    def on_mount(self) -> None:
        self.run_worker(self._screens())

    async def _screens(self) -> None:
        number = 0
        while True:
            number += 1
            await self.push_screen_wait(ButtonsScreen(number))


async def measure_bare(count: int) -> list[float]:
    """Milliseconds from a keypress to the next bare screen's first paint."""
    app = BareApp()
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        paints = record_paints(app)
        await pilot.pause()
        for _ in range(count):
            before, started = app.screen, perf_counter()
            await pilot.press("x")
            await pilot.pause(THINK)
            new = [t for t, shown in paints if t > started and shown is app.screen]
            if app.screen is not before and new:
                latencies.append((new[0] - started) * 1000)
    return latencies


def percentile_99(values: list[float]) -> float:
    """The 99th percentile of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    latencies = asyncio.run(measure(rounds, RecordingSpeaker()))
    service = SpeechService(player=["sh", "-c", "sleep 3", "player"])
    try:
        speaking = asyncio.run(measure(rounds, service, read_aloud=True))
        problem = service.problem
    finally:
        service.close()
    bare = asyncio.run(measure_bare(len(latencies)))
    idle_median = statistics.median(latencies)
    print(f"keypress to next question painted, {len(latencies)} transitions")
    print(f"median {idle_median:.1f} ms (target <= 16)")
    print(f"p99    {percentile_99(latencies):.1f} ms (target <= 40)")
    print(f"while speaking every screen, {len(speaking)} transitions:")
    print(f"median {statistics.median(speaking):.1f} ms, p99 {percentile_99(speaking):.1f} ms")
    print(f"speaking / idle median {statistics.median(speaking) / idle_median:.2f} (target <= 1.2)")
    if problem:
        print(f"speech reported a problem during the run: {problem}")
    print(f"for scale, bare Textual screen of 12 Buttons, {len(bare)} transitions:")
    print(f"median {statistics.median(bare):.1f} ms, p99 {percentile_99(bare):.1f} ms")


if __name__ == "__main__":
    main()
