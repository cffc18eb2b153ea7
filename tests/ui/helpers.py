"""Small steps shared by the kiosk tests."""

from __future__ import annotations

import contextlib

from textual.pilot import Pilot
from textual.widget import Widget

from kiosk.ui.app import KioskApp


async def start(pilot: Pilot[None], audience: str = "1", *profile_keys: str) -> None:
    """From the attract screen to the first question: start, audience, profile, consent Yes."""
    await pilot.press("space", audience, *profile_keys, "0", "1")
    await pilot.pause()


def visible_text(app: KioskApp) -> str:
    """Every line of text on the screen now, as the participant sees it."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


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
