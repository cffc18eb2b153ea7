"""Report speed on both organiser stores: seconds to count N responses, and the growth curve.

    .venv/bin/python bench/bench_report.py [--sizes 10000 100000 1000000]
        [--stores sqlite postgresql] [--repeat 3] [--postgres-url postgresql://...]

Responses to the ten-question closed survey are written straight into each store's tables
(executemany on SQLite, COPY on PostgreSQL; not through bundles), then `make_report` counts
them all, as `sayso report` does. Each store grows in place from one size to the next.
Sizes under 1,000,000 are timed `--repeat` times and the best is kept; 1,000,000 once.
PostgreSQL is a throwaway server started for the run (tests/postgres/server.py) unless
`--postgres-url` names an empty database. Targets: 100,000 in 3 s and 1,000,000 in 30 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).parents[1]))  # the repository root, so `tests` imports
from kiosk.organiser import Selection, SqliteOrganiserStore  # noqa: E402
from kiosk.organiser.databases import Database  # noqa: E402
from kiosk.organiser.postgres import PostgresOrganiserStore  # noqa: E402
from kiosk.organiser.report.build import make_report  # noqa: E402
from kiosk.organiser.sql import INSERT_RESPONSE, SqlOrganiserStore  # noqa: E402
from tests.postgres.server import PostgresServer, start_server  # noqa: E402
from tests.unit.bundles.closed_survey import QUESTIONS, closed_survey  # noqa: E402

TARGETS = {100_000: 3.0, 1_000_000: 30.0}
KIOSKS = 10
POOL = 4_099
"""Distinct sets of answers to draw from: each response still carries its own ten answers."""
COLUMNS = "response_id, kiosk_id, receipt, survey_id, survey_version, audience, finished, record"


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


def _answer_sets() -> list[list[dict[str, Any]]]:
    chance = random.Random(13)
    return [[_answer(q, chance) for q in QUESTIONS] for _ in range(POOL)]


def rows(start: int, count: int) -> Iterator[tuple[Any, ...]]:
    """Stored rows numbered from `start`: the same columns and JSON record an import writes."""
    answer_sets, who = _answer_sets(), ["myself", "with_help", None]
    for number in range(start, start + count):
        day = f"2026-06-{1 + number % 28:02d}T10:00:00+00:00"
        record: dict[str, Any] = {
            "id": f"00000000-0000-4000-8000-{number:012d}",
            "survey_id": "ten-closed", "survey_version": "1", "survey_hash": "x",
            "audience": "young_person", "language": "en", "profile": {},
            "who_answered": who[number % 3], "answers": answer_sets[number * 7919 % POOL],
            "started_at": day, "finished_at": day, "complete": True, "receipt": f"R{number}",
        }  # fmt: skip
        yield (number.to_bytes(16, "big"), f"kiosk-{number % KIOSKS}", f"R{number}",
               "ten-closed", "1", "young_person", day, orjson.dumps(record).decode())  # fmt: skip


def fill(store: SqlOrganiserStore, start: int, count: int) -> None:
    """Write responses `start` to `start + count - 1` straight into the store's tables."""
    database: Database = store._db  # the benchmark writes below the store's own API
    with database.write():
        if start == 0:
            kiosks = [(f"kiosk-{kiosk}", b"k") for kiosk in range(KIOSKS)]
            database.run_many("INSERT INTO kiosks VALUES (?, ?)", kiosks)
        if isinstance(store, PostgresOrganiserStore):
            raw = store._db._db  # type: ignore[attr-defined]  # psycopg's COPY, for a quick fill
            with raw.cursor().copy(f"COPY responses ({COLUMNS}) FROM STDIN") as copy:
                for row in rows(start, count):
                    copy.write_row(row)
        else:
            database.run_many(INSERT_RESPONSE, rows(start, count))


def timed_report(store: SqlOrganiserStore) -> tuple[float, float, int]:
    """Seconds to count every response, this process's CPU seconds, and how many were counted."""
    survey = closed_survey()
    start, cpu = time.perf_counter(), time.process_time()
    report = make_report(store, Selection(), lambda i: survey)
    return time.perf_counter() - start, time.process_time() - cpu, report.people


def _load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def grow_and_time(
    store: SqlOrganiserStore, kind: str, sizes: list[int], repeat: int
) -> dict[int, float]:
    """Seconds to report each size (best of `repeat` under 1,000,000), growing the store."""
    seconds, held = {}, 0
    for size in sorted(sizes):
        began = time.perf_counter()
        fill(store, held, size - held)
        held, filled = size, time.perf_counter() - began
        runs = [timed_report(store) for _ in range(repeat if size < 1_000_000 else 1)]
        assert all(counted == size for _, _, counted in runs), runs
        best, cpu, _ = min(runs)
        seconds[size] = best
        target = TARGETS.get(size)
        verdict = (
            ""
            if target is None
            else f"  target {target:.0f} s: {'ok' if best <= target else 'SLOW'}"
        )
        print(f"{kind:<10} {size:>9,} responses  {best:6.2f} s  {best / size * 1e6:5.1f} µs each"
              f"  (CPU {cpu:.2f} s; best of {len(runs)}; filled in {filled:.0f} s; load {_load()}){verdict}", flush=True)  # fmt: skip
    return seconds


def growth_table(results: dict[str, dict[int, float]]) -> str:
    """Size against seconds for each store, as a Markdown table for the README."""
    kinds = list(results)
    lines = ["| Responses | " + " | ".join(f"{k} (s)" for k in kinds) + " | Target (s) |"]
    lines.append("|---:|" + "---:|" * len(kinds) + "---:|")
    for size in sorted({size for found in results.values() for size in found}):
        cells = [f"{results[k][size]:.2f}" if size in results[k] else "–" for k in kinds]
        target = f"{TARGETS[size]:.0f}" if size in TARGETS else ""
        lines.append(f"| {size:,} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def _store(kind: str, folder: Path, url: str | None) -> SqlOrganiserStore:
    if kind == "sqlite":
        return SqliteOrganiserStore(folder / "answers.sqlite")
    assert url is not None
    return PostgresOrganiserStore(url)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--stores", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres-url", default=None, help="An empty database to use.")
    args = parser.parse_args()
    server: PostgresServer | None = None
    if "postgresql" in args.stores and args.postgres_url is None:
        server = start_server()
    print(f"load average at the start: {_load()}", flush=True)
    results: dict[str, dict[int, float]] = {}
    try:
        for kind in args.stores:
            url = args.postgres_url or (server.new_database() if server is not None else None)
            with TemporaryDirectory() as folder:
                store = _store(kind, Path(folder), url)
                try:
                    results[kind] = grow_and_time(store, kind, args.sizes, args.repeat)
                finally:
                    store.close()
    finally:
        if server is not None:
            server.stop()
    print(f"load average at the end: {_load()}\n\n{growth_table(results)}")


if __name__ == "__main__":
    main()
