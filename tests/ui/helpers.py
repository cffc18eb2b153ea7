"""Small steps shared by the kiosk tests."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from time import monotonic
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.textual_private import painted_lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from surveys.loader import load_survey_file
from surveys.model import Survey

SURVEYS = Path(__file__).parent / "surveys"
SIZE = (100, 30)


def fixture_survey(name: str) -> Survey:
    """A survey from tests/ui/surveys."""
    return load_survey_file(SURVEYS / f"{name}.yaml")


async def start(pilot: Pilot[None], audience: str = "1", *profile_keys: str) -> None:
    """From the attract screen to the first question: start, audience, profile, consent Yes."""
    await press_for_next_screen(pilot, "space")
    await press_for_next_screen(pilot, audience)
    await pilot.press(*profile_keys)
    await press_for_next_screen(pilot, "0")
    await press_for_next_screen(pilot, "1")
    await pilot.pause()


async def press_for_next_screen(pilot: Pilot[None], key: str) -> None:
    """Press `key` and wait, as a person would, for the screen it leads to."""
    before = pilot.app.screen
    await pilot.press(key)
    await until(
        pilot,
        lambda: pilot.app.screen is not before,
        failure=lambda: f"pressing {key} on {before} led nowhere",
    )


async def until(
    pilot: Pilot[None],
    condition: Callable[[], object],
    seconds: float = 15.0,
    failure: str | Callable[[], str] = "the kiosk never got there",
    every: float = 0.05,
) -> None:
    """Wait (as a person would) until `condition` holds; `failure` says what never happened.

    The wait is long so that a busy test machine is not mistaken for a broken kiosk; a test
    that passes never waits it out.
    """
    deadline = monotonic() + seconds
    while not condition():
        if monotonic() >= deadline:
            raise AssertionError(failure() if callable(failure) else failure)
        await pilot.pause(every)


async def click_when_drawn(pilot: Pilot[None], selector: str) -> None:
    """Click the widget `selector` once it is drawn where a person would touch it."""
    app = pilot.app
    widget = app.screen.query_one(selector)

    def drawn() -> bool:
        region = widget.region
        return bool(region.area) and app.get_widget_at(region.x, region.y)[0] is widget

    await until(pilot, drawn, failure=f"{selector} was never drawn")
    assert await pilot.click(selector), f"the click missed {selector}"


async def until_screen(
    pilot: Pilot[None], screen_type: type[Screen[Any]], seconds: float = 15.0
) -> None:
    """Wait until the app shows a screen of `screen_type`."""
    app = pilot.app
    await until(
        pilot,
        lambda: isinstance(app.screen, screen_type),
        seconds,
        lambda: f"{screen_type.__name__} never came; showing {app.screen}",
    )


def visible_text(app: App[Any]) -> str:
    """Every line of text on the screen now, as the participant sees it."""
    return "\n".join(painted_lines(app.screen))


def answers_cut_off(app: KioskApp) -> str | None:
    """What keeps an answer of the question shown from being whole on the screen, if anything."""
    screen = app.screen
    if not isinstance(screen, QuestionScreen):
        return f"the screen is {type(screen).__name__}, not a question"
    grid = screen.answer_widget()
    buttons = [b for b in grid.query(ChoiceButton) if b.display]
    if not buttons:
        return "no answer buttons shown"
    if grid.max_scroll_y != 0:
        return "the answers scroll: some are off the screen"
    for button in buttons:
        visible = button.region.intersection(grid.region).intersection(screen.region)
        if visible != button.region:
            return f"{button.label!r} is cut off"
    return None


async def until_answers_fully_visible(pilot: Pilot[None], app: KioskApp) -> None:
    """Wait until every answer button of the question shown is whole on the screen, unscrolled.

    A picture is fitted a layout at a time, so the check waits for the layouts to end; a
    screen that never gets there fails with what is still wrong.
    """
    await until(
        pilot,
        lambda: answers_cut_off(app) is None,
        failure=lambda: answers_cut_off(app) or "",
    )


def words_in_widgets(app: KioskApp) -> str:
    """The words every widget in every screen holds, shown or not."""
    parts: list[str] = []
    for screen in app.screen_stack:
        for widget in screen.query("*"):
            parts.append(_widget_words(widget))
    return "\n".join(parts)


def _widget_words(widget: Widget) -> str:
    words = [str(getattr(widget, name, "")) for name in ("label", "value", "spoken")]
    with contextlib.suppress(Exception):  # some widgets render only once mounted
        words.append(str(widget.render()))
    return " ".join(words)


async def give_pin(app: App[None], pilot: Pilot[None], pin: str) -> None:
    """Type a staff PIN once the screen is ready, and wait until the check has answered."""
    screen = app.screen
    await until(pilot, lambda: getattr(screen, "ready", True))
    screen.query_one(Input).value = pin
    await pilot.press("enter")
    await until(
        pilot,
        lambda: app.screen is not screen or not getattr(screen, "checking", False),
        5.0,
        "the PIN check never answered",
        0.02,
    )
