"""Each organiser store the contract covers: in memory, SQLite on disk, and a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.organiser import MemoryOrganiserStore, OrganiserStore, SqliteOrganiserStore
from kiosk.organiser.postgres import PostgresOrganiserStore


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def organiser_store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], OrganiserStore]]:
    """The store, and a way to open it again (the same object for the memory store)."""
    if request.param == "memory":
        memory = MemoryOrganiserStore()
        yield lambda: memory
        return
    if request.param == "sqlite":
        place = str(tmp_path / "answers.sqlite")
        kind: Callable[[], OrganiserStore] = lambda: SqliteOrganiserStore(Path(place))  # noqa: E731
    else:
        url = request.getfixturevalue("postgres_url")
        kind = lambda: PostgresOrganiserStore(url)  # noqa: E731
    opened: list[OrganiserStore] = []

    def reopen() -> OrganiserStore:
        if opened:
            opened[-1].close()
        opened.append(kind())
        return opened[-1]

    yield reopen
    if opened:
        opened[-1].close()
