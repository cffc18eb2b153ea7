"""Keypress to next question painted, measured with Pilot over full surveys.

Run: .venv/bin/python bench/bench_keypress.py [ROUNDS]
Prints the median and the 99th percentile in milliseconds (targets: 16 ms and 40 ms).
A "paint" is the moment the app hands a finished screen update to the terminal driver.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
from time import perf_counter
from typing import Any

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from accessibility.speaker import RecordingSpeaker  # noqa: E402
from kiosk.store import MemoryStore  # noqa: E402
from kiosk.ui.app import KioskApp, make_app  # noqa: E402
from kiosk.ui.screens.question import QuestionScreen  # noqa: E402
from surveys.catalog import load_builtin  # noqa: E402

START = ("space", "1", "0", "1")
QUESTION_KEYS = ("2", "1", "4", "0", "1", "1", *["1", "2", "3"] * 2, "4")


def watch_paints(app: KioskApp) -> list[tuple[float, int]]:
    """Record the time of every update the app paints, and which screen it was (by id)."""
    paints: list[tuple[float, int]] = []
    display = app._display

    def timed_display(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None:
            paints.append((perf_counter(), id(screen)))

    app._display = timed_display  # type: ignore[method-assign]
    return paints


async def measure(rounds: int) -> list[float]:
    """Milliseconds from each keypress to the next question's first paint."""
    app = make_app(
        load_builtin("my-school"), MemoryStore(), RecordingSpeaker(), thanks_seconds=0.05
    )
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        paints = watch_paints(app)
        for _ in range(rounds):
            await pilot.press(*START)
            for key in QUESTION_KEYS:
                before = app.screen
                started = perf_counter()
                await pilot.press(key)
                await pilot.pause()
                now = app.screen
                new = [t for t, s in paints if t > started and s == id(now)]
                if now is not before and isinstance(now, QuestionScreen) and new:
                    latencies.append((new[0] - started) * 1000)
            await pilot.press(*"Quiet room", "enter", "1", "0")
            await pilot.pause(1.3)  # the kiosk tidies memory a second after each reset
    return latencies


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    latencies = sorted(asyncio.run(measure(rounds)))
    p99 = latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))]
    print(f"keypress to next question painted, {len(latencies)} transitions")
    print(f"median {statistics.median(latencies):.1f} ms (target <= 16)")
    print(f"p99    {p99:.1f} ms (target <= 40)")


if __name__ == "__main__":
    main()
