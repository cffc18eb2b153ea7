"""Key storms: thousands of random keys, clicks and resizes, some keys arriving together, never
break the kiosk.

Each storm runs with a fixed seed, so a failure can be replayed. Afterwards the kiosk must still
be running on a participant screen, every participant who reached "thank you" must be stored
exactly once, and nothing typed by one participant may be on the screen for the next.
"""

from __future__ import annotations

import random
import string
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot

from kiosk.pin import StaffPin
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.screens.problem import ProblemScreen
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.thanks import ThanksScreen
from tests.ui.helpers import SIZE, words_in_widgets

KEYS = [
    *"0123456789" * 3,
    *"brhsnk" * 2,
    "space",
    "enter",
    "tab",
    "shift+tab",
    "up",
    "down",
    "left",
    "right",
    "backspace",
    "escape",
    "ctrl+c",
    "ctrl+v",
    "ctrl+x",
    "ctrl+q",
    "ctrl+z",
    "f2",
    *string.ascii_lowercase,
]
CHARACTERS = {"space": " ", "enter": "\r", "tab": "\t", "backspace": "\x7f", "escape": "\x1b"}
STORMS = [(seed, 2_500) for seed in (11, 23, 37, 41)]
"""Four storms of 2,500 keys, clicks and resizes: 10,000 in all."""
SIZES = [(20, 8), (40, 12), (80, 24), SIZE, (160, 50)]
"""Terminal sizes a storm resizes to, from too small to use to large."""


def key_event(key: str) -> events.Key:
    """The event a terminal's key press becomes."""
    return events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None))


class Storm:
    """Random keys and clicks, with what the kiosk showed along the way."""

    def __init__(self, app: KioskApp, pilot: Pilot[None], seed: int) -> None:
        self.app = app
        self.pilot = pilot
        self.random = random.Random(seed)
        self.thanked: set[str] = set()
        self.problems: list[str] = []

    async def blow(self, actions: int) -> None:
        """Send `actions` keys, bursts of keys, clicks and resizes; end at the usual size."""
        for _ in range(actions):
            await self._one()
        await self.pilot.resize_terminal(*SIZE)
        await self.pilot.pause()

    async def _one(self) -> None:
        roll = self.random.random()
        if isinstance(self.app.screen, StaffPinScreen | StaffScreen):
            self.app.post_message(key_event("escape"))  # staff mode is not for participants
        elif roll < 0.25:  # a burst that arrives in one read, handled while the kiosk is busy
            for _ in range(self.random.randint(2, 4)):
                self.app.post_message(key_event(self.random.choice(KEYS)))
        elif roll < 0.40:
            self._click(times=self.random.choice((1, 1, 2)))
        elif roll < 0.42:  # a window dragged smaller or larger, or a tablet turned
            await self.pilot.resize_terminal(*self.random.choice(SIZES))
        else:
            self.app.post_message(key_event(self.random.choice(KEYS)))
        if self.random.random() < 0.35:  # let the kiosk catch up now and then, as between presses
            await self.pilot.pause()

    def _click(self, times: int) -> None:
        """A touch (or a double touch) somewhere on the screen, as the terminal reports it."""
        width, height = self.app.size
        x, y = self.random.randrange(width), self.random.randrange(height)
        for _ in range(times):
            for kind in (events.MouseDown, events.MouseUp):
                self.app.post_message(kind(None, x, y, 0, 0, 1, False, False, False, x, y))

    def watch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Note every thank-you screen and every problem screen as it is made."""
        thanks_init = ThanksScreen.__init__
        problem_init = ProblemScreen.__init__

        def thanks(screen: ThanksScreen, receipt: str, *args: Any, **kwargs: Any) -> None:
            self.thanked.add(receipt)
            thanks_init(screen, receipt, *args, **kwargs)

        def problem(screen: ProblemScreen, *args: Any, **kwargs: Any) -> None:
            self.problems.append("".join(traceback.format_exc(limit=-3)))  # shown while handling
            problem_init(screen, *args, **kwargs)

        monkeypatch.setattr(ThanksScreen, "__init__", thanks)
        monkeypatch.setattr(ProblemScreen, "__init__", problem)


def typed_words(store: MemoryStore) -> list[str]:
    """The free-text answers participants typed, long enough to recognise."""
    return [
        answer.value
        for response in store.responses
        for answer in response.answers
        if isinstance(answer.value, str) and len(answer.value) >= 4
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("seed", "actions"), STORMS)
async def test_a_storm_of_keys_and_clicks_never_breaks_the_kiosk(
    kiosk: Callable[..., KioskApp],
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
    actions: int,
) -> None:
    pin = StaffPin(tmp_path)
    pin.set("48291736")
    app = kiosk("my-school", staff_pin=pin, thanks_seconds=0.3, idle_seconds=600)
    async with app.run_test(size=SIZE) as pilot:
        storm = Storm(app, pilot, seed)
        storm.watch(monkeypatch)
        for _ in range(10):
            await storm.blow(actions // 10)
            if isinstance(app.screen, AttractScreen):
                shown = words_in_widgets(app)
                for words in typed_words(store):
                    assert words not in shown, f"seed {seed}: {words!r} left for the next person"
        assert app.is_running
        assert isinstance(app.screen, KioskScreen | StaffPinScreen | StaffScreen)
        stored = [response.receipt for response in store.responses]
        assert len(stored) == len(set(stored))
        assert storm.thanked <= set(stored)
        assert len(stored) == len(storm.thanked), f"seed {seed}: some answers were not thanked"
        assert storm.problems == [], f"seed {seed}: " + "\n".join(storm.problems)
