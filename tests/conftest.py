"""Fixtures every test folder may ask for: a throwaway PostgreSQL server, started on first use.

Tests marked `slow` are collected first, so that in a parallel run they start at once, on
different workers, and the run does not end waiting for one of them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.postgres.server import NO_POSTGRES, PostgresServer, start_server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the slow tests first, keeping the order of the rest."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for this test run; it must start unless SAYSO_NO_POSTGRES=1."""
    if os.environ.get(NO_POSTGRES) == "1":
        pytest.skip("SAYSO_NO_POSTGRES=1: the PostgreSQL tests are left out on purpose")
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The address of a new, empty PostgreSQL database."""
    return postgres_server.new_database()
