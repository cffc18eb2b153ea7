"""I need help: who to talk to. Going back returns to the same question, answers intact."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt


class HelpScreen(KioskScreen[None]):
    """Shows and reads the survey's help words."""

    def __init__(self, help_text: str) -> None:
        super().__init__()
        self.help_text = help_text.strip()

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("help_title"), self.help_text, "🙋")
            yield ChoiceButton(self.words("help_back"), key="0", symbol="◀", id="help-back")
            yield ChoiceButton(self.words("read_again"), key="r", symbol="🔊", id="read-again")

    def spoken_intro(self) -> str:
        return lines(self.words("help_title"), self.help_text, self.spoken_keys())

    @on(ChoiceButton.Pressed, "#help-back")
    def _back(self) -> None:
        self.dismiss(None)

    @on(ChoiceButton.Pressed, "#read-again")
    def _read_again(self) -> None:
        self.read_out()

    def action_press_key(self, key: str) -> None:
        """Back (b) and help (h) also return to the question."""
        super().action_press_key("0" if key in ("b", "h") else key)
