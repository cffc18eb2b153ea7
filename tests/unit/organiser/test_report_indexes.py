"""Each report filter reads the store through an index, not by reading every response."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.organiser import SqliteOrganiserStore
from kiosk.organiser.postgres import PostgresOrganiserStore
from kiosk.organiser.sql import SqlOrganiserStore

FILTERS = {
    "--survey": ("survey_id = ?", ["club"]),
    "--audience": ("audience = ?", ["parent"]),
    "--kiosk": ("kiosk_id = ?", ["kiosk-one"]),
    "--since": ("finished >= ?", ["2026-03-13"]),
    "--survey --since --until": (
        "survey_id = ? AND finished >= ? AND finished < ?",
        ["club", "2026-03-13", "2026-03-14"],
    ),
}


def _plan(store: SqlOrganiserStore, where: str, args: list[str], explain: str) -> str:
    query = f"{explain} SELECT kiosk_id, record FROM responses WHERE {where} ORDER BY seq"
    return " / ".join(" ".join(map(str, row)) for row in store._db.rows(query, args))


@pytest.mark.parametrize("flag", ["--audience", "--kiosk", "--survey --since --until"])
def test_sqlite_filters_use_an_index(tmp_path: Path, flag: str) -> None:
    store = SqliteOrganiserStore(tmp_path / "answers.sqlite")
    try:
        plan = _plan(store, *FILTERS[flag], "EXPLAIN QUERY PLAN")
    finally:
        store.close()
    assert "USING INDEX" in plan, plan


def test_postgresql_has_an_index_for_every_filter(postgres_url: str) -> None:
    store = PostgresOrganiserStore(postgres_url)
    try:
        store._db.run("SET enable_seqscan = off")  # so an index is used whenever there is one
        plans = {flag: _plan(store, *filter_, "EXPLAIN") for flag, filter_ in FILTERS.items()}
    finally:
        store.close()
    for flag, plan in plans.items():
        assert "Index Cond" in plan, f"{flag}: {plan}"
