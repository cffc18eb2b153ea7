"""An organiser store in memory: the fake the contract test checks beside SQLite."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from typing import Any

from kiosk.organiser.base import Delivery, ImportCounts, Selection
from kiosk.organiser.errors import other_kiosk
from surveys.response import Response


class MemoryOrganiserStore:
    """An OrganiserStore that forgets everything when the program ends."""

    def __init__(self) -> None:
        self._responses: dict[uuid.UUID, tuple[str, Response]] = {}
        self._batches: dict[bytes, str] = {}
        self._withdrawn: set[tuple[str, str]] = set()
        self._kiosks: dict[str, bytes] = {}

    def known_ids(self, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these response ids the store holds already."""
        return {i for i in ids if i in self._responses}

    def merge(self, delivery: Delivery) -> ImportCounts:
        """Add the delivery's new responses and apply its withdrawals, all or nothing."""
        kiosk = delivery.kiosk_id
        for batch_id in delivery.batch_ids:
            owner = self._batches.get(batch_id, kiosk)
            if owner != kiosk:
                raise other_kiosk(kiosk, owner)
        responses, counts = copy.copy(self._responses), ImportCounts()
        for response in delivery.responses:
            kept = responses.get(response.id)
            if kept is not None and kept[0] != kiosk:
                raise other_kiosk(kiosk, kept[0])
            if kept is not None:
                counts.already_had[response.survey_id] += 1
            elif (kiosk, response.receipt) in self._withdrawn:
                counts.withdrawn[response.survey_id] += 1
            else:
                responses[response.id] = (kiosk, response)
                counts.new[response.survey_id] += 1
        for _, survey_id in delivery.already_had:
            counts.already_had[survey_id] += 1
        for receipt in delivery.withdrawn:
            self._withdrawn.add((kiosk, receipt))
            for key, (owner, response) in list(responses.items()):
                if owner == kiosk and response.receipt == receipt:
                    del responses[key]
                    counts.withdrawn[response.survey_id] += 1
        self._responses = responses
        self._batches.update(dict.fromkeys(delivery.batch_ids, kiosk))
        self._kiosks.setdefault(kiosk, delivery.kiosk_key)
        return counts

    def responses(self, survey_id: str | None = None) -> list[Response]:
        """The kept responses, optionally for one survey, in the order first imported."""
        kept = (response for _, response in self._responses.values())
        return [r for r in kept if survey_id in (None, r.survey_id)]

    def records(self, selection: Selection) -> Iterator[tuple[str, dict[str, Any]]]:
        """(kiosk id, response as plain JSON data) for each chosen response, in import order."""
        for kiosk, response in list(self._responses.values()):
            record = response.model_dump(mode="json")
            if selection.keeps(kiosk, record):
                yield kiosk, record

    def count(self, survey_id: str | None = None) -> int:
        """How many responses are kept."""
        return len(self.responses(survey_id))

    def kiosks(self) -> list[str]:
        """The ids of the kiosks whose bundles were imported."""
        return list(self._kiosks)

    def close(self) -> None:
        """Nothing to let go of."""
