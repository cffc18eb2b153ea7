"""The real `sayso kiosk` in tmux: start it, type into it, read its screen."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from kiosk.lockfile import FolderLock
from surveys.response import RECEIPT_ALPHABET
from tests.pins import STAFF_PIN
from tests.polling import wait_until

SAYSO = Path(sys.executable).with_name("sayso")
SOCKET = f"sayso-tests-{os.getpid()}"
"""A tmux server of these tests' own, apart from any other tmux on the machine."""


def tmux(*args: str) -> str:
    """Run a tmux command on the tests' own server and return what it printed."""
    done = subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError(f"tmux {' '.join(args[:2])} failed: {done.stderr.strip()}")
    return done.stdout


def start_in_tmux(command: str, columns: int = 100, rows: int = 30) -> str:
    """`command` in a new tmux session of this size; returns the session's name."""
    assert shutil.which("tmux"), "tmux is needed: apt-get install tmux"
    name = f"sayso-{uuid.uuid4().hex[:8]}"
    # COLUMNS and LINES, when the test run has them, would override the pane's real size
    sized = f"env -u COLUMNS -u LINES {command}"
    for attempt in range(3):  # a server whose last session just ended may still be closing
        done = subprocess.run(
            ["tmux", "-L", SOCKET, "new-session", "-d", "-s", name, "-x", str(columns),
             "-y", str(rows), sized],
            capture_output=True, text=True,
        )  # fmt: skip
        if "server exited unexpectedly" not in done.stderr or attempt == 2:
            break
    if done.returncode != 0:
        raise AssertionError(f"tmux new-session failed: {done.stderr.strip()}")
    return name


def start_kiosk(data: Path, survey: str | None = None) -> str:
    """`sayso kiosk` in a new 100x30 tmux session, its staff PIN set; returns the session's name.

    It runs the demo survey, or `survey` (a built-in id or a file) when one is given.
    """
    if not (data / "staff-pin.json").exists():
        subprocess.run(
            [str(SAYSO), "staff", "pin", "--stdin", "--data-dir", str(data)],
            input=f"{STAFF_PIN}\n{STAFF_PIN}\n",
            text=True,
            check=True,
            capture_output=True,
        )
    chosen = f" --survey {survey}" if survey else ""
    return start_in_tmux(
        f"TERM=xterm-256color {SAYSO} kiosk --data-dir {data} --event 'Test day'{chosen}"
    )


def stop(session: str) -> None:
    """End the tmux session, if it is still there."""
    subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", session], capture_output=True)


def screen_of(session: str) -> str:
    """The text on the session's screen now."""
    return tmux("capture-pane", "-p", "-t", session)


def wait_for(session: str, words: str, seconds: float = 20.0) -> str:
    """Wait until `words` are on the screen; returns the screen."""
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = screen_of(session)
        if words in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{words!r} never appeared; the screen shows:\n{screen}")


def send(session: str, *keys: str, then: str) -> str:
    """Press each key in turn, as a person does once they see what it did (the kiosk drops a
    press made before what it shows now appeared), then wait for `then` on the screen."""
    for key in keys:
        before = settled(session)
        tmux("send-keys", "-t", session, key)
        deadline = time.monotonic() + 5
        while screen_of(session) == before and time.monotonic() < deadline:
            time.sleep(0.05)
    return wait_for(session, then)


def settled(session: str, seconds: float = 10.0) -> str:
    """The screen once it has stopped changing (a question's picture comes after its words)."""
    deadline = time.monotonic() + seconds
    before, still = screen_of(session), 0
    while time.monotonic() < deadline:
        time.sleep(0.1)
        now = screen_of(session)
        still = still + 1 if now == before else 0
        if still == 3:  # the same for 0.3 s
            return now
        before = now
    raise AssertionError(f"the screen never settled; it shows:\n{before}")


def send_together(session: str, *keys: str) -> None:
    """Keys in one write to the terminal, so the kiosk reads them in one go."""
    tmux("send-keys", "-t", session, *keys)


def click_together(session: str, column: int, row: int, times: int = 2) -> None:
    """Clicks at a cell (1-based), sent as SGR mouse sequences in one write."""
    click = f"\x1b[<0;{column};{row}M\x1b[<0;{column};{row}m"
    tmux("send-keys", "-t", session, "-l", click * times)


def find(screen: str, words: str) -> tuple[int, int]:
    """The 1-based (column, row) of `words` on a captured screen."""
    for row, line in enumerate(screen.splitlines(), start=1):
        column = line.find(words)
        if column >= 0:
            return column + 1, row
    raise AssertionError(f"{words!r} is not on the screen:\n{screen}")


RECEIPT = re.compile(rf"\b([{RECEIPT_ALPHABET}]{{3}}-[{RECEIPT_ALPHABET}]{{3}})\b")


def answer_the_demo_survey(name: str) -> str:
    """Answer my-school as a young person, by keys; returns the receipt code shown."""
    wait_for(name, "Touch the screen or press Space to start")
    send(name, "Space", then="Who are you?")
    send(name, "1", then="How do you like to answer?")
    send(name, "0", then="Is that OK?")
    send(name, "1", then="How do you feel about school?")
    send(name, "4", then="Do you get the help you need")
    send(name, "1", then="Who helps you most")
    send(name, "2", then="What do you like doing")
    send(name, "1", "1", "2", "3", "1", "1", then="Do adults at school listen")
    send(name, "5", then="What is 1 thing you would change")
    tmux("send-keys", "-t", name, "-l", "A quiet room")
    wait_for(name, "12 of 200 letters")
    send(name, "Enter", then="Who answered?")
    send(name, "2", then="Check your answers")
    screen = send(name, "0", then="Your code is")
    match = RECEIPT.search(screen)
    assert match, screen
    return match.group(1)


def wait_until_closed(data: Path, seconds: float = 20.0) -> None:
    """Wait until no kiosk holds the data folder."""
    lock = FolderLock(data)
    assert wait_until(lock.acquire, seconds, every=0.1), "the kiosk never let go of its data folder"
    lock.release()
