"""PINs typed in quick succession: each one is checked and counted, and no write trips another."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from kiosk.pin import PIN_FILE, PinCheck, StaffPin


def saved_failures(data_dir: Path) -> int:
    failures: int = json.loads((data_dir / PIN_FILE).read_text(encoding="utf-8"))["failures"]
    return failures


def try_together(pins: list[StaffPin], tries: int) -> tuple[list[PinCheck], list[BaseException]]:
    """Check a wrong PIN from several threads at once; return every result and every error."""
    start = threading.Barrier(len(pins) * tries)
    results: list[PinCheck] = []
    errors: list[BaseException] = []

    def one(pin: StaffPin) -> None:
        start.wait()
        try:
            results.append(pin.check("0000"))
        except BaseException as error:  # noqa: BLE001 - the test reports any failure at all
            errors.append(error)

    threads = [threading.Thread(target=one, args=(pin,)) for pin in pins for _ in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results, errors


def test_wrong_pins_typed_at_once_each_count_as_a_failure(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    results, errors = try_together([pin], 5)
    assert errors == []
    assert saved_failures(tmp_path) == 3  # the third starts a wait; later ones are not checked
    assert sorted(r.wait_seconds > 0 for r in results) == [False, False, True, True, True]
    assert sum(r.message.startswith("That PIN is not right.") for r in results) == 3


def test_two_kiosk_objects_writing_at_once_never_trip_over_a_temporary_file(
    tmp_path: Path,
) -> None:
    StaffPin(tmp_path).set("4829")
    results, errors = try_together([StaffPin(tmp_path), StaffPin(tmp_path)], 4)
    assert errors == []
    assert all(r.problem is None for r in results)  # no "rename ... ENOENT" from a shared name
    assert not list(tmp_path.glob(".*.tmp"))
