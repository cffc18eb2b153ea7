"""The real `sayso kiosk` in a terminal: answer the demo survey by keys, find the response stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import read_responses
from tests.e2e.terminal import answer_the_demo_survey, start_kiosk, stop, tmux, wait_until_closed


@pytest.fixture
def session(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data = tmp_path / "data"
    name = start_kiosk(data)
    try:
        yield name, data
    finally:
        stop(name)


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
