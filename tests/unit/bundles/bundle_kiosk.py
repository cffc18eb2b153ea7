"""A kiosk with its keys and a store of closed-survey answers, for bundle and organiser tests."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.keys import KioskKeys, KioskSigningKey, OrganiserKeyPair
from kiosk.store import MemoryStore
from surveys.response import Response
from tests.unit.bundles.closed_survey import closed_responses, closed_survey


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
