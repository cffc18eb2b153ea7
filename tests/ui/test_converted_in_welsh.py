"""A survey converted from a two-language XLSForm stays in the language the participant chose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from accessibility.speaker import RecordingSpeaker
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from surveys.xlsform import convert_xlsform
from tests.ui.helpers import SIZE, press_for_next_screen, until, visible_text
from tests.ui.walker import Walker
from tests.unit.xlsform.forms import EVERY_FEATURE, write_form


async def test_choosing_cymraeg_keeps_a_converted_survey_in_welsh_to_the_end(
    kiosk: Callable[..., KioskApp],
    speaker: RecordingSpeaker,
    store: MemoryStore,
    tmp_path: Path,
) -> None:
    survey = convert_xlsform(write_form(tmp_path / "school.xlsx", EVERY_FEATURE)).survey
    assert survey.languages == ["cy"]
    app = kiosk(survey, thanks_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: "Cymraeg" in visible_text(app))
        await pilot.press("tab")  # the first key says how to start, in each language
        await press_for_next_screen(pilot, "2")  # Cymraeg
        chosen_at = len(speaker.languages)
        await Walker(app, pilot, "keys").walk()
    [response] = store.responses
    assert response.language == "cy"
    assert set(speaker.languages[chosen_at:]) == {"cy"}, speaker.spoken[chosen_at:]
    assert not any("How do you feel about school?" in said for said in speaker.spoken)
    assert any("Sut wyt ti'n teimlo am yr ysgol?" in said for said in speaker.spoken)
