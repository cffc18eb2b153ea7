"""Every built-in survey, for every audience, by number keys, by clicks and by two switches."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from surveys.catalog import builtin_ids, load_builtin
from tests.ui.helpers import SIZE, until_screen
from tests.ui.walker import Mode, Walker

WALKS = [
    (survey_id, audience)
    for survey_id in builtin_ids()
    for audience in range(len(load_builtin(survey_id).audiences))
]


@pytest.mark.parametrize(("mode", "pick"), [("keys", 0), ("clicks", -1), ("switches", 1)])
@pytest.mark.parametrize(("survey_id", "audience"), WALKS)
async def test_walk_stores_what_was_chosen(
    kiosk: Callable[..., KioskApp],
    store: MemoryStore,
    survey_id: str,
    audience: int,
    mode: Mode,
    pick: int,
) -> None:
    app = kiosk(survey_id, thanks_seconds=2)  # long enough to be seen on a busy machine
    chosen_audience = load_builtin(survey_id).audiences[audience]
    async with app.run_test(size=SIZE) as pilot:
        walker = Walker(app, pilot, mode, pick)
        expected = await walker.walk(audience)
        await until_screen(pilot, AttractScreen)
    [response] = store.responses
    assert response.receipt == walker.receipt
    assert response.complete
    assert response.audience == chosen_audience.id
    assert response.survey_id == (chosen_audience.survey or survey_id)
    assert response.who_answered == "myself"
    stored = {a.question: (a.status, a.value) for a in response.answers}
    assert stored == expected
