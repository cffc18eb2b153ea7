"""Durable save time as the store grows: Say So's journal store, TinyDB's JSONStorage, SQLite.

Each save is timed from the call until it returns, which for every store is after fsync.
All three keep the same record: the readable metadata plus the same sealed body.

    python bench/bench_store.py            # 1,000 / 10,000 / 50,000 stored
"""

from __future__ import annotations

import base64
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage
from tinydb.table import Table

from kiosk.keys import OrganiserKeyPair
from kiosk.safe_files import fsync_file
from kiosk.store import open_store
from kiosk.store.durable import STORE_FILE
from kiosk.store.records import response_doc
from kiosk.store.sealing import BatchSealer
from surveys.profiles import AccessProfile
from surveys.response import Answer, Response

SIZES = (1_000, 10_000, 50_000)
SAMPLES = {"Say So journal": 1000, "SQLite WAL FULL": 1000}
JSON_SAMPLES = {1_000: 100, 10_000: 20, 50_000: 5}


def response(number: int) -> Response:
    """A 10-question response with one free-text answer."""
    started = datetime(2026, 7, 1, 10, 0, tzinfo=UTC) + timedelta(seconds=number)
    closed = tuple(Answer(question=f"q{i}", value=(number + i) % 5) for i in range(9))
    return Response(
        id=uuid.uuid4(),
        survey_id="my-school",
        survey_version="2",
        survey_hash="c0ffee" * 5,
        audience="young_person",
        language="en",
        profile=AccessProfile(),
        who_answered="myself",
        answers=(*closed, Answer(question="more", value=f"something to say, number {number}")),
        started_at=started,
        finished_at=started + timedelta(minutes=4),
        complete=True,
        receipt=f"B{number:07d}",
    )


def sealed_docs(sealer: BatchSealer, numbers: range) -> Iterator[dict[str, object]]:
    """The documents the journal store would keep, for the other stores to keep too."""
    for number in numbers:
        yield response_doc(sealer.seal(response(number)), 1, 1)


def as_json(doc: dict[str, object]) -> dict[str, object]:
    """`doc` with its sealed body in base64, as JSON needs."""
    return {**doc, "body": base64.b64encode(doc["body"]).decode()}  # type: ignore[arg-type]


def timed(save: Callable[[int], None], numbers: range) -> list[float]:
    """Milliseconds per call of `save` for each number."""
    times = []
    for number in numbers:
        start = time.perf_counter()
        save(number)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p50_p99(times: list[float]) -> str:
    """ "p50 / p99" in milliseconds."""
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return f"{statistics.median(times):6.2f} / {cuts[98]:6.2f}"


def bench_journal(folder: Path) -> tuple[dict[int, list[float]], dict[str, float]]:
    """Save times at each size for Say So's store, and start-up figures at the largest."""
    results: dict[int, list[float]] = {}
    store = open_store(folder)
    stored = 0
    for size in SIZES:
        for number in range(stored, size):
            store.save(response(number))
        samples = range(size, size + SAMPLES["Say So journal"])
        results[size] = timed(lambda n: store.save(response(n)), samples)
        stored = samples.stop
    store.close()
    extra: dict[str, float] = {}
    start = time.perf_counter()
    store = open_store(folder)
    extra["open + replay, 50,000 stored (s)"] = time.perf_counter() - start
    count = store.count()
    extra["file bytes per stored response"] = (folder / STORE_FILE).stat().st_size / count
    start = time.perf_counter()
    store.withdraw(response(10).receipt)
    extra["withdraw + compaction, 50,000 stored (s)"] = time.perf_counter() - start
    store.close()
    data = (folder / STORE_FILE).read_bytes()
    (folder / STORE_FILE).write_bytes(data[:-7])  # a torn last record
    start = time.perf_counter()
    store = open_store(folder)
    extra["open + quarantine + recover, 50,000 (s)"] = time.perf_counter() - start
    store.close()
    return results, extra


def bench_disk_floor(folder: Path) -> dict[int, list[float]]:
    """Append 340 bytes and fdatasync, alone: the disk's own cost, for the same file sizes."""
    results: dict[int, list[float]] = {}
    record = b"x" * 340
    for size in SIZES:
        path = folder / f"floor-{size}"
        path.write_bytes(b"\0" * (size * 330))
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)

        def append(_: int, fd: int = fd) -> None:
            os.write(fd, record)
            fsync_file(fd)

        results[size] = timed(append, range(1000))
        os.close(fd)
        path.unlink()
    return results


