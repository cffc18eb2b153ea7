"""Every built-in screen in the real kiosk in tmux keeps each button's borders straight."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.ui.words import word
from surveys.catalog import builtin_ids, load_builtin
from surveys.flow import Flow
from surveys.model import (
    INFORMATION_SEEN,
    Faces,
    FreeText,
    Information,
    MultipleChoice,
    PictureSort,
    Question,
    Rating,
    SingleChoice,
    YesNo,
)
from surveys.response import AnswerValue
from tests.e2e.boxes import crooked_borders, symbol_runs
from tests.e2e.cell_widths import measure_in_tmux
from tests.e2e.terminal import send, settled, start_kiosk, stop, tmux


def screen_after(name: str, *keys: str, then: str) -> str:
    """Press `keys`, wait for `then`, and return the screen once it has stopped changing."""
    send(name, *keys, then=then)
    return settled(name)


AFTER_QUESTIONS = ("who answered", "check", "thanks")
EVERY_QUESTION_TYPE = (
    "faces", "single_choice", "multiple_choice", "yes_no", "rating", "free_text",
    "picture_sort", "information",
)  # fmt: skip


def first_answer(question: Question) -> tuple[tuple[str, ...], AnswerValue]:
    """The keys that give a question its first answer, and the answer they give."""
    if isinstance(question, Faces | Rating):
        return ("1",), 1
    if isinstance(question, YesNo):
        return ("1",), "yes"
    if isinstance(question, SingleChoice):
        return ("1",), question.options[0].id
    if isinstance(question, MultipleChoice):
        return ("1", "0"), [question.options[0].id]
    if isinstance(question, PictureSort):
        return ("1",) * len(question.items), {item.id: "like" for item in question.items}
    if isinstance(question, Information):
        return ("0",), INFORMATION_SEEN
    assert isinstance(question, FreeText)
    return ("Enter",), "Hi"


def walk(survey_id: str, data: Path) -> dict[str, str]:
    """Every screen of one survey as its first audience answers it, captured by name."""
    survey = load_builtin(survey_id)
    flow = Flow(survey, survey.audiences[0].id)
    name = start_kiosk(data, survey_id)
    try:
        screens = {"attract": screen_after(name, then=word("start"))}
        screens["who are you"] = screen_after(name, "Space", then=word("who_are_you"))
        screens["profile"] = screen_after(name, "1", then=word("how_answer"))
        screens["consent"] = screen_after(name, "0", then=word("is_that_ok"))
        keys: tuple[str, ...] = ("1",)  # yes to the consent
        step = flow.step
        while step is not None:
            question, words = step.question, flow.words(step.question)[:30]
            screens[f"{question.id} ({question.type})"] = screen_after(name, *keys, then=words)
            if step.number == 1:
                screens["help"] = screen_after(name, "h", then=word("help_title"))
                send(name, "0", then=words)
            keys, value = first_answer(question)
            if isinstance(question, FreeText):
                tmux("send-keys", "-t", name, "-l", str(value))
            step = flow.answer(value)
        screens["who answered"] = screen_after(name, *keys, then=word("who_answered"))
        screens["check"] = screen_after(name, "1", then=word("check"))
        screens["thanks"] = screen_after(name, "0", then=word("your_code"))
    finally:
        stop(name)
    return {f"{survey_id} {screen}": text for screen, text in screens.items()}


@pytest.mark.slow
def test_every_built_in_screen_keeps_its_button_borders_straight(tmp_path: Path) -> None:
    screens: dict[str, str] = {}
    for survey_id in builtin_ids():
        screens |= walk(survey_id, tmp_path / survey_id)
    widths = measure_in_tmux(symbol_runs(screens.values()), tmp_path)

    crooked = [
        f"{screen}, {problem}"
        for screen, text in screens.items()
        for problem in crooked_borders(text, widths)
    ]
    first = (
        next((screen for screen in screens if crooked[0].startswith(screen)), "") if crooked else ""
    )
    assert crooked == [], "\n".join([*crooked, f"{first} shows:", screens.get(first, "")])
    kinds = {screen.split(" ", 1)[1] for screen in screens if "(" not in screen}
    assert kinds == {"attract", "who are you", "profile", "consent", "help", *AFTER_QUESTIONS}
    types = {screen.split("(")[1].rstrip(")") for screen in screens if "(" in screen}
    assert types == {*EVERY_QUESTION_TYPE}
    assert sum(text.count("╭") for text in screens.values()) > 100
