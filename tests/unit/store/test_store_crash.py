"""A shorter run of the crash harness in bench/crash_store.py: kill -9 during saves and withdrawals."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HARNESS = Path(__file__).parents[3] / "bench" / "crash_store.py"


def test_no_acknowledged_answer_is_lost_when_the_kiosk_is_killed(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("crash_store", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    sys.modules["crash_store"] = harness  # dataclasses look their module up by name
    spec.loader.exec_module(harness)
    counts = harness.run(kills=36, seed=7, reset_every=12, folder=tmp_path)
    print(dict(counts))
    for failure in harness.FAILURES:
        assert counts[failure] == 0, failure
    assert counts["runs"] == 36
    assert counts["saves acknowledged"] > 300
    assert counts["withdrawals acknowledged"] > 10
