"""Typed words with a visible count of letters left, then Done."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static

from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton


class FreeTextAnswer(Vertical):
    """A box to type in, "12 of 200 letters", and Done (Enter, or key 0 outside the box)."""

    DEFAULT_CSS = """
    FreeTextAnswer { height: auto; padding: 0 1; }
    FreeTextAnswer Input {
        height: 3; border: round $choice-border; background: $choice-background;
        color: $choice-text;
    }
    FreeTextAnswer Input:focus { border: thick $focus-border; }
    FreeTextAnswer Horizontal { height: auto; }
    FreeTextAnswer #count { width: 1fr; height: 3; padding: 1 1 0 1; color: $muted-text; }
    FreeTextAnswer ChoiceButton { width: 24; }
    """

    def __init__(self, *, placeholder: str, letters: str, done: str, of: str) -> None:
        super().__init__()
        self.max_length = 0
        self.placeholder = placeholder
        self.letters = letters
        self.done_words = done
        self.of_word = of

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self.placeholder, select_on_focus=False)
        with Horizontal():
            yield Static("", id="count", markup=False)
            yield ChoiceButton(self.done_words, key="0", symbol="✅", id="done")

    def show(self, value: str, max_length: int) -> None:
        """An empty box (or the words typed before) for up to `max_length` letters, focused."""
        self.max_length = max_length
        box = self.query_one(Input)
        box.max_length = max_length
        box.value = value
        box.cursor_position = len(value)
        self._count(value)
        box.focus()

    def forget(self) -> None:
        """Hold no words."""
        self.query_one(Input).value = ""

    def _count(self, value: str) -> None:
        count = f"{len(value)} {self.of_word} {self.max_length} {self.letters}"
        self.query_one("#count", Static).update(count)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._count(event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(Answered(event.value))

    @on(ChoiceButton.Pressed, "#done")
    def _done(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        self.post_message(Answered(self.query_one(Input).value))
