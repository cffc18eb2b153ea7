"""Fixtures every test folder may ask for: a throwaway PostgreSQL server, started on first use."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.postgres.server import NO_POSTGRES, PostgresServer, start_server


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
