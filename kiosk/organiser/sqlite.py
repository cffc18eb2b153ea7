"""The organiser store in one SQLite file (WAL, synchronous=NORMAL): the default."""

from __future__ import annotations

from pathlib import Path

from kiosk.organiser.databases import SqliteDatabase
from kiosk.organiser.sql import SqlOrganiserStore


class SqliteOrganiserStore(SqlOrganiserStore):
    """An OrganiserStore in the SQLite file at `path` (only read, with `read_only`)."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        super().__init__(SqliteDatabase(path, read_only))
