"""Are you still there? Any key or touch says yes; no reply in time says no."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt


class StillThereScreen(KioskScreen[bool], inherit_bindings=False):
    """Dismisses with True when someone answers, False when `wait` seconds pass."""

    def __init__(self, wait: float) -> None:
        super().__init__()
        self.wait = wait

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("still_there"), self.words("still_there_hint"), "👀")
            yield ChoiceButton(self.words("yes_here"), key="1", symbol="👍", id="here")

    def spoken_intro(self) -> str:
        return lines(self.words("still_there"), self.words("still_there_hint"))

    def on_mount(self) -> None:
        self.set_timer(self.wait, self._no_reply)

    def _no_reply(self) -> None:
        if self.is_active:
            self.dismiss(False)
        else:  # staff mode is on top: ask again once it closes
            self.set_timer(0.5, self._no_reply)

    def _here(self) -> None:
        self.dismiss(True)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self._here()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self._here()

    def on_choice_button_pressed(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        self._here()
