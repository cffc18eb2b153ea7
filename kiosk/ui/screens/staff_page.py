"""What every staff screen shares: big buttons, Escape or Back to return, plain messages."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.binding import Binding
from textual.widgets import Button

from kiosk.staff_session import StaffSession
from kiosk.ui.screens.one_result import OneResult

ResultT = TypeVar("ResultT")

STAFF_CSS = """
StaffPage { padding: 1 2; }
StaffPage .heading { text-style: bold; margin-bottom: 1; }
StaffPage .note { margin-bottom: 1; }
StaffPage .notice { color: $warning; margin-bottom: 1; }
StaffPage Horizontal { height: auto; margin-top: 1; }
StaffPage Horizontal Button { margin-right: 2; }
StaffPage Button { height: 3; min-width: 16; }
StaffPage Button.-style-default {
    border: tall $choice-border; background: $choice-background; color: $choice-text;
}
StaffPage Button.-style-default:hover { border: tall $focus-border; }
StaffPage Button.-style-default:focus {
    border: tall $focus-border; background: $focus-background; color: $focus-text;
    text-style: bold;
}
StaffPage Input { width: 40; margin-bottom: 1; }
"""


class StaffPage(OneResult[ResultT]):
    """A staff screen: Escape or the Back button goes back to the staff menu."""

    AUTO_FOCUS = "Button, Input"
    BINDINGS = [Binding("escape", "back", "Back", id="staff-page-back")]
    DEFAULT_CSS = STAFF_CSS

    def __init__(self, session: StaffSession) -> None:
        super().__init__()
        self.session = session

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        """Back to the staff menu."""
        self.dismiss(None)
