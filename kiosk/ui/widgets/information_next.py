"""Next, for an information step: words to read and hear, and nothing to answer."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton
from surveys.model import INFORMATION_SEEN


class InformationNext(Vertical):
    """One big Next button (touch, or key 0) that moves on from an information step."""

    DEFAULT_CSS = """
    InformationNext { height: auto; padding: 0 1; }
    InformationNext ChoiceButton { width: 24; }
    """

    def __init__(self, next_words: str) -> None:
        super().__init__()
        self.next_words = next_words

    def compose(self) -> ComposeResult:
        yield ChoiceButton(self.next_words, key="0", symbol="➡", id="next")

    def forget(self) -> None:
        """Nothing is held between steps."""

    @on(ChoiceButton.Pressed, "#next")
    def _next(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        self.post_message(Answered(INFORMATION_SEEN))
