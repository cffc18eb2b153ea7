"""A calm note in place of the screen while the terminal is too small to show it."""

from __future__ import annotations

from textual.widgets import Static

SMALLEST = (60, 20)
"""The smallest terminal (columns, rows) a kiosk screen fits: the question, its answers and the
always-there buttons. Below it every screen shows only this note, and no key or touch acts."""


def too_small(columns: int, rows: int) -> bool:
    """Whether a terminal of this size is too small for the kiosk's screens."""
    return columns < SMALLEST[0] or rows < SMALLEST[1]


class TooSmallNote(Static):
    """Hidden until the app has the `-too-small` class; then it is all the screen shows."""

    DEFAULT_CSS = """
    TooSmallNote {
        display: none; width: 1fr; height: 1fr; padding: 1 2;
        content-align: center middle; text-align: center; text-style: bold;
    }
    """
    """Shown by kiosk.tcss, which hides everything else on a screen while the app is too small."""
