"""What the receipt lookup screens share: the kiosk app's lookup parts, and going back to the
start by themselves when nobody touches them (the next person must not see the last code)."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events
from textual.timer import Timer

from kiosk.ui.lookup_host import LookupHost
from kiosk.ui.screens.with_help import WithHelp

ResultT = TypeVar("ResultT")

IDLE_SECONDS = 60.0
"""How long a lookup screen waits for a touch or key before going back to the start."""


class LookupScreen(WithHelp[ResultT]):
    """A participant screen of the receipt lookup, with its own quiet-time limit."""

    IDLE_SECONDS: ClassVar[float] = IDLE_SECONDS
    _idle: Timer | None = None

    @property
    def lookup_host(self) -> LookupHost:
        """The kiosk app, as the lookup screens use it."""
        app = self.app
        assert isinstance(app, LookupHost)
        return app

    def on_mount(self) -> None:
        self._idle = self.set_interval(self.IDLE_SECONDS, self._quiet_too_long)

    def note_touched(self) -> None:
        """Someone is still here: start the quiet time again."""
        if self._idle is not None:
            self._idle.reset()

    def on_key(self, _: events.Key) -> None:
        self.note_touched()

    async def on_mouse_down(self, _: events.MouseDown) -> None:
        self.note_touched()

    def _quiet_too_long(self) -> None:
        if self.is_active:  # help or "are you sure?" on top waits for its own limit
            self.voice.stop()
            self.dismiss(None)
