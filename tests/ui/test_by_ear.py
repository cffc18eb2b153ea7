"""A participant who sees nothing finishes every built-in survey by what the kiosk says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accessibility.speaker import RecordingSpeaker
from kiosk.store import MemoryStore
from kiosk.ui.answer_words import describe_answer
from kiosk.ui.app import KioskApp
from kiosk.ui.options import sort_items
from kiosk.ui.words import phrasebook
from surveys.catalog import builtin_ids, load_builtin
from surveys.flow import Flow
from surveys.model import PictureSort
from surveys.response import Response
from tests.ui.helpers import SIZE
from tests.ui.listener import Listener

BY_EAR = [
    (survey_id, audience, language)
    for survey_id in builtin_ids()
    for audience in range(len(load_builtin(survey_id).audiences))
    for language in load_builtin(survey_id).all_languages()
]


def test_every_built_in_survey_is_heard_in_english_and_welsh_by_every_audience() -> None:
    assert {(s, a) for s, a, lang in BY_EAR if lang == "cy"} == {(s, a) for s, a, _ in BY_EAR}
    assert {s for s, _, _ in BY_EAR} == {"event-feedback", "my-school", "my-school-parents"}


def stored_in_words(response: Response) -> dict[str, str | dict[str, str]]:
    """The stored answers as a participant would say them, by the question's words."""
    survey = load_builtin(response.survey_id)
    flow = Flow(survey, response.audience, response.language)
    words = phrasebook(response.language)
    said: dict[str, str | dict[str, str]] = {}
    for answer in response.answers:
        question = survey.question(answer.question)
        if isinstance(question, PictureSort) and isinstance(answer.value, dict):
            names = {item.value: item.label for item in sort_items(flow, question)}
            said[flow.spoken(question)] = {names[i]: words[p] for i, p in answer.value.items()}
        else:
            said[flow.spoken(question)] = describe_answer(flow, question, answer, words)
    return said


@pytest.mark.parametrize(("survey_id", "audience", "language"), BY_EAR)
async def test_a_listener_finishes_every_survey_by_ear(
    kiosk: Callable[..., KioskApp],
    speaker: RecordingSpeaker,
    store: MemoryStore,
    survey_id: str,
    audience: int,
    language: str,
) -> None:
    app = kiosk(survey_id, thanks_seconds=5)
    async with app.run_test(size=SIZE) as pilot:
        listener = Listener(pilot, speaker, language)
        heard = await listener.take_part(audience, load_builtin(survey_id).language)
    [response] = store.responses
    assert response.complete
    assert response.language == language
    assert response.receipt.replace("-", "") == heard.receipt_letters
    assert all(a.status == "answered" for a in response.answers)
    assert len(response.answers) == heard.questions > 0
    assert stored_in_words(response) == heard.meant
    assert set(speaker.languages) <= {language, load_builtin(survey_id).language}
