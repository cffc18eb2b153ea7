"""Waiting for something that happens on another thread or in another process."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], object], timeout: float = 10.0, every: float = 0.01) -> bool:
    """Poll `condition` every `every` seconds until it is true or `timeout` passes; say which.

    For threads and other processes; tests that drive the app with Pilot use
    `tests.ui.helpers.until`, which lets the app run while it waits.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return bool(condition())
