"""Easy-read words: a symbol on the left, short lines of words on the right."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from accessibility.symbol_width import steady_symbol, steady_text

SYMBOL_COLUMN = 4
"""The symbol (two cells) and a gap of two before the words."""


class Prompt(Widget):
    """A title with an optional symbol and longer words under it, all as plain text."""

    COMPONENT_CLASSES = {"prompt--more"}
    DEFAULT_CSS = """
    Prompt { height: auto; padding: 0 1; margin: 0 0 1 0; max-width: 80; color: $text; }
    Prompt > .prompt--more { color: $muted-text; }
    """

    def __init__(self, title: str, more: str = "", symbol: str | None = None) -> None:
        super().__init__(classes="prompt")
        self.title_words = title
        self.more_words = more
        self.symbol = symbol

    def show(self, title: str, more: str = "", symbol: str | None = None) -> None:
        """Show other words in place."""
        self.title_words, self.more_words, self.symbol = title, more, symbol
        self.refresh(layout=True)

    def _lines(self, width: int) -> list[Content]:
        """The words wrapped beside the symbol column, for a content `width`."""
        words_width = max(1, width - SYMBOL_COLUMN)
        # plain text, never markup; symbols in the words drawn one width in every terminal
        lines = Content.styled(steady_text(self.title_words), "bold").wrap(words_width)
        if self.more_words:
            more = Content.styled(steady_text(self.more_words), "bold")
            more = more.stylize(self.get_visual_style("prompt--more"))
            lines += more.wrap(words_width)
        drawn = Content(steady_symbol(self.symbol or ""))  # one width in every terminal
        symbol = drawn.pad_right(2 - drawn.cell_length)
        gutter = [symbol.pad_right(2)] + [Content(" " * SYMBOL_COLUMN)] * (len(lines) - 1)
        return [Content.assemble(left, line) for left, line in zip(gutter, lines, strict=True)]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_size.width))
