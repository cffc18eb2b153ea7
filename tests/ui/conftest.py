"""Fixtures for driving the kiosk as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from accessibility.speaker import RecordingSpeaker
from kiosk.pin import StaffPin
from kiosk.startup import LoadedKiosk
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp, make_app
from kiosk.ui.settings import KioskSettings, Timings
from kiosk.ui.textual_private import set_pilot_idle_wait
from surveys.catalog import load_builtin
from surveys.model import Survey


@pytest.fixture(autouse=True)
def _no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture
def speaker() -> RecordingSpeaker:
    """A speaker that remembers what it was asked to say."""
    return RecordingSpeaker()


@pytest.fixture
def store() -> MemoryStore:
    """A store that keeps responses in memory."""
    return MemoryStore()


@pytest.fixture
def pin(tmp_path: Path) -> StaffPin:
    """A staff PIN of 4829, already chosen."""
    staff_pin = StaffPin(tmp_path)
    staff_pin.set("4829")
    return staff_pin


@pytest.fixture
def kiosk(store: MemoryStore, speaker: RecordingSpeaker) -> Callable[..., KioskApp]:
    """Builds the kiosk for a survey id (or Survey) with the test store and speaker.

    The timings are given one by one; any other keyword is a `KioskSettings` field.
    """

    def build(
        survey: str | Survey = "my-school",
        *,
        idle_seconds: float | None = None,
        still_there_seconds: float = 20.0,
        thanks_seconds: float = 0.2,
        staff_quiet_seconds: float = 300.0,
        pin_quiet_seconds: float = 30.0,
        **settings: Any,
    ) -> KioskApp:
        chosen = load_builtin(survey) if isinstance(survey, str) else survey
        timings = Timings(
            idle_seconds,
            still_there_seconds,
            thanks_seconds,
            staff_quiet_seconds=staff_quiet_seconds,
            pin_quiet_seconds=pin_quiet_seconds,
        )
        return make_app(
            LoadedKiosk(chosen, store, speaker), KioskSettings(timings=timings, **settings)
        )

    return build


@pytest.fixture(autouse=True)
def _quicker_pilot() -> Iterator[None]:
    """Pilot waits for 20 ms slices of idle CPU after every key; 5 ms slices are enough here."""
    old = set_pilot_idle_wait(0.005, 0.0005)
    yield
    set_pilot_idle_wait(*old)
