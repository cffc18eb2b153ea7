"""The organiser store in one SQLite file (WAL): each import is one transaction.

A crash or kill -9 during an import leaves the store as it was before it began; every import
that returned is on disk (synchronous=FULL).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.organiser.base import Delivery, ImportCounts
from kiosk.organiser.errors import OrganiserStoreError, other_kiosk
from kiosk.organiser.schema import SCHEMA_VERSION, TABLES
from surveys.response import Response

CHUNK = 500
INSERT_RESPONSE = (
    "INSERT INTO responses (response_id, kiosk_id, receipt, survey_id, survey_version, "
    "audience, finished, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _problem(error: sqlite3.Error, path: Path) -> OrganiserStoreError:
    return OrganiserStoreError(
        f"The organiser store {path} could not be used ({error}). Nothing was half-imported. "
        "Check the folder can be written to and that no other import is running, then try again."
    )


class SqliteOrganiserStore:
    """An OrganiserStore in the SQLite file at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path, isolation_level=None, timeout=10)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
                self._db.execute(f"PRAGMA {pragma}")
            with self._transaction():
                for statement in TABLES:
                    self._db.execute(statement)
                self._check_version()
        except sqlite3.Error as error:
            raise _problem(error, path) from None

    def _check_version(self) -> None:
        found = self._db.execute("SELECT value FROM store_facts WHERE name = 'schema'").fetchone()
        if found is None:
            self._db.execute("INSERT INTO store_facts VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif found[0] != str(SCHEMA_VERSION):
            raise OrganiserStoreError(
                f"The organiser store {self.path} was made by a newer version of Say So "
                f"(store version {found[0]}). Update Say So on this computer to use it."
            )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _owners(self, table: str, column: str, ids: Sequence[bytes]) -> dict[bytes, str]:
        owners: dict[bytes, str] = {}
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT {column}, kiosk_id FROM {table} WHERE {column} IN ({marks})"
            owners.update(self._db.execute(query, list(chunk)).fetchall())
        return owners

    def known_ids(self, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these response ids the store holds already."""
        owners = self._owners("responses", "response_id", [i.bytes for i in ids])
        return {uuid.UUID(bytes=raw) for raw in owners}

    def merge(self, delivery: Delivery) -> ImportCounts:
        """Add the delivery's new responses and apply its withdrawals, in one transaction."""
        try:
            with self._transaction():
                return self._merge(delivery)
        except sqlite3.Error as error:
            raise _problem(error, self.path) from None

    def _merge(self, delivery: Delivery) -> ImportCounts:
        kiosk, db, counts = delivery.kiosk_id, self._db, ImportCounts()
        for owner in self._owners("batches", "batch_id", delivery.batch_ids).values():
            if owner != kiosk:
                raise other_kiosk(kiosk, owner)
        db.execute(
            "INSERT INTO kiosks VALUES (?, ?) ON CONFLICT (kiosk_id) DO NOTHING",
            (kiosk, delivery.kiosk_key),
        )
        db.executemany(
            "INSERT INTO batches VALUES (?, ?) ON CONFLICT (batch_id) DO NOTHING",
            [(batch_id, kiosk) for batch_id in delivery.batch_ids],
        )
        db.execute(
            "INSERT INTO bundles VALUES (?, ?) ON CONFLICT (bundle_id) DO NOTHING",
            (delivery.bundle_id, kiosk),
        )
        self._add_responses(delivery, counts)
        for _, survey_id in delivery.already_had:
            counts.already_had[survey_id] += 1
        for receipt in delivery.withdrawn:
            self._withdraw(kiosk, receipt, counts)
        return counts

    def _add_responses(self, delivery: Delivery, counts: ImportCounts) -> None:
        kiosk = delivery.kiosk_id
        owners = self._owners("responses", "response_id", [r.id.bytes for r in delivery.responses])
        withdrawn = {
            receipt
            for (receipt,) in self._db.execute(
                "SELECT receipt FROM withdrawals WHERE kiosk_id = ?", (kiosk,)
            )
        }
        rows = []
        for response in delivery.responses:
            owner = owners.get(response.id.bytes)
            if owner is not None and owner != kiosk:
                raise other_kiosk(kiosk, owner)
            if owner is not None:
                counts.already_had[response.survey_id] += 1
            elif response.receipt in withdrawn:
                counts.withdrawn[response.survey_id] += 1
            else:
                rows.append(_row(kiosk, response))
                owners[response.id.bytes] = kiosk
                counts.new[response.survey_id] += 1
        self._db.executemany(INSERT_RESPONSE, rows)

    def _withdraw(self, kiosk: str, receipt: str, counts: ImportCounts) -> None:
        self._db.execute(
            "INSERT INTO withdrawals VALUES (?, ?) ON CONFLICT (kiosk_id, receipt) DO NOTHING",
            (kiosk, receipt),
        )
        where = "FROM responses WHERE kiosk_id = ? AND receipt = ?"
        for (survey_id,) in self._db.execute(f"SELECT survey_id {where}", (kiosk, receipt)):
            counts.withdrawn[survey_id] += 1
        self._db.execute(f"DELETE {where}", (kiosk, receipt))

    def responses(self, survey_id: str | None = None) -> list[Response]:
        """The kept responses, optionally for one survey, in the order first imported."""
        query, args = "SELECT record FROM responses", _no_args()
        if survey_id is not None:
            query, args = query + " WHERE survey_id = ?", (survey_id,)
        rows = self._db.execute(query + " ORDER BY seq", args)
        return [Response.model_validate_json(record) for (record,) in rows]

    def count(self, survey_id: str | None = None) -> int:
        """How many responses are kept."""
        query, args = "SELECT COUNT(*) FROM responses", _no_args()
        if survey_id is not None:
            query, args = query + " WHERE survey_id = ?", (survey_id,)
        return int(self._db.execute(query, args).fetchone()[0])

    def kiosks(self) -> list[str]:
        """The ids of the kiosks whose bundles were imported."""
        return [k for (k,) in self._db.execute("SELECT kiosk_id FROM kiosks ORDER BY kiosk_id")]

    def close(self) -> None:
        """Close the database file."""
        self._db.close()


def _no_args() -> tuple[str, ...]:
    return ()


def _row(kiosk: str, response: Response) -> tuple[Any, ...]:
    return (
        response.id.bytes,
        kiosk,
        response.receipt,
        response.survey_id,
        response.survey_version,
        response.audience,
        response.finished_at.isoformat(),
        response.model_dump_json(),
    )
