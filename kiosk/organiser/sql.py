"""The organiser store in a SQL database, SQLite or PostgreSQL: each import is one transaction.

A crash or kill -9 during an import leaves the store as it was before it began; every import
that returned is kept (for SQLite's sync setting, see `databases.SQLITE_PRAGMAS`). Writers queue (SQLite's write lock, PostgreSQL's advisory lock), so
two imports of the same bundles at once never keep an answer twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import orjson

from kiosk.organiser.base import Delivery, ImportCounts, ResponseRow, Selection
from kiosk.organiser.databases import Database
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


def _problem(error: Exception, where: str) -> OrganiserStoreError:
    return OrganiserStoreError(
        f"The organiser store {where} could not be used ({error}). Nothing was half-imported. "
        "Check the store can be written to and reached, then try again."
    )


class SqlOrganiserStore:
    """An OrganiserStore in an open `Database`."""

    def __init__(self, database: Database) -> None:
        self._db = database
        try:
            if database.read_only:  # its tables are there already: it was made elsewhere
                self._check_version()
                return
            with database.write():
                for statement in TABLES:
                    database.run(statement.format(**_types(database)))
                self._check_version()
        except database.errors as error:
            database.close()
            raise _problem(error, database.where) from None

    def _check_version(self) -> None:
        found = list(self._db.rows("SELECT value FROM store_facts WHERE name = 'schema'"))
        if not found and not self._db.read_only:
            self._db.run("INSERT INTO store_facts VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif found and found[0][0] != str(SCHEMA_VERSION):
            raise OrganiserStoreError(
                f"The organiser store {self._db.where} was made by a newer version of Say So "
                f"(store version {found[0][0]}). Update Say So on this computer to use it."
            )

    def _owners(self, table: str, column: str, ids: Sequence[bytes]) -> dict[bytes, str]:
        owners: dict[bytes, str] = {}
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT {column}, kiosk_id FROM {table} WHERE {column} IN ({marks})"
            owners.update((bytes(key), owner) for key, owner in self._db.rows(query, list(chunk)))
        return owners

    def known_ids(self, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these response ids the store holds already."""
        try:
            owners = self._owners("responses", "response_id", [i.bytes for i in ids])
        except self._db.errors as error:
            raise _problem(error, self._db.where) from None
        return {uuid.UUID(bytes=raw) for raw in owners}

    def merge(self, delivery: Delivery) -> ImportCounts:
        """Add the delivery's new responses and apply its withdrawals, in one transaction."""
        try:
            with self._db.write():
                return self._merge(delivery)
        except self._db.errors as error:
            raise _problem(error, self._db.where) from None

    def _merge(self, delivery: Delivery) -> ImportCounts:
        kiosk, db, counts = delivery.kiosk_id, self._db, ImportCounts()
        for owner in self._owners("batches", "batch_id", delivery.batch_ids).values():
            if owner != kiosk:
                raise other_kiosk(kiosk, owner)
        db.run(
            "INSERT INTO kiosks VALUES (?, ?) ON CONFLICT (kiosk_id) DO NOTHING",
            (kiosk, delivery.kiosk_key),
        )
        db.run_many(
            "INSERT INTO batches VALUES (?, ?) ON CONFLICT (batch_id) DO NOTHING",
            [(batch_id, kiosk) for batch_id in delivery.batch_ids],
        )
        db.run(
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
        kiosk, new_rows = delivery.kiosk_id, delivery.new_rows()
        owners = self._owners("responses", "response_id", [row.response_id for row in new_rows])
        where = "SELECT receipt FROM withdrawals WHERE kiosk_id = ?"
        withdrawn = {receipt for (receipt,) in self._db.rows(where, (kiosk,))}
        kept = []
        for row in new_rows:
            owner = owners.get(row.response_id)
            if owner is not None and owner != kiosk:
                raise other_kiosk(kiosk, owner)
            if owner is not None:
                counts.already_had[row.survey_id] += 1
            elif row.receipt in withdrawn:
                counts.withdrawn[row.survey_id] += 1
            else:
                kept.append(_columns(kiosk, row))
                owners[row.response_id] = kiosk
                counts.new[row.survey_id] += 1
        if kept:
            self._db.run_many(INSERT_RESPONSE, kept)

    def _withdraw(self, kiosk: str, receipt: str, counts: ImportCounts) -> None:
        self._db.run(
            "INSERT INTO withdrawals VALUES (?, ?) ON CONFLICT (kiosk_id, receipt) DO NOTHING",
            (kiosk, receipt),
        )
        where = "FROM responses WHERE kiosk_id = ? AND receipt = ?"
        for (survey_id,) in list(self._db.rows(f"SELECT survey_id {where}", (kiosk, receipt))):
            counts.withdrawn[survey_id] += 1
        self._db.run(f"DELETE {where}", (kiosk, receipt))

    def responses(self, survey_id: str | None = None) -> list[Response]:
        """The kept responses, optionally for one survey, in the order first imported."""
        return [
            Response.model_validate(record)
            for _, record in self.records(Selection(survey_id=survey_id))
        ]

    def records(self, selection: Selection) -> Iterator[tuple[str, dict[str, Any]]]:
        """(kiosk id, response record as plain data) for each kept response chosen."""
        where, args = _where(selection)
        query = f"SELECT kiosk_id, record FROM responses{where} ORDER BY seq"
        try:
            for kiosk, record in self._db.stream(query, args):
                yield kiosk, orjson.loads(record)
        except self._db.errors as error:
            raise _problem(error, self._db.where) from None

    def count(self, survey_id: str | None = None) -> int:
        """How many responses are kept."""
        where, args = _where(Selection(survey_id=survey_id))
        return int(next(self._db.rows(f"SELECT COUNT(*) FROM responses{where}", args))[0])

    def kiosks(self) -> list[str]:
        """The ids of the kiosks whose bundles were imported."""
        return [k for (k,) in self._db.rows("SELECT kiosk_id FROM kiosks ORDER BY kiosk_id")]

    def close(self) -> None:
        """Let go of the database."""
        self._db.close()


def _types(database: Database) -> dict[str, str]:
    return {name: database.column_type(name) for name in ("BLOB", "SEQ")}


def _where(selection: Selection) -> tuple[str, list[str]]:
    clauses, args = [], []
    for column, value in selection.columns():
        clauses.append(f"{column} = ?")
        args.append(value)
    if selection.since is not None:
        clauses.append("finished >= ?")
        args.append(selection.since.isoformat())
    if selection.before is not None:
        clauses.append("finished < ?")
        args.append(selection.before.isoformat())
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


def _columns(kiosk: str, row: ResponseRow) -> tuple[Any, ...]:
    return (
        row.response_id,
        kiosk,
        row.receipt,
        row.survey_id,
        row.survey_version,
        row.audience,
        row.finished,
        row.record,
    )
