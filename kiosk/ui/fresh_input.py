"""Presses and clicks made before what is on the screen appeared are not for it.

Two keys in one terminal read, or a double click, are made together: the first moves the
kiosk on (to the next screen, or the next question in place), and the second, made before
that, would act on what came next. `OneResult` stops a screen answering twice; this stops
the second press answering the next thing. Which of them Textual handles first depends on
how busy the machine is, so the rule goes by when each press was made, not by the order.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events

from kiosk.ui.textual_private import textual_clock


class FreshInput:
    """Tells a press or click made before the latest screen or question appeared."""

    def __init__(self, clock: Callable[[], float] = textual_clock) -> None:
        self._clock = clock
        self._shown_at = clock()

    def new_view(self) -> None:
        """Something new is in front of the participant from now on."""
        self._shown_at = self._clock()

    def made_before_view(self, event: events.Event) -> bool:
        """Whether `event` is a key or mouse event made before the latest view appeared."""
        return isinstance(event, events.Key | events.MouseEvent) and event.time < self._shown_at
