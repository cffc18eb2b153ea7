"""Choose any number of options, then Done."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult

from kiosk.ui.host import KioskHost
from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.choice_grid import OptionGrid


class MultipleChoiceAnswer(OptionGrid):
    """Buttons that turn on and off, and a Done button (key 0)."""

    DEFAULT_CSS = """
    MultipleChoiceAnswer #done { border: round $focus-border; }
    """

    def __init__(self, done_words: str, spare: int = 0) -> None:
        super().__init__(spare=spare, columns=2)
        self.done_words = done_words

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield ChoiceButton(self.done_words, key="0", symbol="✅", id="done")

    def show(self, options: Sequence[OptionView[str]], chosen: Sequence[str]) -> None:
        """Show a question's options, with those chosen before turned on."""
        self.show_options(options, set(chosen), columns=2)
        for button in self.option_buttons():
            button.says_chosen = button.display

    def chosen_values(self) -> list[str]:
        """The values of the buttons that are on, in option order."""
        return [str(b.value) for b in self.option_buttons() if b.chosen and b.display]

    @on(ChoiceButton.Pressed)
    def _pressed(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        if event.button.id == "done":
            self.post_message(Answered(self.chosen_values()))
        else:
            event.button.chosen = not event.button.chosen
            host = self.app
            if isinstance(host, KioskHost):
                host.voice.say(event.button.spoken_now)
