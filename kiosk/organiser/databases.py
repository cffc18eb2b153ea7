"""The two databases an organiser store can live in, behind one small connection interface.

The store's SQL is written once, in the portable subset SQLite and PostgreSQL share, with `?`
marks; each `Database` here runs it on its own driver. We use psycopg 3 directly rather than
SQLAlchemy Core: the store has a dozen fixed statements, so a query builder would add a large
dependency and a per-row cost (reports read up to a million rows) for no gain, while psycopg's
pipelined `executemany` keeps imports fast. The only differences between the two are here:
the column types, how a write transaction takes the store for itself, and the error class.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from kiosk.organiser.errors import OrganiserStoreError
from kiosk.organiser.read_only import read_only_uri

STORE_LOCK = 7_160_312
"""The PostgreSQL advisory lock a write takes, so imports from several computers queue."""


class Database(Protocol):
    """One open connection to the organiser store's database."""

    where: str
    """Where the store is, in words for messages (a path, or a URL without its password)."""
    errors: tuple[type[Exception], ...]
    read_only: bool
    """Whether the store is only read (it is on media that cannot be written)."""

    def column_type(self, portable: str) -> str:
        """This database's spelling of a portable column type (BLOB, SEQ)."""
        ...

    def rows(self, sql: str, args: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows a query gives."""
        ...

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of a large query, read a step at a time rather than all at once."""
        ...

    def run(self, sql: str, args: Sequence[Any] = ()) -> None:
        """Run one statement."""
        ...

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row."""
        ...

    def write(self) -> Any:
        """A context manager: one transaction that no other writer shares."""
        ...

    def close(self) -> None:
        """Let go of the connection."""
        ...


SQLITE_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=NORMAL",
    "foreign_keys=ON",
    "cache_size=-65536",
    "wal_autocheckpoint=16384",
)
"""WAL with synchronous=NORMAL: each import is one transaction, and one that has committed
survives the program being killed (kill -9) at any moment; only a power cut or a crash of the
whole computer can undo the last few, and never half of one. The file is synced at each
checkpoint and when the store closes, so a finished `sayso import` is on disk. Against FULL
this saves a sync per bundle. The 64 MB page cache keeps the indexes in memory while they grow,
and the log is copied into the file once it holds 64 MB (16,384 pages) rather than SQLite's
usual 4 MB: for 100 bundles of 1,000 answers that is a few checkpoints in place of 25, which
took half the import's time (10.4 s against 8.6 s, `bench/bench_bundle.py`).
"""
SQLITE_READING_PRAGMAS = ("query_only=ON", "cache_size=-65536")
"""A store on read-only media is only queried; WAL mode cannot be set there."""


class SqliteDatabase:
    """A SQLite file in WAL mode; a write holds the file's write lock.

    With `read_only`, it is opened at `read_only_uri`, for reports of a store on read-only media.
    """

    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.where = str(path)
        self.read_only = read_only
        address, pragmas = (
            (read_only_uri(path), SQLITE_READING_PRAGMAS) if read_only else (path, SQLITE_PRAGMAS)
        )
        try:
            self._db = sqlite3.connect(address, isolation_level=None, timeout=10, uri=read_only)
            for pragma in pragmas:
                self._db.execute(f"PRAGMA {pragma}")
        except sqlite3.Error as error:
            raise unreachable(self.where, error) from None

    def column_type(self, portable: str) -> str:
        """BLOB stays BLOB; SEQ is SQLite's own row number."""
        return {"BLOB": "BLOB", "SEQ": "INTEGER PRIMARY KEY"}[portable]

    def rows(self, sql: str, args: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows a query gives, read as they are needed."""
        yield from self._db.execute(sql, args)

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """SQLite reads rows as they are needed anyway."""
        yield from self._db.execute(sql, args)

    def run(self, sql: str, args: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._db.execute(sql, args)

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row."""
        self._db.executemany(sql, rows)

    @contextmanager
    def write(self) -> Iterator[None]:
        """BEGIN IMMEDIATE: the write lock from the start, so two imports queue."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the file."""
        self._db.close()


class PostgresDatabase:
    """A PostgreSQL database; a write takes a transaction-long advisory lock."""

    def __init__(self, url: str) -> None:
        # Inside: psycopg, 170-210 ms (python -X importtime); only organisers with a shared
        # store pay for loading it.
        import psycopg

        self.errors: tuple[type[Exception], ...] = (psycopg.Error,)
        self.where = shown_url(url)
        self.read_only = False
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            raise unreachable(self.where, error) from None
        self._marks: dict[str, str] = {}

    def _sql(self, sql: str) -> str:
        if sql not in self._marks:
            self._marks[sql] = sql.replace("%", "%%").replace("?", "%s")
        return self._marks[sql]

    def column_type(self, portable: str) -> str:
        """BLOB is BYTEA; SEQ is an identity column."""
        return {"BLOB": "BYTEA", "SEQ": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"}[portable]

    def rows(self, sql: str, args: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows a query gives."""
        with self._db.cursor() as cursor:
            cursor.execute(self._sql(sql), args)
            yield from cursor.fetchall()

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """A server-side cursor, fetched in large steps, inside one read transaction."""
        with self._db.transaction(), self._db.cursor(name="sayso_stream") as cursor:
            cursor.itersize = 5000
            cursor.execute(self._sql(sql), args)
            yield from cursor

    def run(self, sql: str, args: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self._db.execute(self._sql(sql), args)

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row, pipelined."""
        with self._db.cursor() as cursor:
            cursor.executemany(self._sql(sql), list(rows))

    @contextmanager
    def write(self) -> Iterator[None]:
        """One transaction holding the store's advisory lock until it ends."""
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (STORE_LOCK,))
            yield

    def close(self) -> None:
        """Close the connection."""
        self._db.close()


def shown_url(url: str) -> str:
    """A database URL with any password left out, for messages."""
    scheme, _, rest = url.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not at:
        return url
    user = credentials.partition(":")[0]
    return f"{scheme}://{user}@{place}" if user else f"{scheme}://{place}"


def unreachable(where: str, error: Exception) -> OrganiserStoreError:
    """The error for a store that cannot be opened or reached."""
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return OrganiserStoreError(
        f"The organiser store {where} cannot be opened ({reason}). Check the folder or the "
        "database address, and that the database is running, then try again."
    )
