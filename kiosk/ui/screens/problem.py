"""A calm screen when answers could not be saved: please tell a member of staff."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt


class ProblemScreen(KioskScreen[None]):
    """Never shows a receipt, a path or an answer; OK (0) goes back to the start."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("problem_title"), self.words("problem_text"), "👔")
            yield ChoiceButton("OK", key="0", symbol="👍", id="ok")

    def spoken_intro(self) -> str:
        return lines(self.words("problem_title"), self.words("problem_text"), self.spoken_keys())

    @on(ChoiceButton.Pressed, "#ok")
    def _ok(self) -> None:
        self.dismiss(None)
