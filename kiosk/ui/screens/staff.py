"""Staff mode: a menu of big buttons, each opening its own screen. Never anyone's answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Label, Static

from kiosk.staff_session import StaffSession
from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.screens.staff_page import STAFF_CSS

PageMaker = Callable[[StaffSession], Screen[None]]

MENU = [
    ("counts", "1", "Counts"),
    ("export", "2", "Export answers"),
    ("withdraw", "3", "Withdraw an answer"),
    ("speech", "4", "Speech and notices"),
    ("pin", "5", "Change the PIN"),
    ("log", "6", "Staff log"),
    ("event", "7", "Event and survey"),
    ("settings", "8", "Settings"),
    ("feedback", "y", "You said, we did"),
    ("lock", "9", "Lock"),
    ("close", "0", "Close the kiosk"),
]
"""Each menu button: its id, its key and its words."""

StaffChoice = Literal["kiosk", "close", "restart"]
"""Back to participants, end the kiosk, or start the kiosk screen again on staff's new choices."""


def _pages() -> dict[str, PageMaker]:
    """The screen each menu button opens (loaded when staff mode first opens)."""
    # Staff seam: the staff pages and what they load (the store's counts, the survey loader,
    # the withdraw and feedback readers), 1.1-1.3 s together (python -X importtime).
    from kiosk.ui.screens.staff_counts import CountsPage
    from kiosk.ui.screens.staff_event import EventPage
    from kiosk.ui.screens.staff_feedback import FeedbackPage
    from kiosk.ui.screens.staff_log import LogPage
    from kiosk.ui.screens.staff_pin_change import PinChangePage
    from kiosk.ui.screens.staff_settings import SettingsPage
    from kiosk.ui.screens.staff_speech import SpeechPage
    from kiosk.ui.screens.staff_withdraw import WithdrawPage

    return {
        "counts": CountsPage,
        "withdraw": WithdrawPage,
        "speech": SpeechPage,
        "pin": PinChangePage,
        "log": LogPage,
        "event": EventPage,
        "settings": SettingsPage,
        "feedback": FeedbackPage,
    }


class StaffScreen(OneResult[StaffChoice]):
    """The staff menu. Dismisses with "kiosk" (Lock: back to participants) or "close"."""

    AUTO_FOCUS = "#counts"
    BINDINGS = [
        Binding("escape", "lock", "Lock", id="staff-lock"),
        *[Binding(key, f"open('{name}')", show=False, id=f"staff-{name}") for name, key, _ in MENU],
    ]
    DEFAULT_CSS = (
        STAFF_CSS.replace("StaffPage", "StaffScreen")
        + """
    StaffScreen Grid { grid-size: 3; grid-gutter: 1 2; height: auto; margin-top: 1; }
    StaffScreen Grid Button { width: 100%; height: 3; }
    StaffScreen #staff-total { text-style: bold; }
    StaffScreen #staff-status { margin-top: 1; }
    """
    )

    def __init__(self, session: StaffSession) -> None:
        super().__init__()
        self.session = session
        self._pages = _pages()

    def compose(self) -> ComposeResult:
        report = self.session.report()
        with VerticalScroll():
            yield Label("Staff mode", classes="heading")
            yield Label(f"Answers kept on this kiosk: {report.total}", id="staff-total")
            notices = self.session.notices()
            if report.speech_problem or notices:
                yield Static(
                    "Something needs looking at: see Speech and notices.",
                    classes="notice",
                    id="staff-attention",
                )
            with Grid():
                for name, key, words in MENU:
                    yield Button(f"{key}  {words}", id=name)
            yield Static("", id="staff-status", markup=False)

    def on_mount(self) -> None:
        self.session.record("opened", {"answers": self.session.report().total})

    def say_status(self, message: str) -> None:
        """Show a plain message under the menu."""
        self.query_one("#staff-status", Static).update(message)

    def refresh_total(self) -> None:
        """Show the count of kept answers again (after an export or a withdrawal)."""
        total = self.session.report().total
        self.query_one("#staff-total", Label).update(f"Answers kept on this kiosk: {total}")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id is not None:
            self.action_open(event.button.id)

    def action_open(self, name: str) -> None:
        """Open the screen behind one menu button."""
        if not self.accepts_input:
            return
        if name == "lock":
            self.action_lock()
        elif name == "close":
            self.session.record("closed")
            self.dismiss("close")
        elif name == "export":
            self._export()
        elif name in self._pages:
            if name == "counts":
                self.session.record("counts")
            self.app.push_screen(self._pages[name](self.session), self._back)

    def _back(self, _: None) -> None:
        if self.session.restart:  # a new survey or settings: start the kiosk screen again
            self.dismiss("restart")
            return
        self.refresh_total()

    @work(exclusive=True, group="staff-export", exit_on_error=False)
    async def _export(self) -> None:
        # Staff seam: the export steps and the bundle builder, 125-295 ms (python -X importtime),
        # only when staff export.
        from kiosk.ui.staff_export_flow import run_export

        self.say_status("Getting the bundle ready...")
        self.say_status(await run_export(self.app, self.session))
        self.refresh_total()

    def action_lock(self) -> None:
        """Back to participants."""
        self.session.record("locked")
        self.dismiss("kiosk")
