"""Presses and clicks made before what is on the screen appeared are not for it.

Two keys in one terminal read, or a double click, are made together: the first moves the
kiosk on (to the next screen, the next question in place, or the next picture to sort), and
the second would act on what came next. `OneResult` stops a screen answering twice; this
stops the second press answering the next thing. Which of them Textual handles first depends
on how busy the machine is, so the rule goes by each event's own time (stamped as Textual
reads it from the terminal), not by the order they are handled in.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events

from kiosk.ui.textual_private import textual_clock


class FreshInput:
    """Tells a press or click made before the latest screen, question or picture appeared."""

    def __init__(self, clock: Callable[[], float] = textual_clock) -> None:
        self._clock = clock
        self._shown_at = clock()
        self._pressed_at: float | None = None
        """When the latest mouse button went down: a click is judged by its press."""

    def new_view(self) -> None:
        """Something new is in front of the participant from now on."""
        self._shown_at = self._clock()

    def made_before_view(self, event: events.Event) -> bool:
        """Whether `event` is a key or mouse event made before the latest view appeared.

        A release counts from its press: Textual makes a click of any release over the
        widget last pressed, so a tap pressed before a new picture and lifted after it
        would otherwise sort that picture.
        """
        if not isinstance(event, events.Key | events.MouseEvent):
            return False
        made = event.time
        if isinstance(event, events.MouseDown):
            self._pressed_at = made
        elif isinstance(event, events.MouseUp) and self._pressed_at is not None:
            made = min(made, self._pressed_at)
        return made < self._shown_at
