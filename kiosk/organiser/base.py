"""What the organiser needs from a store of imported answers."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from surveys.response import Response


@dataclass(frozen=True, slots=True)
class ResponseRow:
    """One response as the organiser store keeps it: the columns reports choose by, the record.

    `record` is the whole response as JSON text, exactly as `Response.model_dump_json` writes it.
    """

    response_id: bytes
    receipt: str
    survey_id: str
    survey_version: str
    audience: str
    finished: str
    """When it was finished, as ISO 8601 text (`datetime.isoformat`)."""
    record: str

    @classmethod
    def of(cls, response: Response) -> ResponseRow:
        """The row that keeps `response`."""
        return cls(
            response.id.bytes,
            response.receipt,
            response.survey_id,
            response.survey_version,
            response.audience,
            response.finished_at.isoformat(),
            response.model_dump_json(),
        )

    def response(self) -> Response:
        """The response this row keeps."""
        return Response.model_validate_json(self.record)


@dataclass(frozen=True)
class Delivery:
    """One opened bundle, ready to merge: whose it is, its answers and its withdrawals."""

    kiosk_id: str
    kiosk_key: bytes
    bundle_id: bytes
    batch_ids: tuple[bytes, ...]
    responses: tuple[Response, ...]
    """Responses built in memory (by tools and tests); an import brings `rows` instead."""
    withdrawn: tuple[str, ...]
    already_had: tuple[tuple[uuid.UUID, str], ...] = ()
    """Responses left unopened because the store had them: (id, survey id)."""
    rows: tuple[ResponseRow, ...] = ()
    """Responses opened from a bundle, as the store keeps them."""

    def new_rows(self) -> list[ResponseRow]:
        """Every response the delivery brings, as rows: `responses` first, then `rows`."""
        return [ResponseRow.of(response) for response in self.responses] + list(self.rows)


@dataclass
class ImportCounts:
    """What one import changed, per survey."""

    new: Counter[str] = field(default_factory=Counter)
    already_had: Counter[str] = field(default_factory=Counter)
    withdrawn: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Selection:
    """Which kept responses a report looks at; None means any."""

    survey_id: str | None = None
    audience: str | None = None
    kiosk_id: str | None = None
    since: datetime | None = None
    """Finished at or after this moment (UTC)."""
    before: datetime | None = None
    """Finished before this moment (UTC)."""

    def columns(self) -> list[tuple[str, str]]:
        """(column, value) for each of survey, audience and kiosk that is chosen."""
        chosen = [("survey_id", self.survey_id), ("audience", self.audience)]
        chosen.append(("kiosk_id", self.kiosk_id))
        return [(column, value) for column, value in chosen if value is not None]

    def keeps(self, kiosk_id: str, record: dict[str, Any]) -> bool:
        """Whether one response (as plain data) is chosen."""
        facts = {"survey_id": record["survey_id"], "audience": record["audience"]}
        facts["kiosk_id"] = kiosk_id
        if any(facts[column] != value for column, value in self.columns()):
            return False
        finished = datetime.fromisoformat(record["finished_at"])
        return (self.since is None or finished >= self.since) and (
            self.before is None or finished < self.before
        )


class OrganiserStore(Protocol):
    """Keeps imported responses, one per response id, merged from many kiosks.

    `merge` is all or nothing: it raises (a `BundleError` for input it refuses, an
    `OrganiserStoreError` for the disk) and then nothing of the delivery was kept.
    """

    def known_ids(self, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these response ids the store holds already."""
        ...

    def merge(self, delivery: Delivery) -> ImportCounts:
        """Add the delivery's new responses and apply its withdrawals, in one go."""
        ...

    def responses(self, survey_id: str | None = None) -> list[Response]:
        """The kept responses, optionally for one survey, in the order they were first imported."""
        ...

    def records(self, selection: Selection) -> Iterator[tuple[str, dict[str, Any]]]:
        """(kiosk id, response as plain JSON data) for each chosen response, in import order."""
        ...

    def count(self, survey_id: str | None = None) -> int:
        """How many responses are kept."""
        ...

    def kiosks(self) -> list[str]:
        """The ids of the kiosks whose bundles were imported."""
        ...

    def close(self) -> None:
        """Let go of the store's files."""
