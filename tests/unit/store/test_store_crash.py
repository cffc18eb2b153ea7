"""A shorter run of the crash harness in bench/crash_store.py: kill -9 during saves and withdrawals."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import crash_store


@pytest.mark.slow
def test_no_acknowledged_answer_is_lost_when_the_kiosk_is_killed(tmp_path: Path) -> None:
    counts = crash_store.run(kills=36, seed=7, reset_every=12, folder=tmp_path)
    print(dict(counts))
    for failure in crash_store.FAILURES:
        assert counts[failure] == 0, failure
    assert counts["runs"] == 36
    assert counts["saves acknowledged"] > 300
    assert counts["withdrawals acknowledged"] > 10
