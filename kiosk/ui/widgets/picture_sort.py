"""Picture sort: one item at a time, and three big piles."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from accessibility.symbol_width import steady_symbol
from kiosk.ui.host import KioskHost
from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton


class PictureSortAnswer(Vertical):
    """Shows each item in turn; choosing a pile moves on to the next item."""

    DEFAULT_CSS = """
    PictureSortAnswer { height: auto; padding: 0 1; }
    PictureSortAnswer #item {
        height: auto; min-height: 3; padding: 1 2; margin: 0 0 1 0; text-style: bold;
        background: $surface; color: $text; border: round $choice-border;
    }
    PictureSortAnswer #item-count { height: 1; color: $muted-text; padding: 0 1; }
    PictureSortAnswer Horizontal { height: auto; }
    """

    def __init__(self, piles: list[OptionView[str]], counter: str = "{number} / {total}") -> None:
        super().__init__()
        self.counter = counter
        self.piles = piles
        self.items: list[OptionView[str]] = []
        self.sorted: dict[str, str] = {}
        self.index = 0

    def compose(self) -> ComposeResult:
        yield Static("", id="item-count", markup=False)
        yield Static("", id="item", markup=False)
        with Horizontal():
            for pile in self.piles:
                yield ChoiceButton.for_option(pile)

    def show(self, items: list[OptionView[str]], sorted_so_far: dict[str, str]) -> None:
        """Start sorting `items` from the first, with any earlier choices marked."""
        self.items = items
        self.sorted = dict(sorted_so_far)
        self.index = 0
        self._show_item()

    def forget(self) -> None:
        """Hold no items and no choices."""
        self.items, self.sorted, self.index = [], {}, 0
        self.query_one("#item-count", Static).update("")
        self.query_one("#item", Static).update("")
        for button in self.query(ChoiceButton):
            button.chosen = False

    @property
    def item(self) -> OptionView[str]:
        """The item being sorted now."""
        return self.items[self.index]

    def _count(self) -> str:
        return self.counter.format(number=self.index + 1, total=len(self.items))

    def spoken_item(self) -> str:
        """ "Picture 2 of 6: Sport." for the item being sorted now."""
        return f"{self._count()}: {self.item.spoken.rstrip('.')}."

    def _say_item(self) -> None:
        host = self.app
        if isinstance(host, KioskHost):
            host.voice.say(self.spoken_item())

    def _show_item(self) -> None:
        item = self.item
        self.query_one("#item-count", Static).update(self._count())
        symbol = steady_symbol(item.symbol or "")  # one width in every terminal
        self.query_one("#item", Static).update(f"{symbol}  {item.label}".strip())
        for button in self.query(ChoiceButton):
            button.chosen = self.sorted.get(str(item.value)) == button.value

    def go_back(self) -> bool:
        """Show the item before; False when this is the first item."""
        if self.index == 0:
            return False
        self.index -= 1
        self._show_item()
        self._say_item()
        return True

    @on(ChoiceButton.Pressed)
    def _pile_chosen(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        if not self.items:  # a touch that arrived after the pictures were put away
            return
        self.sorted[str(self.item.value)] = str(event.button.value)
        if self.index + 1 < len(self.items):
            self.index += 1
            self._show_item()
            self._say_item()
        else:
            self.post_message(Answered(dict(self.sorted)))
