"""The real kiosk in a terminal: its screen's process killed with kill -9 mid-survey comes back
on the attract screen within 3 seconds, the answers saved before are kept, and the data folder
stays locked against a second kiosk throughout."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kiosk.store import read_responses
from tests.e2e.terminal import (
    SAYSO,
    answer_the_demo_survey,
    send,
    start_kiosk,
    stop,
    wait_for,
    wait_until_closed,
)
from tests.polling import wait_until

START = "Touch the screen or press Space to start"


def screen_process(data: Path) -> int:
    """The kiosk's screen process: the one child of the process holding the data folder."""
    parent = int((data / "kiosk.lock").read_text(encoding="ascii"))
    found = subprocess.run(["pgrep", "-P", str(parent)], capture_output=True, text=True)
    children = [int(pid) for pid in found.stdout.split()]
    assert len(children) == 1, f"the kiosk has {len(children)} screen processes"
    return children[0]


def second_kiosk(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SAYSO), "kiosk", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@pytest.mark.slow
def test_a_killed_screen_is_back_on_attract_in_3_seconds_with_saved_answers_kept(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    name = start_kiosk(data)
    try:
        saved = answer_the_demo_survey(name)
        wait_for(name, START, seconds=30)
        send(name, "Space", then="Who are you?")
        send(name, "1", then="How do you like to answer?")
        killed = screen_process(data)
        os.kill(killed, signal.SIGKILL)
        started = time.monotonic()
        screen = wait_for(name, START, seconds=3)
        assert time.monotonic() - started < 3
        assert "How do you like to answer?" not in screen
        assert "Traceback" not in screen
        assert wait_until(lambda: screen_process(data) != killed, 5, every=0.1)

        refused = second_kiosk(data)
        assert refused.returncode == 1
        assert "Another Say So kiosk is already using this data folder" in refused.stderr

        again = answer_the_demo_survey(name)
    finally:
        stop(name)
    wait_until_closed(data)
    assert [response.receipt for response in read_responses(data)] == [saved, again]
