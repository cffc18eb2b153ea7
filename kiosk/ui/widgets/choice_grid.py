"""Answer buttons in one or two columns, relabelled in place for each new question.

A question screen stays up for a run of questions, so its answer buttons are made once (as
many as the survey's biggest question needs) and each question relabels them; spare buttons
are hidden and hold nothing. Making and styling new widgets is most of the cost of a new
screen, and a participant waits for it after every answer.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import ScrollableContainer

from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton


def spare_button() -> ChoiceButton:
    """A hidden button, ready to become any option."""
    button = ChoiceButton("")
    button.forget()
    return button


class OptionGrid(ScrollableContainer, can_focus=False, inherit_bindings=False):
    """Option buttons numbered from 1; `show_options` relabels them for a question.

    The arrow keys move between the buttons (the screen's keys), not scroll the grid: the
    grid scrolls to whichever button has the focus.
    """

    DEFAULT_CSS = """
    OptionGrid {
        layout: grid; grid-size: 1; grid-gutter: 0 1; grid-rows: auto;
        height: 1fr; padding: 0 1;
    }
    """

    def __init__(
        self, options: Sequence[OptionView[object]] = (), *, spare: int = 0, columns: int = 1
    ) -> None:
        super().__init__()
        self.options = list(options)
        self.spare = spare
        self.styles.grid_size_columns = columns

    def compose(self) -> ComposeResult:
        for option in self.options:
            yield ChoiceButton.for_option(option)
        for _ in range(self.spare):
            yield spare_button()

    def option_buttons(self) -> list[ChoiceButton]:
        """The option buttons, shown or spare, in order."""
        return [b for b in self.query_children(ChoiceButton) if b.id != "done"]

    def show_options(
        self, options: Sequence[OptionView[object]], chosen: Container[object], columns: int = 1
    ) -> None:
        """Show `options` (marking those in `chosen`), hiding the spare buttons."""
        buttons = self.option_buttons()
        if len(options) > len(buttons):
            extra = [spare_button() for _ in range(len(options) - len(buttons))]
            done = self.query_children("#done")
            self.mount(*extra, before=done.first() if done else None)
            buttons += extra
        for button, option in zip(buttons, options, strict=False):
            button.show_option(option, chosen=option.value in chosen)
        for button in buttons[len(options) :]:
            button.forget()
        self.styles.grid_size_columns = columns  # inline, so no styles to work out again
        self.scroll_home(animate=False, immediate=True)

    def forget(self) -> None:
        """Hide every option and hold no answer."""
        for button in self.option_buttons():
            button.forget()


class ChoiceGrid(OptionGrid):
    """Choosing a button answers at once."""

    def show(self, options: Sequence[OptionView[object]], chosen: object = None) -> None:
        """Show a question's options, in two columns past four, marking an earlier answer."""
        self.show_options(options, [chosen], columns=2 if len(options) > 4 else 1)

    @on(ChoiceButton.Pressed)
    def _chosen(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        self.post_message(Answered(event.button.value))
