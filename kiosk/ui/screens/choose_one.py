"""A screen that asks one thing and offers a few big buttons: the shape of many screens."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.options import OptionView
from kiosk.ui.screens.with_help import WithHelp
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ButtonValue, ChoiceButton
from kiosk.ui.widgets.choice_grid import ChoiceGrid
from kiosk.ui.widgets.prompt import Prompt

ChoiceT = TypeVar("ChoiceT", bound=ButtonValue)


class ChooseOneScreen(WithHelp[ChoiceT], Generic[ChoiceT]):
    """Words at the top, numbered buttons below; dismisses with the chosen button's value."""

    def __init__(
        self,
        title: str,
        options: list[OptionView[ChoiceT]],
        *,
        more: str = "",
        symbol: str | None = None,
    ) -> None:
        super().__init__()
        self.title_words = title
        self.more_words = more
        self.symbol = symbol
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.title_words, self.more_words, self.symbol)
            yield ChoiceGrid(self.options, columns=2 if len(self.options) > 4 else 1)
            yield from self.compose_extra()

    def compose_extra(self) -> ComposeResult:
        """Anything under the buttons."""
        yield from ()

    def spoken_intro(self) -> str:
        return lines(self.title_words, self.more_words, self.spoken_keys())

    def action_read_again(self) -> None:
        """Say the screen again."""
        self.read_out()

    @on(Answered)
    def _answered(self, event: Answered) -> None:
        event.stop()
        for option in self.options:  # the option itself, so the result keeps its type
            if option.value == event.value:
                self.dismiss(option.value)
                return

    @on(ChoiceButton.Pressed, "#read-again")
    def _read_again(self) -> None:
        self.action_read_again()
