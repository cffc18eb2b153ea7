"""Easy-read words: a symbol on the left, short lines of words on the right."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.widget import Widget


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

    def render(self) -> RenderableType:
        words = Text(self.title_words, style="bold")  # survey words are never markup
        if self.more_words:
            words.append("\n")
            words.append(self.more_words, style=self.get_component_rich_style("prompt--more"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(self.symbol or ""), words)
        return grid
