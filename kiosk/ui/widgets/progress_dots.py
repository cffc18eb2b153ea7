"""Progress through the survey: "Question 3" and a row of dots, one for each question.

No total is shown in words: branching can add a question after an answer, and "2 of 7"
after "1 of 6" reads as if something went wrong. The dots show how far along the
participant is; a dot more after an answer is easy to take in.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class ProgressDots(Widget):
    """Shows which question this is in words, and how many are done and to come in dots."""

    DEFAULT_CSS = """
    ProgressDots { width: 1fr; height: 3; padding: 1 1 0 1; color: $text; }
    """

    def __init__(self, number: int, total: int, question_word: str = "Question") -> None:
        super().__init__()
        self.number = number
        self.total = total
        self.question_word = question_word

    def show(self, number: int, total: int) -> None:
        """Show another place in the survey."""
        self.number, self.total = number, total
        self.refresh()

    def render(self) -> Content:
        dots = "".join("● " if index <= self.number else "○ " for index in range(1, self.total + 1))
        return Content.styled(f"{self.question_word} {self.number}   {dots}", "bold")
