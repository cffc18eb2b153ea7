"""Kiosks at a question with pictures drawn in half blocks: the question's, or its options'."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from accessibility.speaker import RecordingSpeaker
from kiosk.startup import LoadedKiosk
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp, make_app
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.settings import KioskSettings, Timings
from kiosk.ui.widgets.choice_grid import OptionGrid
from kiosk.ui.widgets.question_picture import QuestionPicture
from surveys.catalog import load_builtin
from surveys.profiles import Colours
from tests.ui.helpers import fixture_survey, until


def picture_kiosk() -> KioskApp:
    """The event feedback survey, which has pictures."""
    settings = KioskSettings(timings=Timings(idle_seconds=3600))
    survey = load_builtin("event-feedback")
    return make_app(LoadedKiosk(survey, MemoryStore(), RecordingSpeaker()), settings)


def walk_to_picture(colours: Colours) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Start, answer the first screens, and wait until the first question's picture is drawn."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, KioskApp)
        await pilot.press("space", "1", "0", "1")
        await until(pilot, lambda: bool(app.screen.query(QuestionPicture)))
        await until(pilot, lambda: app.screen.query_one(QuestionPicture).shown)
        await until(pilot, lambda: app.screen.query_one(QuestionPicture).fitted)
        app.apply_profile(app.voice.profile.with_choice("colours", colours))
        await pilot.pause()

    return run_before


def option_picture_kiosk() -> KioskApp:
    """A survey whose options have pictures (the built-in surveys' own)."""
    settings = KioskSettings(timings=Timings(idle_seconds=3600))
    survey = fixture_survey("option_pictures")
    return make_app(LoadedKiosk(survey, MemoryStore(), RecordingSpeaker()), settings)


def walk_to_option_pictures(colours: Colours) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Start, answer the first screens, and wait until every option's picture is drawn."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, KioskApp)
        await pilot.press("space", "1", "0", "1")
        await until(pilot, lambda: isinstance(app.screen, QuestionScreen))

        def drawn() -> bool:
            screen = app.screen
            assert isinstance(screen, QuestionScreen)
            grid = screen.answer_widget()
            assert isinstance(grid, OptionGrid)
            return all(b.picture_rows for b in grid.option_buttons() if b.display)

        await until(pilot, drawn, failure="the option pictures were never drawn")
        app.apply_profile(app.voice.profile.with_choice("colours", colours))
        await pilot.pause()

    return run_before
