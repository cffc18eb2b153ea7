"""Thank you: the receipt code large and read aloud, what happens next, then back to the start."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from kiosk.ui.screens.with_help import WithHelp
from kiosk.ui.spoken import lines, said_letters
from kiosk.ui.widgets.big_code import BigCode
from kiosk.ui.widgets.prompt import Prompt


class ThanksScreen(WithHelp[None]):
    """Dismisses by itself after `pause` seconds, so a key pressed twice cannot hide the code."""

    SLOW_SPEECH = True

    def __init__(self, receipt: str, next_steps: str, pause: float) -> None:
        super().__init__()
        self.receipt = receipt
        self.next_steps = next_steps.strip()
        self.pause = pause

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("thank_you"), self.words("your_code"), "🎉")
            yield BigCode(self.receipt)
            yield Static(self.words("code_hint"), classes="hint", markup=False)
            yield Prompt(self.words("what_next"), self.next_steps, "📣")

    def spoken_intro(self) -> str:
        code = said_letters(self.receipt)
        return lines(
            self.words("thank_you"),
            f"{self.words('your_code')} {code}.",
            f"{self.words('code_again')} {code}.",
            self.next_steps,
        )

    def on_mount(self) -> None:
        self.set_timer(self.pause, self._finish)

    def _finish(self) -> None:
        if self.is_active:
            self.dismiss(None)
        else:  # staff or help is on top: go back to the start once they close
            self.set_timer(0.5, self._finish)
