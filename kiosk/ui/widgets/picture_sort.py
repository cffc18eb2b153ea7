"""Picture sort: one item at a time, its picture beside its words, and three big piles.

The item's picture takes the rows the answer area has left (else its symbol shows), so the
piles are never pushed off the screen.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from accessibility.symbol_width import steady_symbol, steady_text
from kiosk.ui.host import KioskHost
from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.question_picture import MAX_ROWS, QuestionPicture


class PictureSortAnswer(Vertical):
    """Shows each item in turn; choosing a pile moves on to the next item."""

    DEFAULT_CSS = """
    PictureSortAnswer { height: auto; padding: 0 1; }
    PictureSortAnswer #item-box {
        height: auto; min-height: 3; margin: 0 0 1 0;
        background: $surface; border: round $choice-border;
    }
    PictureSortAnswer #item { width: 1fr; padding: 1 2; text-style: bold; color: $text; }
    PictureSortAnswer QuestionPicture { margin: 0 0 0 1; }
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
        with Horizontal(id="item-box"):
            yield QuestionPicture(room=self._picture_room)
            yield Static("", id="item", markup=False)
        with Horizontal(classes="piles"):
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
        self.query_one(QuestionPicture).show(None)
        for button in self.query(ChoiceButton):
            button.chosen = False

    def _picture_room(self) -> int:
        """The rows the answer area has left for the item's picture, after everything else."""
        area, box = self.parent, self.query_one("#item-box")
        if not isinstance(area, Widget):
            return 0
        left = area.content_size.height - (self.size.height - box.content_size.height)
        return min(MAX_ROWS, left)

    def fit_pictures(self) -> bool:
        """Fit the item's picture to the room left; True if that changed its size."""
        return self.query_one(QuestionPicture).refit()

    @on(QuestionPicture.Changed)
    def _picture_changed(self, event: QuestionPicture.Changed) -> None:
        """The item's picture takes its symbol's place, or gives the symbol back."""
        event.stop()
        if self.items:
            self._show_words()

    @on(QuestionPicture.Resized)
    def _picture_resized(self, event: QuestionPicture.Resized) -> None:
        event.stop()

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
        host = self.app
        if isinstance(host, KioskHost):
            host.note_new_view()  # a double tap on a pile does not sort the next picture unseen
        item = self.item
        self.query_one("#item-count", Static).update(self._count())
        self.query_one(QuestionPicture).show(item.picture)
        self._show_words()
        for button in self.query(ChoiceButton):
            button.chosen = self.sorted.get(str(item.value)) == button.value

    def _show_words(self) -> None:
        item = self.item
        shown = self.query_one(QuestionPicture).shown
        symbol = "" if shown else steady_symbol(item.symbol or "")  # one width everywhere
        words = steady_text(item.label)
        self.query_one("#item", Static).update(f"{symbol}  {words}".strip())

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
