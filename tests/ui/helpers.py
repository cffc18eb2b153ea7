"""Small steps shared by the kiosk tests."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input

from kiosk.ui.app import KioskApp
from kiosk.ui.textual_private import painted_lines


async def start(pilot: Pilot[None], audience: str = "1", *profile_keys: str) -> None:
    """From the attract screen to the first question: start, audience, profile, consent Yes."""
    await pilot.press("space", audience, *profile_keys, "0", "1")
    await pilot.pause()


async def until(pilot: Pilot[None], condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Wait (as a person would) until `condition` holds."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the kiosk never got there")


def visible_text(app: KioskApp) -> str:
    """Every line of text on the screen now, as the participant sees it."""
    return "\n".join(painted_lines(app.screen))


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
    """Type a staff PIN and wait until the check (run off the UI thread) has answered."""
    screen = app.screen
    box = screen.query_one(Input)
    box.value = pin
    await pilot.press("enter")
    for _ in range(100):
        await pilot.pause(0.02)
        if app.screen is not screen or not box.value:  # the screen clears the box as it answers
            return
    raise AssertionError("the PIN check never answered")
