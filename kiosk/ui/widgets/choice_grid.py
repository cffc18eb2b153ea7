"""Answer buttons laid out in one or two columns; choosing one answers at once."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import ScrollableContainer

from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton


class ChoiceGrid(ScrollableContainer, can_focus=False):
    """One button per option, numbered from 1."""

    DEFAULT_CSS = """
    ChoiceGrid {
        layout: grid; grid-size: 1; grid-gutter: 0 1; grid-rows: auto;
        height: 1fr; padding: 0 1;
    }
    ChoiceGrid.-two { grid-size: 2; }
    """

    def __init__(
        self, options: list[OptionView], *, columns: int = 1, chosen: object = None
    ) -> None:
        super().__init__(classes="-two" if columns == 2 else "")
        self.options = options
        self.already = chosen

    def compose(self) -> ComposeResult:
        for option in self.options:
            chosen = self.already is not None and option.value == self.already
            yield ChoiceButton.for_option(option, chosen=chosen)

    @on(ChoiceButton.Pressed)
    def _chosen(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        self.post_message(Answered(event.button.value))
