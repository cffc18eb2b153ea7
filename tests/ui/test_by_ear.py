"""A participant who sees nothing finishes every built-in survey by what the kiosk says."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accessibility.speaker import RecordingSpeaker
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from surveys.catalog import builtin_ids, load_builtin
from tests.ui.helpers import SIZE
from tests.ui.listener import Listener

BY_EAR = [
    (survey_id, audience, language)
    for survey_id in builtin_ids()
    for audience in range(len(load_builtin(survey_id).audiences))
    for language in load_builtin(survey_id).all_languages()
]


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
    answered = [a for a in response.answers if a.status == "answered"]
    assert len(answered) == heard.questions > 0
    assert set(speaker.languages) <= {language, load_builtin(survey_id).language}
