"""A typed receipt code is found forgivingly, and wrong ones count towards the wait."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from kiosk.lookup.receipts import Found, LookupResult, NotACode, NotFound, PleaseWait, look_up
from kiosk.lookup.throttle import LookupThrottle
from kiosk.store import MemoryStore
from kiosk.store.codec import ResponseMeta
from tests.unit.store.store_helpers import sample_response


def test_any_case_spaces_and_dashes_find_the_code(tmp_path: Path) -> None:
    store = MemoryStore()
    response = sample_response(7)
    store.save(response)
    typed = response.receipt.lower().replace("-", " - ")
    found = look_up(typed, store, LookupThrottle(tmp_path))
    assert isinstance(found, Found)
    assert found.code == response.receipt
    assert found.saved_on == response.finished_at.astimezone().date()


def test_wrong_codes_count_and_then_nothing_is_looked_up(tmp_path: Path) -> None:
    store = MemoryStore()
    store.save(sample_response(7))
    throttle = LookupThrottle(tmp_path)
    assert look_up("hello", store, throttle) == NotACode(look_alike=False)
    assert look_up("k0m 2qx", store, throttle) == NotACode(look_alike=True)  # a zero, no code has
    results = [look_up("ZZZ-ZZZ", store, throttle) for _ in range(3)]
    assert [type(r) for r in results] == [NotFound, NotFound, NotFound]
    refused = look_up(sample_response(7).receipt, store, throttle)  # even a right code waits
    assert isinstance(refused, PleaseWait)
    assert 4 < refused.seconds <= 5


class SlowStore(MemoryStore):
    """A store that takes a moment to find a receipt, as a busy disk does."""

    def receipt_meta(self, code: str) -> ResponseMeta | None:
        time.sleep(0.05)  # the lookup's own time on a slow disk, not a race guard
        return super().receipt_meta(code)


def test_lookups_at_the_same_moment_are_each_counted_before_the_next(tmp_path: Path) -> None:
    """Quick tries together must not all pass the wait before any is counted."""
    store, throttle = SlowStore(), LookupThrottle(tmp_path)
    together = threading.Barrier(6)
    results: list[LookupResult] = []

    def guess(n: int) -> None:
        together.wait()
        results.append(look_up(f"ZZZ-ZZ{n + 2}", store, throttle))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(type(r).__name__ for r in results) == ["NotFound"] * 3 + ["PleaseWait"] * 3
