"""The organiser store in a PostgreSQL database, shared by a team (`--store postgresql://...`)."""

from __future__ import annotations

from kiosk.organiser.databases import PostgresDatabase
from kiosk.organiser.sql import SqlOrganiserStore


class PostgresOrganiserStore(SqlOrganiserStore):
    """An OrganiserStore in the PostgreSQL database at `url`."""

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(PostgresDatabase(url))
