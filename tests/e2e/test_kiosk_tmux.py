"""The real `sayso kiosk` in a terminal: answer the demo survey by keys, find the response stored."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lockfile import FolderLock
from kiosk.store import read_responses
from surveys.response import RECEIPT_ALPHABET
from tests.polling import wait_until

SAYSO = Path(sys.executable).with_name("sayso")
RECEIPT = re.compile(rf"\b([{RECEIPT_ALPHABET}]{{3}}-[{RECEIPT_ALPHABET}]{{3}})\b")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def start_kiosk(data: Path) -> str:
    """`sayso kiosk` in a new 100x30 tmux session; returns the session's name."""
    assert shutil.which("tmux"), "tmux is needed: apt-get install tmux"
    name = f"sayso-{uuid.uuid4().hex[:8]}"
    command = f"TERM=xterm-256color {SAYSO} kiosk --data-dir {data} --event 'Test day'"
    tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
    return name


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data = tmp_path / "data"
    name = start_kiosk(data)
    try:
        yield name, data
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], check=False, capture_output=True)


def wait_for(session: str, words: str, seconds: float = 20.0) -> str:
    screens = [""]

    def showing() -> bool:
        screens.append(tmux("capture-pane", "-p", "-t", session))
        return words in screens[-1]

    assert wait_until(showing, seconds, every=0.1), (
        f"{words!r} never appeared; the screen shows:\n{screens[-1]}"
    )
    return screens[-1]


def send(session: str, *keys: str, then: str) -> str:
    for key in keys:
        tmux("send-keys", "-t", session, key)
        time.sleep(0.15)
    return wait_for(session, then)


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


def test_demo_survey_answered_in_the_real_kiosk_is_stored(session: tuple[str, Path]) -> None:
    name, data = session
    receipt = answer_the_demo_survey(name)
    subprocess.run(["tmux", "kill-session", "-t", name], check=True)

    [response] = read_responses(data)
    assert response.receipt == receipt
    assert response.survey_id == "my-school"
    assert response.who_answered == "with_help"
    answers = {a.question: a.value for a in response.answers}
    assert answers["feel_school"] == 4
    assert answers["who_helps"] == "helper"
    assert answers["change_one"] == "A quiet room"
    assert answers["like_doing"] == {
        "art": "like",
        "sport": "like",
        "reading": "not_sure",
        "music": "dislike",
        "lunch": "like",
        "trips": "like",
    }


def wait_until_closed(data: Path, seconds: float = 10.0) -> None:
    """Wait until no kiosk holds the data folder."""
    lock = FolderLock(data)
    assert wait_until(lock.acquire, seconds, every=0.1), (
        "the first kiosk never let go of the data folder"
    )
    lock.release()


def test_a_restarted_kiosk_paints_first_then_stores_as_before(session: tuple[str, Path]) -> None:
    name, data = session
    first = answer_the_demo_survey(name)
    subprocess.run(["tmux", "kill-session", "-t", name], check=True)
    assert (data / "survey-card.json").is_file()
    wait_until_closed(data)

    again = start_kiosk(data)  # the survey's card is remembered: it loads after the first paint
    try:
        second = answer_the_demo_survey(again)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", again], check=False, capture_output=True)
    assert [r.receipt for r in read_responses(data)] == [first, second]
