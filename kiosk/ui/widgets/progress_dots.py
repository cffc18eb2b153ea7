"""Progress through the survey: "3 of 8" and a row of dots."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class ProgressDots(Widget):
    """Shows how far along the participant is, in words and dots."""

    DEFAULT_CSS = """
    ProgressDots { width: 1fr; height: 3; padding: 1 1 0 1; color: $text; }
    """

    def __init__(self, number: int, total: int, of_word: str = "of") -> None:
        super().__init__()
        self.number = number
        self.total = total
        self.of_word = of_word

    def show(self, number: int, total: int) -> None:
        """Show another place in the survey."""
        self.number, self.total = number, total
        self.refresh()

    def render(self) -> Content:
        dots = "".join("● " if index <= self.number else "○ " for index in range(1, self.total + 1))
        return Content.styled(f"{self.number} {self.of_word} {self.total}   {dots}", "bold")
