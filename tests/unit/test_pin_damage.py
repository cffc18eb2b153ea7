"""The right PIN always opens staff mode: with a disk that refuses writes, or a damaged field."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from kiosk.pin import LOCKED_MESSAGE, PIN_FILE, PinStatus, StaffPin
from kiosk.safe_files import write_file_atomically


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class FailingWriter:
    """Writes files until told to fail, then raises the `OSError` a full or locked disk gives."""

    def __init__(self) -> None:
        self.fails_with: int | None = None

    def __call__(self, path: Path, data: bytes, mode: int) -> None:
        if self.fails_with is not None:
            raise OSError(self.fails_with, os.strerror(self.fails_with))
        write_file_atomically(path, data, mode)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "permission was denied"),
        (errno.EPERM, "permission was denied"),
    ],
)
def test_a_disk_that_refuses_writes_never_locks_staff_out_and_says_why(
    tmp_path: Path, code: int, words: str
) -> None:
    writer, clock = FailingWriter(), Clock()
    pin = StaffPin(tmp_path, clock, writer)
    pin.set("4829")
    writer.fails_with = code
    results = [pin.check("0000") for _ in range(3)]
    assert all(not r.ok and r.problem is not None and words in r.problem for r in results)
    assert results[-1].wait_seconds == 5  # still counted, in memory
    clock.now += 5
    opened = pin.check("4829")
    assert opened.ok
    assert opened.problem is not None
    assert f"could not save the count of wrong PINs ({words})" in opened.problem
    writer.fails_with = None
    clock.now += 1
    pin.check("0000")
    assert pin.problem is None  # saving works again, so the warning goes


def test_a_rename_that_fails_still_opens_with_the_right_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    pin.check("0000")

    def refuse(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    opened = pin.check("4829")
    assert opened.ok
    assert opened.problem is not None
    assert "the disk is full" in opened.problem
    assert not list(tmp_path.glob(".*.tmp"))  # nothing left behind


def damage(tmp_path: Path, **fields: object) -> None:
    path = tmp_path / PIN_FILE
    state = json.loads(path.read_text(encoding="utf-8"))
    state.update(fields)
    path.write_text(json.dumps(state), encoding="utf-8")


@pytest.mark.parametrize(
    "fields",
    [
        {"failures": "three"},
        {"failures": [1, 2]},
        {"failures": -7},
        {"failures": 10**400},
        {"failures": True},
        {"wait_until": float("nan")},
        {"wait_until": "soon"},
        {"wait_until": None},
        {"wait_until": -1e300},
    ],
)
def test_a_damaged_count_or_wait_is_started_again_and_the_right_pin_opens(
    tmp_path: Path, fields: dict[str, object]
) -> None:
    StaffPin(tmp_path).set("4829")
    damage(tmp_path, **fields)
    pin = StaffPin(tmp_path)
    assert pin.status is PinStatus.READY
    assert pin.check("4829").ok
    assert pin.check("0000").message == "That PIN is not right. Please try again."


@pytest.mark.parametrize(
    "wait_until", [float("inf"), 1e308, 10**400, 1_000_000.0 + 999_997, 1_000_000.0 + 901]
)
def test_a_wait_edited_to_be_longer_is_at_most_fifteen_minutes(
    tmp_path: Path, wait_until: float
) -> None:
    clock = Clock()
    StaffPin(tmp_path, clock).set("4829")
    damage(tmp_path, wait_until=wait_until, failures=4)
    pin = StaffPin(tmp_path, clock)
    assert pin.check("4829").message == "Please wait 900 seconds, then type the PIN again."
    clock.now += 900
    restarted = StaffPin(tmp_path, clock)  # the cut wait was saved: it ends, even after a restart
    assert restarted.check("4829").ok


@pytest.mark.parametrize(
    "contents",
    [
        '{"salt": "not base64!", "hash": "AAAA", "failures": 0, "wait_until": 0}',
        "SALT_AND_LIST_HASH",
        "SHORT_HASH",
        '{"failures": 0, "wait_until": 0}',
        "[1, 2, 3]",
        "not json at all",
        "",
        "BAD_UTF8",
        "[" * 100_000,
    ],
)
def test_a_damaged_hash_lets_no_pin_in_and_says_staff_mode_is_locked(
    tmp_path: Path, contents: str
) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    good = json.loads((tmp_path / PIN_FILE).read_text(encoding="utf-8"))
    if contents == "SALT_AND_LIST_HASH":
        contents = json.dumps({**good, "hash": [1, 2, 3]})
    elif contents == "SHORT_HASH":
        contents = json.dumps({**good, "hash": good["hash"][:8]})
    data = b"\xff\xfe{" if contents == "BAD_UTF8" else contents.encode("utf-8")
    (tmp_path / PIN_FILE).write_bytes(data)
    pin = StaffPin(tmp_path)
    assert pin.status is PinStatus.LOCKED
    for tried in ("4829", "0000", ""):
        result = pin.check(tried)
        assert not result.ok
        assert result.message == LOCKED_MESSAGE


def test_a_deleted_pin_file_keeps_staff_mode_locked_after_a_pin_was_set(tmp_path: Path) -> None:
    StaffPin(tmp_path).set("4829")
    (tmp_path / PIN_FILE).unlink()
    pin = StaffPin(tmp_path)
    assert pin.status is PinStatus.LOCKED
    assert pin.check("4829").message == LOCKED_MESSAGE
