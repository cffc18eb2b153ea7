"""Fixtures for bundle tests: a kiosk with its keys and a store of closed-survey answers."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from closed_survey import closed_responses, closed_survey  # noqa: E402

from kiosk.keys import KioskKeys, KioskSigningKey, OrganiserKeyPair  # noqa: E402
from kiosk.store import MemoryStore  # noqa: E402
from surveys.response import Response  # noqa: E402


@dataclass
class Kiosk:
    """A kiosk's store and keys, and the organiser key its answers are sealed to."""

    store: MemoryStore
    keys: KioskKeys
    organiser: OrganiserKeyPair
    saved: list[Response]


def make_kiosk(count: int, organiser: OrganiserKeyPair | None = None, seed: int = 1) -> Kiosk:
    """A kiosk holding `count` answers to the closed survey."""
    organiser = organiser or OrganiserKeyPair.generate()
    survey = closed_survey()
    store = MemoryStore(organiser.public, surveys=[survey])
    saved = closed_responses(survey, count, seed=seed)
    for response in saved:
        store.save(response)
    keys = KioskKeys(organiser.public, KioskSigningKey.generate())
    return Kiosk(store, keys, organiser, saved)


@pytest.fixture
def kiosk() -> Kiosk:
    """A kiosk with twenty answers."""
    return make_kiosk(20)
