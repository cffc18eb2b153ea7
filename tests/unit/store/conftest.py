"""Fixtures for the store tests: responses to save, and each store the contract covers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.keys import organiser_private_key
from kiosk.store import MemoryStore, ResponseStore, open_store
from tests.unit.store.store_helpers import MakeResponse, StoreUnderTest, sample_response


@pytest.fixture
def make_response() -> MakeResponse:
    """Build sample responses: `make_response(3, survey_id=..., audience=..., text=...)`."""
    return sample_response


@pytest.fixture(params=["memory", "durable"])
def subject(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreUnderTest]:
    """Each ResponseStore the contract covers: in memory, and on disk."""
    if request.param == "memory":
        memory = MemoryStore()
        assert memory.organiser_keys is not None
        yield StoreUnderTest(memory, memory.organiser_keys, lambda: memory)
        return
    opened: list[ResponseStore] = [open_store(tmp_path)]

    def reopen() -> ResponseStore:
        opened[-1].close()
        opened.append(open_store(tmp_path))
        return opened[-1]

    yield StoreUnderTest(opened[0], organiser_private_key(tmp_path), reopen)
    opened[-1].close()
