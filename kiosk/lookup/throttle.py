"""Wrong receipt codes slow the next lookup down, for everyone, even after a restart.

A receipt code is 6 of 31 letters and numbers, so guessing one is hopeless if guesses are
slow. After `FREE_TRIES` wrong codes in a row each further lookup waits longer (5 s, 10 s,
20 s ... up to 5 minutes). A right code does not reset the count (someone with one good code
could reset it between guesses); wrong codes are forgotten after a quiet `FORGET_AFTER`.
The count is kept in `DATA/receipt-lookups.json`; if it cannot be written, it is kept in
memory and the kiosk carries on, so a kiosk keeps one throttle for as long as it runs.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.safe_files import write_file_atomically

THROTTLE_FILE = "receipt-lookups.json"
FREE_TRIES = 3
FIRST_WAIT = 5.0
LONGEST_WAIT = 300.0
FORGET_AFTER = 3600.0
"""Wrong codes are forgotten once nobody has typed a wrong one for this long (seconds)."""


def wait_after(failures: int) -> float:
    """How long the next lookup waits after `failures` wrong codes in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(LONGEST_WAIT, FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 20)))


@dataclass(frozen=True)
class _Tally:
    failures: int = 0
    last_failure: float = 0.0


class LookupThrottle:
    """Counts wrong receipt codes in one data folder (or in memory when `data_dir` is None)."""

    def __init__(self, data_dir: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.path = None if data_dir is None else data_dir / THROTTLE_FILE
        self._clock = clock
        self._in_memory = _Tally()
        self.lock = threading.Lock()
        """Held for one whole lookup, so each wrong code is counted before the next is tried."""

    def wait_seconds(self) -> float:
        """How long until the next lookup may be tried (0 when it may be tried now)."""
        tally, now = self._read(), self._clock()
        if tally.failures == 0:
            return 0.0
        waited = max(0.0, now - tally.last_failure)  # a clock set back waits no longer
        return max(0.0, wait_after(tally.failures) - waited)

    def failed(self) -> float:
        """Count one wrong code; returns how long the next lookup must wait."""
        tally, now = self._read(), self._clock()
        self._write(_Tally(tally.failures + 1, now))
        return self.wait_seconds()

    def _read(self) -> _Tally:
        tally, now = self._in_memory, self._clock()
        if self.path is not None:
            with contextlib.suppress(OSError):  # no file yet: nothing counted, or memory's count
                kept = _parse(self.path.read_text(encoding="utf-8"), now)
                tally = max(tally, kept, key=lambda t: (t.last_failure, t.failures))
        if tally.failures and now - tally.last_failure > FORGET_AFTER:
            return _Tally()
        return tally

    def _write(self, tally: _Tally) -> None:
        self._in_memory = tally
        if self.path is None:
            return
        data = json.dumps({"failures": tally.failures, "last_failure": tally.last_failure})
        with contextlib.suppress(OSError):  # the count carries on in memory
            write_file_atomically(self.path, data.encode("utf-8"), 0o600)


def _parse(text: str, now: float) -> _Tally:
    """The tally in the file; a damaged file counts as the free tries used up, not as none."""
    try:
        data = json.loads(text)
        return _Tally(int(data["failures"]), float(data["last_failure"]))
    except (ValueError, KeyError, TypeError):
        return _Tally(FREE_TRIES, now)
