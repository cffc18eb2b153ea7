"""A plain yes-or-no question for staff, with big buttons and Y / N keys."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.screens.staff_page import STAFF_CSS


class StaffQuestion(OneResult[bool]):
    """Dismisses True for yes, False for no (or Escape)."""

    AUTO_FOCUS = "#no"
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="staff-question-yes"),
        Binding("n,escape", "answer(False)", "No", id="staff-question-no"),
    ]
    DEFAULT_CSS = STAFF_CSS.replace("StaffPage", "StaffQuestion")

    def __init__(self, question: str, yes: str, no: str, detail: str = "") -> None:
        super().__init__()
        self.question, self.yes, self.no, self.detail = question, yes, no, detail

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.detail, classes="note", markup=False, id="question-detail")
            yield Static(self.question, classes="heading", markup=False, id="question")
            with Horizontal():
                yield Button(f"{self.yes} (Y)", id="yes")
                yield Button(f"{self.no} (N)", id="no")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_answer(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Give the answer."""
        self.dismiss(yes)
