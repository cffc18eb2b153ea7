"""The calm screen after a bug: something went wrong, then back to the start by itself."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt


class WentWrongScreen(KioskScreen[None]):
    """Says the answers so far are safe only when they are; never a traceback or an answer.

    OK (0) or `pause` seconds go back to the attract screen beneath it.
    """

    def __init__(self, answers_safe: bool, pause: float) -> None:
        super().__init__()
        self.answers_safe = answers_safe
        self.pause = pause

    def _text(self) -> str:
        return self.words("went_wrong_safe" if self.answers_safe else "went_wrong_sorry")

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("went_wrong"), self._text(), "🌱")
            yield ChoiceButton("OK", key="0", symbol="👍", id="ok")

    def spoken_intro(self) -> str:
        return lines(self.words("went_wrong"), self._text(), self.spoken_keys())

    def on_mount(self) -> None:
        self.set_timer(self.pause, self._finish)

    def _finish(self) -> None:
        if self.is_active:
            self.dismiss(None)
        else:  # staff mode is on top: go back to the start once it closes
            self.set_timer(0.5, self._finish)

    @on(ChoiceButton.Pressed, "#ok")
    def _ok(self) -> None:
        self.dismiss(None)
