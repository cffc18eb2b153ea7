"""Each organiser store the contract covers: in memory, and SQLite on disk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.organiser import MemoryOrganiserStore, OrganiserStore, SqliteOrganiserStore  # noqa: E402


@pytest.fixture(params=["memory", "sqlite"])
def organiser_store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], OrganiserStore]]:
    """The store, and a way to open it again (the same object for the memory store)."""
    if request.param == "memory":
        memory = MemoryOrganiserStore()
        yield lambda: memory
        return
    opened: list[OrganiserStore] = []

    def reopen() -> OrganiserStore:
        if opened:
            opened[-1].close()
        opened.append(SqliteOrganiserStore(tmp_path / "answers.sqlite"))
        return opened[-1]

    yield reopen
    opened[-1].close()
