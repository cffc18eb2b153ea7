"""Choose any number of options, then Done."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import ScrollableContainer

from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton


class MultipleChoice(ScrollableContainer, can_focus=False):
    """Buttons that turn on and off, and a Done button (key 0)."""

    DEFAULT_CSS = """
    MultipleChoice {
        layout: grid; grid-size: 2; grid-gutter: 0 1; grid-rows: auto;
        height: 1fr; padding: 0 1;
    }
    MultipleChoice #done { border: round $focus-border; }
    """

    def __init__(self, options: list[OptionView], done_words: str, chosen: list[str]) -> None:
        super().__init__()
        self.options = options
        self.done_words = done_words
        self.already = set(chosen)

    def compose(self) -> ComposeResult:
        for option in self.options:
            yield ChoiceButton.for_option(option, chosen=option.value in self.already)
        yield ChoiceButton(self.done_words, key="0", symbol="✅", id="done")

    def chosen_values(self) -> list[str]:
        """The values of the buttons that are on, in option order."""
        return [str(b.value) for b in self.query(ChoiceButton) if b.chosen and b.id != "done"]

    @on(ChoiceButton.Pressed)
    def _pressed(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        if event.button.id == "done":
            self.post_message(Answered(self.chosen_values()))
        else:
            event.button.chosen = not event.button.chosen
