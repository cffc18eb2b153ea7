"""Sealed responses as columns of small numbers, which zstandard squeezes well.

Each response is a row across the columns below; tables (batches, survey layouts, survey ids,
audiences) hold what many rows share, and rows refer to them by position. Counters and start
times are kept as the difference from the row before. Times to the whole second (all that
format 2 keeps) are integers; other times stay ISO text, so a format 1 response's metadata
comes back exactly as it was sealed. The sealed bodies are not here: they are laid end to end
in one blob, in row order, each `LENGTH` long.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.store import BatchHeader, ResponseMeta, SealedResponse
from kiosk.store.layout import SurveyLayout
from kiosk.store.receipts import pack_receipt, unpack_receipt
from kiosk.store.sealing import derived_id

BATCH, COUNTER, LAYOUT, SURVEY, AUDIENCE, RECEIPT, START, TIME_TAKEN, LENGTH = range(9)
BATCHES, LAYOUTS, SURVEYS, AUDIENCES, ROWS = range(5)


class Table:
    """Distinct values in the order first seen, and each one's position."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._positions: dict[Any, int] = {}

    def position(self, value: Any) -> int:
        """Where `value` is in the table, adding it if new."""
        if value not in self._positions:
            self._positions[value] = len(self.values)
            self.values.append(value)
        return self._positions[value]


def _seconds(moment: datetime) -> int | None:
    if moment.microsecond or moment.utcoffset() != timedelta(0):
        return None
    return int(moment.timestamp())


def encode_columns(items: Sequence[SealedResponse]) -> tuple[dict[int, Any], bytes]:
    """The readable columns and tables for `items`, and the blob of their sealed bodies."""
    batches, layouts, surveys, audiences = Table(), Table(), Table(), Table()
    columns: list[list[Any]] = [[] for _ in range(LENGTH + 1)]
    counter = start = 0
    for item in items:
        batch = item.batch
        row: list[Any] = [
            batches.position((batch.batch_id, batch.ephemeral_public, batch.organiser_key_id)),
            item.counter - counter,
            None if item.layout is None else layouts.position(item.layout),
            surveys.position(item.meta.survey_id),
            audiences.position(item.meta.audience),
            pack_receipt(item.meta.receipt),
        ]
        started, finished = _seconds(item.meta.started_at), _seconds(item.meta.finished_at)
        if started is None or finished is None:
            row += [item.meta.started_at.isoformat(), item.meta.finished_at.isoformat()]
        else:
            row += [started - start, finished - started]
            start = started
        row.append(len(item.ciphertext))
        counter = item.counter
        for column, value in zip(columns, row, strict=True):
            column.append(value)
    readable = {
        BATCHES: [list(b) for b in batches.values],
        LAYOUTS: [layout.to_cbor() for layout in layouts.values],
        SURVEYS: surveys.values,
        AUDIENCES: audiences.values,
        ROWS: columns,
    }
    return readable, b"".join(item.ciphertext for item in items)


def _time(value: Any, base: int) -> tuple[datetime, int]:
    if isinstance(value, str):
        return datetime.fromisoformat(value), base
    if not isinstance(value, int):
        raise TypeError("a time must be a number or text")
    return datetime.fromtimestamp(base + value, UTC), base + value


def decode_columns(readable: dict[int, Any], blob: bytes) -> list[SealedResponse]:
    """The sealed responses `encode_columns` described; raises on anything malformed."""
    batches = [BatchHeader(bytes(b), bytes(e), str(k)) for b, e, k in readable[BATCHES]]
    layouts = [SurveyLayout.from_cbor(data) for data in readable[LAYOUTS]]
    surveys, audiences = readable[SURVEYS], readable[AUDIENCES]
    columns = readable[ROWS]
    if len(columns) != LENGTH + 1 or len({len(c) for c in columns}) > 1:
        raise ValueError("the columns do not line up")
    items, counter, start, offset = [], 0, 0, 0
    for row in zip(*columns, strict=True):
        counter += row[COUNTER]
        started, start = _time(row[START], start)
        finished = (
            datetime.fromisoformat(row[TIME_TAKEN]) if isinstance(row[TIME_TAKEN], str) else None
        )
        if finished is None:
            finished, _ = _time(row[TIME_TAKEN], start)
        meta = ResponseMeta(
            str(surveys[row[SURVEY]]),
            str(audiences[row[AUDIENCE]]),
            unpack_receipt(row[RECEIPT]),
            started,
            finished,
        )
        length = row[LENGTH]
        if not isinstance(length, int) or length < 0 or offset + length > len(blob):
            raise ValueError("a sealed body runs past the end")
        layout = None if row[LAYOUT] is None else layouts[row[LAYOUT]]
        items.append(
            SealedResponse(
                batches[row[BATCH]], counter, meta, blob[offset : offset + length], layout=layout
            )
        )
        offset += length
    if offset != len(blob):
        raise ValueError("sealed bytes left over")
    return items


def response_index(
    readable: dict[int, Any],
) -> tuple[list[tuple[bytes, str]], list[uuid.UUID | None], list[str]]:
    """Without opening the rows: each batch used (id, organiser key id) in order, and each
    response's id (None for format 1, whose id is sealed) and survey id."""
    batches = [(bytes(b), str(k)) for b, _, k in readable[BATCHES]]
    surveys, columns = readable[SURVEYS], readable[ROWS]
    if len(columns) != LENGTH + 1 or len({len(c) for c in columns}) > 1:
        raise ValueError("the columns do not line up")
    ids: list[uuid.UUID | None] = []
    counter = 0
    for batch, step, layout in zip(columns[BATCH], columns[COUNTER], columns[LAYOUT], strict=True):
        counter += step
        ids.append(None if layout is None else derived_id(batches[batch][0], counter))
    used = [batches[b] for b in dict.fromkeys(columns[BATCH])]
    return used, ids, [str(surveys[s]) for s in columns[SURVEY]]
