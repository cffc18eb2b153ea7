"""Bundle size and import speed: prints bytes per response and seconds per import.

    .venv/bin/python bench/bench_bundle.py [--bundles 100] [--responses 1000]

Sizes are for the ten-question closed survey in tests/unit/bundles/closed_survey.py, beside
two anchors made from the same answers: one NaCl SealedBox of each response's JSON, and
plain (unencrypted, unsigned) JSON of them all compressed with zlib.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))  # the repository root, so `tests` imports
from nacl.public import PublicKey, SealedBox  # noqa: E402

from kiosk.bundles.export import build_bundle  # noqa: E402
from kiosk.keys import KioskKeys, KioskSigningKey, OrganiserKeyPair  # noqa: E402
from kiosk.organiser import SqliteOrganiserStore  # noqa: E402
from kiosk.organiser.many import import_many, worker_count  # noqa: E402
from kiosk.store import MemoryStore  # noqa: E402
from tests.unit.bundles.closed_survey import closed_responses, closed_survey  # noqa: E402


def bundle_bytes(count: int, organiser: OrganiserKeyPair, seed: int = 1) -> tuple[bytes, list]:  # type: ignore[type-arg]
    """One signed bundle of `count` closed-survey responses, and the responses."""
    survey = closed_survey()
    store = MemoryStore(organiser.public, surveys=[survey])
    responses = closed_responses(survey, count, seed=seed)
    for response in responses:
        store.save(response)
    keys = KioskKeys(organiser.public, KioskSigningKey.generate())
    return build_bundle(store, keys, include_exported=False).data, responses


def sizes(organiser: OrganiserKeyPair) -> None:
    """Bytes per response at 10, 100 and 1,000 responses, with both anchors."""
    box = SealedBox(PublicKey(organiser.public.sealing))
    print(
        f"{'responses':>9}  {'bundle':>8}  {'SealedBox each':>14}  {'JSON+zlib':>9}  (bytes/response)"
    )
    for count in (10, 100, 1000):
        data, responses = bundle_bytes(count, organiser)
        texts = [r.model_dump_json().encode() for r in responses]
        sealed = sum(len(box.encrypt(text)) for text in texts) / count
        plain = json.dumps([r.model_dump(mode="json") for r in responses]).encode()
        zipped = len(zlib.compress(plain, 9)) / count
        print(f"{count:>9}  {len(data) / count:>8.1f}  {sealed:>14.1f}  {zipped:>9.1f}")


def _timed_import(
    path: Path, made: list[bytes], organiser: OrganiserKeyPair, workers: int
) -> float:
    """Seconds for `sayso import`'s own path: open the store, import every bundle, close it."""
    start = time.perf_counter()
    store = SqliteOrganiserStore(path)
    sources = [(str(n), functools.partial(bytes, data)) for n, data in enumerate(made)]
    refused = [o for o in import_many(store, sources, organiser, workers) if o.refused]
    store.close()
    assert not refused, refused
    return time.perf_counter() - start


def imports(bundles: int, responses: int, organiser: OrganiserKeyPair) -> None:
    """Seconds to import `bundles` bundles of `responses` each into a new SQLite store."""
    made = [bundle_bytes(responses, organiser, seed=n)[0] for n in range(bundles)]
    workers = worker_count(bundles)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answers.sqlite"
        load = os.getloadavg()[0]
        first = _timed_import(path, made, organiser, workers)
        again = _timed_import(path, made, organiser, workers)
        cpu = time.process_time()
        alone = _timed_import(Path(folder) / "alone.sqlite", made, organiser, 0)
        cpu = time.process_time() - cpu
        store = SqliteOrganiserStore(path)
        count = store.count()
        store.close()
    print(
        f"import {bundles} bundles x {responses} responses: {first:.2f} s with {workers} worker "
        f"processes ({count:,} kept); the same again (all already had): {again:.2f} s; "
        f"in one process: {alone:.2f} s ({cpu:.2f} s of CPU time); load average {load:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after"
    )


def main() -> None:
    """Run both benchmarks and print their figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--responses", type=int, default=1000)
    parser.add_argument("--import-only", action="store_true", help="leave out the sizes")
    args = parser.parse_args()
    organiser = OrganiserKeyPair.generate()
    if not args.import_only:
        sizes(organiser)
    imports(args.bundles, args.responses, organiser)


if __name__ == "__main__":
    main()
