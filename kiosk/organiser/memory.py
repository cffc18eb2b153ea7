"""An organiser store in memory: the fake the contract test checks beside SQLite."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from typing import Any

import orjson

from kiosk.organiser.base import Delivery, ImportCounts, ResponseRow, Selection
from kiosk.organiser.errors import other_kiosk
from surveys.response import Response


class MemoryOrganiserStore:
    """An OrganiserStore that forgets everything when the program ends."""

    def __init__(self) -> None:
        self._rows: dict[bytes, tuple[str, ResponseRow]] = {}
        self._batches: dict[bytes, str] = {}
        self._withdrawn: set[tuple[str, str]] = set()
        self._kiosks: dict[str, bytes] = {}

    def known_ids(self, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these response ids the store holds already."""
        return {i for i in ids if i.bytes in self._rows}

    def merge(self, delivery: Delivery) -> ImportCounts:
        """Add the delivery's new responses and apply its withdrawals, all or nothing."""
        kiosk = delivery.kiosk_id
        for batch_id in delivery.batch_ids:
            owner = self._batches.get(batch_id, kiosk)
            if owner != kiosk:
                raise other_kiosk(kiosk, owner)
        rows, counts = copy.copy(self._rows), ImportCounts()
        for row in delivery.new_rows():
            kept = rows.get(row.response_id)
            if kept is not None and kept[0] != kiosk:
                raise other_kiosk(kiosk, kept[0])
            if kept is not None:
                counts.already_had[row.survey_id] += 1
            elif (kiosk, row.receipt) in self._withdrawn:
                counts.withdrawn[row.survey_id] += 1
            else:
                rows[row.response_id] = (kiosk, row)
                counts.new[row.survey_id] += 1
        for _, survey_id in delivery.already_had:
            counts.already_had[survey_id] += 1
        for receipt in delivery.withdrawn:
            self._withdrawn.add((kiosk, receipt))
            for key, (owner, row) in list(rows.items()):
                if owner == kiosk and row.receipt == receipt:
                    del rows[key]
                    counts.withdrawn[row.survey_id] += 1
        self._rows = rows
        self._batches.update(dict.fromkeys(delivery.batch_ids, kiosk))
        self._kiosks.setdefault(kiosk, delivery.kiosk_key)
        return counts

    def responses(self, survey_id: str | None = None) -> list[Response]:
        """The kept responses, optionally for one survey, in the order first imported."""
        kept = (row for _, row in self._rows.values())
        return [row.response() for row in kept if survey_id in (None, row.survey_id)]

    def records(self, selection: Selection) -> Iterator[tuple[str, dict[str, Any]]]:
        """(kiosk id, response as plain JSON data) for each chosen response, in import order."""
        for kiosk, row in list(self._rows.values()):
            record = orjson.loads(row.record)
            if selection.keeps(kiosk, record):
                yield kiosk, record

    def count(self, survey_id: str | None = None) -> int:
        """How many responses are kept."""
        return sum(survey_id in (None, row.survey_id) for _, row in self._rows.values())

    def kiosks(self) -> list[str]:
        """The ids of the kiosks whose bundles were imported."""
        return list(self._kiosks)

    def close(self) -> None:
        """Nothing to let go of."""
