"""A full disk or a read-only folder: earlier answers stay byte-identical, nothing is marked saved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import StoreFullError, open_store, read_responses
from tests.unit.store.store_helpers import MakeResponse, as_kept

REPO = str(Path(__file__).parents[3])  # where `tests` can be imported from

FILL_THE_DISK = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from tests.unit.store.store_helpers import sample_response
    from kiosk.store import StoreFullError, open_store

    data_dir = Path(sys.argv[1])
    path = data_dir / "responses.sayso"
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def fill(store, attempt):
        before = path.read_bytes()
        failures, room = [], 0
        while True:
            resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + room, hard))
            try:
                store.save(attempt)
            except StoreFullError as error:
                failures.append({
                    "room": room, "message": error.message, "notice": store.notices[-1],
                    "kept": store.has_receipt(attempt.receipt), "count": store.count(),
                    "same_bytes": path.read_bytes() == before,
                })
                room += 1
                continue
            break
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        grown = path.stat().st_size - len(before)
        return {"failures": failures, "saved_with_room": room, "grown": grown}

    store = open_store(data_dir)
    store.save(sample_response(0))
    store.close()
    store = open_store(data_dir)  # a new run: its first save also writes the batch header
    reports = [fill(store, sample_response(1)), fill(store, sample_response(2))]
    store.close()
    print(json.dumps(reports))
    """
)


def test_a_full_disk_at_every_byte_of_a_save_keeps_earlier_data_and_saves_nothing(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", FILL_THE_DISK, str(tmp_path), REPO],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    first_of_run, later = json.loads(run.stdout)
    assert first_of_run["saved_with_room"] > later["saved_with_room"] + 100  # with the header
    for saved_before, report in enumerate((first_of_run, later), start=1):
        failures = report["failures"]
        assert [f["room"] for f in failures] == list(range(report["saved_with_room"]))
        assert report["grown"] == report["saved_with_room"]  # whole records, no leftovers
        for failure in failures:
            assert failure["same_bytes"], f"earlier data changed with {failure['room']} bytes free"
            assert not failure["kept"]
            assert failure["count"] == saved_before
            assert failure["message"].startswith("The disk is full")
            assert failure["notice"] == failure["message"]
    store = open_store(tmp_path)
    assert store.notices == []  # no damage was left behind
    store.close()
    assert as_kept(read_responses(tmp_path)) == as_kept([make_response(n) for n in range(3)])


def make_read_only(paths: list[Path]) -> None:
    """Stop writes to `paths`: chmod for ordinary users; root ignores that, so `chattr +i`."""
    for path in paths:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i", str(path)], check=True)
        else:
            os.chmod(path, 0o555 if path.is_dir() else 0o444)


def make_writable(paths: list[Path]) -> None:
    """Undo `make_read_only`."""
    for path in paths:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)


@pytest.fixture
def frozen(tmp_path: Path) -> Iterator[list[Path]]:
    """Paths made read-only during a test, made writable again afterwards."""
    paths: list[Path] = []
    yield paths
    make_writable(paths)


def test_a_read_only_folder_is_reported_and_nothing_is_marked_saved(
    tmp_path: Path, make_response: MakeResponse, frozen: list[Path]
) -> None:
    store = open_store(tmp_path)
    store.save(make_response(0))
    store.close()
    before = (tmp_path / "responses.sayso").read_bytes()
    store = open_store(tmp_path)
    frozen.extend([tmp_path / "responses.sayso", tmp_path])
    make_read_only(frozen)
    with pytest.raises(StoreFullError, match="permission was denied") as caught:
        store.save(make_response(1))
    assert not store.has_receipt(make_response(1).receipt)
    assert store.count() == 1
    assert store.notices[-1] == caught.value.message
    store.close()
    frozen.append(tmp_path / "kiosk.lock")
    make_read_only(frozen[-1:])
    with pytest.raises(StoreFullError, match="cannot be written to"):
        open_store(tmp_path)
    assert (tmp_path / "responses.sayso").read_bytes() == before
