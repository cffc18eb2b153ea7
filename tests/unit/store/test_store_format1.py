"""A store written before the compact format (format 1) still opens, recovers and exports."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.keys import organiser_private_key
from kiosk.store import open_sealed, open_store, read_responses
from tests.unit.store.store_helpers import MakeResponse

FIXTURE = Path(__file__).parent / "fixtures" / "format1"
KEPT = [0, 1, 2, 4, 5]  # the fixture withdrew number 3 and exported number 0


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "kiosk"
    shutil.copytree(FIXTURE, target)
    return target


def test_a_format1_store_gives_back_every_kept_response_exactly(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    data_dir = _copy(tmp_path)
    assert read_responses(data_dir) == [make_response(n) for n in KEPT]  # ids and all
    store = open_store(data_dir)
    assert store.notices == []
    assert store.count() == len(KEPT)
    assert store.receipts() == [make_response(n).receipt for n in KEPT]
    store.close()


def test_a_format1_store_exports_its_new_responses(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    data_dir = _copy(tmp_path)
    store = open_store(data_dir)
    items = list(store.export_items())
    assert [item.format for item in items] == [1, 1, 1, 1]
    organiser = organiser_private_key(data_dir)
    assert [open_sealed(i, organiser) for i in items] == [make_response(n) for n in KEPT[1:]]
    assert len(list(store.export_items(include_exported=True))) == len(KEPT)
    store.close()


def test_new_answers_in_a_format1_store_are_compact_and_both_read_back(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    data_dir = _copy(tmp_path)
    store = open_store(data_dir)
    store.save(make_response(9))
    store.close()
    store = open_store(data_dir)
    assert [item.format for item in store.export_items()] == [1, 1, 1, 1, 2]
    store.close()
    receipts = [r.receipt for r in read_responses(data_dir)]
    assert receipts == [make_response(n).receipt for n in [*KEPT, 9]]


def test_a_damaged_format1_store_is_recovered(tmp_path: Path, make_response: MakeResponse) -> None:
    data_dir = _copy(tmp_path)
    path = data_dir / "responses.sayso"
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    store = open_store(data_dir)
    assert "was damaged" in store.notices[0]
    assert 0 < store.count() < len(KEPT)
    store.close()
    recovered = read_responses(data_dir)
    assert recovered == [make_response(n) for n in KEPT[: len(recovered)]]
    store = open_store(data_dir)
    assert len(list(store.export_items(include_exported=True))) == len(recovered)
    store.close()
