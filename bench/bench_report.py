"""Report speed on both organiser stores: seconds to count N responses, and the growth curve.

    .venv/bin/python bench/bench_report.py [--sizes 10000 100000 1000000] [--stores sqlite postgresql]

Responses to the ten-question closed survey are written straight into each store (not through
bundles), then `make_report` counts them all, as `sayso report` does. PostgreSQL is a
throwaway server started for the run (tests/postgres/server.py). Targets: 100,000 in 3 s and
1,000,000 in 30 s.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parents[1]))  # the repository root, so `tests` imports
from kiosk.organiser import Selection, SqliteOrganiserStore  # noqa: E402
from kiosk.organiser.databases import Database  # noqa: E402
from kiosk.organiser.postgres import PostgresOrganiserStore  # noqa: E402
from kiosk.organiser.report.build import make_report  # noqa: E402
from kiosk.organiser.sql import INSERT_RESPONSE, SqlOrganiserStore  # noqa: E402
from tests.postgres.server import PostgresServer, start_server  # noqa: E402
from tests.unit.bundles.closed_survey import QUESTIONS, closed_survey  # noqa: E402

TARGETS = {100_000: 3.0, 1_000_000: 30.0}


def _answer(question: dict[str, Any], chance: random.Random) -> dict[str, Any]:
    kind = question["type"]
    if kind in ("faces", "rating"):
        return {"question": question["id"], "status": "answered", "value": chance.randint(1, 5)}
    if kind == "yes_no":
        value: Any = chance.choice(["yes", "no", "not_sure"])
    elif kind == "multiple_choice":
        value = [f"option_{n}" for n in range(5) if chance.random() < 0.4] or ["option_0"]
    else:
        value = f"option_{chance.randint(0, 4)}"
    return {"question": question["id"], "status": "answered", "value": value}


def rows(count: int) -> Iterator[tuple[Any, ...]]:
    """`count` stored rows: the same columns and JSON record an import writes."""
    chance = random.Random(count)
    for number in range(count):
        day = f"2026-06-{1 + number % 28:02d}T10:00:00+00:00"
        record: dict[str, Any] = {
            "id": f"00000000-0000-4000-8000-{number:012d}",
            "survey_id": "ten-closed", "survey_version": "1", "survey_hash": "x",
            "audience": "young_person", "language": "en", "profile": {},
            "who_answered": chance.choice(["myself", "with_help", None]),
            "answers": [_answer(q, chance) for q in QUESTIONS],
            "started_at": day, "finished_at": day, "complete": True, "receipt": f"R{number}",
        }  # fmt: skip
        kiosk = f"kiosk-{number % 10}"
        yield (number.to_bytes(16, "big"), kiosk, f"R{number}", "ten-closed", "1",
               "young_person", day, json.dumps(record))  # fmt: skip


def fill(store: SqlOrganiserStore, count: int) -> None:
    """Write `count` responses straight into the store's tables."""
    database: Database = store._db  # the benchmark writes below the store's own API
    with database.write():
        for kiosk in range(10):
            database.run("INSERT INTO kiosks VALUES (?, ?)", (f"kiosk-{kiosk}", b"k"))
        if isinstance(store, PostgresOrganiserStore):
            _copy(store, count)
        else:
            database.run_many(INSERT_RESPONSE, rows(count))


def _copy(store: PostgresOrganiserStore, count: int) -> None:
    raw = store._db._db  # type: ignore[attr-defined]  # psycopg's COPY, for a quick fill
    columns = (
        "response_id, kiosk_id, receipt, survey_id, survey_version, audience, finished, record"
    )
    with raw.cursor().copy(f"COPY responses ({columns}) FROM STDIN") as copy:
        for row in rows(count):
            copy.write_row(row)


def timed_report(store: SqlOrganiserStore) -> tuple[float, int]:
    """Seconds to count every response, and how many were counted."""
    survey = closed_survey()
    start = time.perf_counter()
    report = make_report(store, Selection(), lambda i: survey)
    return time.perf_counter() - start, report.people


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--stores", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args()
    server: PostgresServer | None = start_server() if "postgresql" in args.stores else None
    try:
        for kind in args.stores:
            for size in args.sizes:
                with tempfile.TemporaryDirectory() as folder:
                    store: SqlOrganiserStore = (
                        SqliteOrganiserStore(Path(folder) / "answers.sqlite")
                        if kind == "sqlite"
                        else PostgresOrganiserStore(server.new_database())  # type: ignore[union-attr]
                    )
                    fill(store, size)
                    seconds, counted = timed_report(store)
                    store.close()
                target = TARGETS.get(size)
                verdict = (
                    ""
                    if target is None
                    else f"  target {target:.0f} s: {'ok' if seconds <= target else 'SLOW'}"
                )
                print(
                    f"{kind:<10} {counted:>9,} responses  {seconds:6.2f} s  {seconds / counted * 1e6:5.1f} µs each{verdict}",
                    flush=True,
                )
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
