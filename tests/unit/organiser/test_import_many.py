"""Many bundles opened by worker processes leave the store as importing them one by one does."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest

from kiosk.bundles import open_bundle
from kiosk.bundles.codec import encode_payload
from kiosk.bundles.export import build_bundle
from kiosk.bundles.signing import sign
from kiosk.keys import OrganiserKeyPair
from kiosk.organiser import SqliteOrganiserStore
from kiosk.organiser.many import ReadBundle, import_many
from tests.unit.bundles.bundle_kiosk import make_kiosk

ORGANISER = OrganiserKeyPair.generate()


@functools.cache
def _sources() -> list[tuple[str, bytes]]:
    """Five bundles: two kiosks, one sent twice, one with a changed answer, one withdrawal."""
    first, second = make_kiosk(40, ORGANISER, seed=1), make_kiosk(30, ORGANISER, seed=2)
    one = build_bundle(first.store, first.keys, include_exported=False).data
    assert first.store.withdraw(first.saved[7].receipt)
    withdrawal = build_bundle(first.store, first.keys, include_exported=False).data
    bundle = open_bundle(build_bundle(second.store, second.keys, include_exported=False).data)
    items = list(bundle.items)
    items[20] = dataclasses.replace(items[20], ciphertext=bytes(len(items[20].ciphertext)))
    changed = sign(
        encode_payload(dataclasses.replace(bundle, items=tuple(items))), second.keys.signing
    )
    good = build_bundle(second.store, second.keys, include_exported=False).data
    return [
        ("one", one),
        ("changed", changed),
        ("again", one),
        ("good", good),
        ("gone", withdrawal),
    ]


Seen = tuple[str, dict[str, int] | None, str | None]


def _import(path: Path, workers: int) -> tuple[list[Seen], list[str]]:
    store = SqliteOrganiserStore(path)
    sources: list[tuple[str, ReadBundle]] = [(n, (lambda d=d: d)) for n, d in _sources()]  # type: ignore[misc]
    outcomes: list[Seen] = [
        (
            o.name,
            None if o.counts is None else dict(o.counts.new),
            None if o.refused is None else o.refused.message,
        )
        for o in import_many(store, sources, ORGANISER, workers, open_while_loading=False)
    ]
    kept = sorted(r.model_dump_json() for r in store.responses())
    store.close()
    return outcomes, kept


@pytest.mark.parametrize("workers", [0, 2])
def test_workers_change_nothing_but_the_time_taken(tmp_path: Path, workers: int) -> None:
    outcomes, kept = _import(tmp_path / "answers.sqlite", workers)
    names = [name for name, _, _ in outcomes]
    assert names == ["one", "changed", "again", "good", "gone"]
    refused = {name: message for name, _, message in outcomes if message}
    assert list(refused) == ["changed"]
    assert "changed after they were sealed" in str(refused["changed"])
    assert [new for _, new, _ in outcomes] == [{"ten-closed": 40}, None, {}, {"ten-closed": 30}, {}]
    assert len(kept) == 40 + 30 - 1


def test_with_and_without_workers_the_stores_hold_the_same_records(tmp_path: Path) -> None:
    alone = _import(tmp_path / "alone.sqlite", 0)
    shared = _import(tmp_path / "shared.sqlite", 2)
    assert alone == shared
