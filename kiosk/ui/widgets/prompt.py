"""Easy-read words: a symbol on the left, short lines of words on the right."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static


class Prompt(Horizontal):
    """A title with an optional symbol and longer words under it, all as plain text."""

    DEFAULT_CSS = """
    Prompt { height: auto; padding: 0 1; margin: 0 0 1 0; }
    Prompt .symbol { width: 6; height: auto; padding: 0 1; content-align: center top; }
    Prompt Vertical { height: auto; width: 1fr; max-width: 70; }
    Prompt .title { text-style: bold; height: auto; color: $text; }
    Prompt .more { height: auto; color: $muted-text; }
    """

    def __init__(self, title: str, more: str = "", symbol: str | None = None) -> None:
        super().__init__()
        self.title_words = title
        self.more_words = more
        self.symbol = symbol

    def compose(self) -> ComposeResult:
        if self.symbol:
            yield Static(self.symbol, classes="symbol", markup=False)
        with Vertical():
            yield Static(self.title_words, classes="title", markup=False)
            if self.more_words:
                yield Static(self.more_words, classes="more", markup=False)
