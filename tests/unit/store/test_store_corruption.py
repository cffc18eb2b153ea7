"""A damaged answers file is moved aside, every intact record is recovered, and staff are told."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kiosk.store import open_store, read_responses
from kiosk.store.durable import QUARANTINE_DIR, STORE_FILE
from surveys.response import Response
from tests.unit.store.store_helpers import MakeResponse, as_kept

SAVED = 10


def saved_store(data_dir: Path, make_response: MakeResponse) -> tuple[list[Response], list[int]]:
    """A store of ten responses, and the file's size after each save."""
    store = open_store(data_dir)
    responses, ends = [], []
    for number in range(SAVED):
        responses.append(make_response(number))
        store.save(responses[-1])
        ends.append((data_dir / STORE_FILE).stat().st_size)
    store.close()
    return responses, ends


def reopen_damaged(data_dir: Path, damaged: bytes) -> tuple[list[str], list[Path]]:
    """Write `damaged` as the store, open it, and say what staff were told and what was set aside."""
    (data_dir / STORE_FILE).write_bytes(damaged)
    store = open_store(data_dir)
    notices = list(store.notices)
    store.close()
    quarantined = sorted((data_dir / QUARANTINE_DIR).iterdir())
    return notices, quarantined


@pytest.mark.parametrize("cut", ["in_magic", "in_batch", "in_first", "mid_file", "last_byte"])
def test_a_truncated_file_is_quarantined_and_whole_records_recovered(
    tmp_path: Path, make_response: MakeResponse, cut: str
) -> None:
    responses, ends = saved_store(tmp_path, make_response)
    original = (tmp_path / STORE_FILE).read_bytes()
    first_start = ends[0] - (ends[1] - ends[0])  # records are all the same size
    length = {
        "in_magic": 5,
        "in_batch": 30,
        "in_first": first_start + 7,
        "mid_file": ends[5] + 40,
        "last_byte": len(original) - 1,
    }[cut]
    intact = sum(1 for end in ends if end <= length) if cut != "in_batch" else 0
    notices, quarantined = reopen_damaged(tmp_path, original[:length])
    assert [q.read_bytes() for q in quarantined] == [original[:length]]
    assert notices[-1].startswith("The answers file was damaged. It was moved to")
    assert f"and {intact} answers were recovered" in notices[-1]
    assert as_kept(read_responses(tmp_path)) == as_kept(responses[:intact])
    store = open_store(tmp_path)
    assert store.notices == []  # repaired once, then a healthy store
    assert store.count() == intact
    store.close()


def test_a_flipped_bit_costs_only_the_record_it_is_in(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    responses, ends = saved_store(tmp_path, make_response)
    damaged = bytearray((tmp_path / STORE_FILE).read_bytes())
    damaged[ends[3] + 60] ^= 0x10  # inside the fifth response's record
    notices, quarantined = reopen_damaged(tmp_path, bytes(damaged))
    assert len(quarantined) == 1
    assert f"and {SAVED - 1} answers were recovered" in notices[-1]
    assert as_kept(read_responses(tmp_path)) == as_kept(responses[:4] + responses[5:])


@pytest.mark.parametrize(
    ("where", "lost"), [("magic", None), ("first_batch_copy", None), ("record_length", 4)]
)
def test_damage_to_headers_costs_at_most_one_record(
    tmp_path: Path, make_response: MakeResponse, where: str, lost: int | None
) -> None:
    responses, ends = saved_store(tmp_path, make_response)
    damaged = bytearray((tmp_path / STORE_FILE).read_bytes())
    offset = {"magic": 3, "first_batch_copy": 40, "record_length": ends[3] + 3}[where]
    damaged[offset] ^= 0xFF
    notices, _ = reopen_damaged(tmp_path, bytes(damaged))
    expected = [r for number, r in enumerate(responses) if number != lost]
    assert f"and {len(expected)} answers were recovered" in notices[-1]
    assert as_kept(read_responses(tmp_path)) == as_kept(expected)


def test_random_damage_never_gives_back_a_changed_answer(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    responses, _ = saved_store(tmp_path, make_response)
    original = (tmp_path / STORE_FILE).read_bytes()
    chance = random.Random(4)
    for round_number in range(20):
        damaged = bytearray(original)
        for _ in range(chance.randint(1, 4)):
            damaged[chance.randrange(len(damaged))] ^= 1 << chance.randrange(8)
        data_dir = tmp_path / f"round{round_number}"
        data_dir.mkdir()
        for name in ("keys",):
            (data_dir / name).symlink_to(tmp_path / name)
        notices, quarantined = reopen_damaged(data_dir, bytes(damaged))
        recovered = read_responses(data_dir)
        assert len(quarantined) == 1
        assert all(kept in as_kept(responses) for kept in as_kept(recovered))
        assert len(recovered) >= SAVED - 4
        assert f"and {len(recovered)} answers were recovered" in notices[-1]


def test_a_file_of_nonsense_is_set_aside_not_emptied(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    nonsense = bytes(random.Random(1).randrange(256) for _ in range(5000))
    notices, quarantined = reopen_damaged(tmp_path, nonsense)
    assert [q.read_bytes() for q in quarantined] == [nonsense]
    assert "and 0 answers were recovered" in notices[-1]
