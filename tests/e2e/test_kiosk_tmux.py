"""The real `sayso kiosk` in a terminal: answer the demo survey by keys, find the response stored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lockfile import FolderLock
from kiosk.store import read_responses
from surveys.response import RECEIPT_ALPHABET
from tests.e2e.terminal import send, start_kiosk, stop, tmux, wait_for
from tests.polling import wait_until

RECEIPT = re.compile(rf"\b([{RECEIPT_ALPHABET}]{{3}}-[{RECEIPT_ALPHABET}]{{3}})\b")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data = tmp_path / "data"
    name = start_kiosk(data)
    try:
        yield name, data
    finally:
        stop(name)


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
    tmux("kill-session", "-t", name)

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
    tmux("kill-session", "-t", name)
    assert (data / "survey-card.json").is_file()
    wait_until_closed(data)

    again = start_kiosk(data)  # the survey's card is remembered: it loads after the first paint
    try:
        second = answer_the_demo_survey(again)
    finally:
        stop(again)
    assert [r.receipt for r in read_responses(data)] == [first, second]
