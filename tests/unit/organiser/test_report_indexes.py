"""Each report filter reads the store through an index, not by reading every response."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from kiosk.organiser import SqliteOrganiserStore
from kiosk.organiser.postgres import PostgresOrganiserStore

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


def _plan(rows: Callable[[str, list[str]], Iterable[tuple[object, ...]]], flag: str) -> str:
    where, args = FILTERS[flag]
    query = f"SELECT kiosk_id, record FROM responses WHERE {where} ORDER BY seq"
    return " / ".join(" ".join(map(str, row)) for row in rows(query, args))


@pytest.mark.parametrize("flag", ["--audience", "--kiosk", "--survey --since --until"])
def test_sqlite_filters_use_an_index(tmp_path: Path, flag: str) -> None:
    SqliteOrganiserStore(tmp_path / "answers.sqlite").close()  # made as `sayso import` makes it
    with closing(sqlite3.connect(tmp_path / "answers.sqlite")) as db:
        plan = _plan(lambda query, args: db.execute(f"EXPLAIN QUERY PLAN {query}", args), flag)
    assert "USING INDEX" in plan, plan


def test_postgresql_has_an_index_for_every_filter(postgres_url: str) -> None:
    PostgresOrganiserStore(postgres_url).close()  # made as `sayso import` makes it
    with psycopg.connect(postgres_url) as db:
        db.execute("SET enable_seqscan = off")  # so an index is used whenever there is one

        def rows(query: str, args: list[str]) -> Iterable[tuple[object, ...]]:
            return db.execute(f"EXPLAIN {query.replace('?', '%s')}", args).fetchall()

        plans = {flag: _plan(rows, flag) for flag in FILTERS}
    for flag, plan in plans.items():
        assert "Index Cond" in plan, f"{flag}: {plan}"