def bench_sqlite(folder: Path, sealer: BatchSealer) -> dict[int, list[float]]:
    """Save times at each size for SQLite in WAL mode with synchronous=FULL."""
    db = sqlite3.connect(folder / "responses.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(
        "CREATE TABLE responses (id INTEGER PRIMARY KEY, survey TEXT, audience TEXT, "
        "receipt TEXT UNIQUE, started TEXT, finished TEXT, batch INTEGER, n INTEGER, "
        "body BLOB, exported INTEGER DEFAULT 0)"
    )
    insert = (
        "INSERT INTO responses (survey, audience, receipt, started, finished, batch, n, body) "
        "VALUES (:survey, :audience, :receipt, :started, :finished, :batch, :n, :body)"
    )

    def save(number: int) -> None:
        db.execute("BEGIN")
        db.execute(insert, next(sealed_docs(sealer, range(number, number + 1))))
        db.execute("COMMIT")

    results: dict[int, list[float]] = {}
    stored = 0
    for size in SIZES:
        db.execute("BEGIN")
        db.executemany(insert, sealed_docs(sealer, range(stored, size)))
        db.execute("COMMIT")
        samples = range(size, size + SAMPLES["SQLite WAL FULL"])
        results[size] = timed(save, samples)
        stored = samples.stop
    db.close()
    return results


def bench_tinydb_json(folder: Path, sealer: BatchSealer) -> dict[int, list[float]]:
    """Save times at each size for TinyDB's own JSONStorage (it fsyncs each write)."""
    results: dict[int, list[float]] = {}
    for size in SIZES:
        path = folder / f"tinydb-{size}.json"
        docs = {str(i + 1): as_json(d) for i, d in enumerate(sealed_docs(sealer, range(size)))}
        path.write_text(json.dumps({"responses": docs}))
        db = TinyDB(path, storage=JSONStorage)
        table = db.table("responses")
        samples = range(size, size + JSON_SAMPLES[size])

        def insert(number: int, table: Table = table) -> None:
            table.insert(as_json(next(sealed_docs(sealer, range(number, number + 1)))))

        results[size] = timed(insert, samples)
        db.close()
        path.unlink()
    return results


def machine() -> str:
    """What this ran on."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = f" load average {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    return f"{platform.system()} {platform.release()}, {model}, {os.cpu_count()} cores,{load}, Python {platform.python_version()}"


def filesystem(path: Path) -> str:
    """The folder and the type of file system it is on, where the OS says."""
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return str(path)
    best = ("", "?")
    for line in mounts.read_text().splitlines():
        _, point, kind, *_ = line.split()
        if str(path.resolve()).startswith(point) and len(point) > len(best[0]):
            best = (point, kind)
    return f"{path} ({best[1]})"


def main() -> None:
    """Run every store and print the table."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="sayso-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    sealer = BatchSealer(OrganiserKeyPair.generate().public)
    try:
        journal, extra = bench_journal(folder / "journal")
        floor = bench_disk_floor(folder)
        sqlite = bench_sqlite(folder, sealer)
        tinydb = bench_tinydb_json(folder, sealer)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Durable save, ms (p50 / p99); {machine()}")
    print(f"Data folder on: {filesystem(folder.parent)}")
    print(
        f"{'stored':>8}  {'Say So journal':>17}  {'SQLite WAL FULL':>17}  {'TinyDB JSONStorage':>19}"
        f"  {'disk: write+fsync':>17}"
    )
    for size in SIZES:
        print(
            f"{size:>8,}  {p50_p99(journal[size]):>17}  {p50_p99(sqlite[size]):>17}  "
            f"{p50_p99(tinydb[size]):>19}  {p50_p99(floor[size]):>17}"
        )
    print(
        f"samples per size: journal {SAMPLES['Say So journal']}, SQLite {SAMPLES['SQLite WAL FULL']}, "
        f"TinyDB JSONStorage {', '.join(f'{n:,}: {k}' for n, k in JSON_SAMPLES.items())} "
        "(each of its saves rewrites the whole file, so fewer are sampled)"
    )
    p99 = {
        size: statistics.quantiles(journal[size], n=100, method="inclusive")[98] for size in SIZES
    }
    print(f"journal p99 at 50,000 / p99 at 1,000: {p99[50_000] / p99[1_000]:.2f} (target <= 2)")
    for name, value in extra.items():
        print(f"{name}: {value:.2f}")


if __name__ == "__main__":
    main()
