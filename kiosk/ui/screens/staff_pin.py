"""Asks for the staff PIN. Participants can never choose one here: staff set it beforehand."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from kiosk.pin import (
    LOCKED_MESSAGE,
    LOCKED_OUT_MESSAGE,
    LONGEST_PIN,
    NOT_SET_MESSAGE,
    PIN_CHARACTERS,
    PinCheck,
    PinStatus,
    StaffPin,
)

PROMPT = "Staff only. Type the staff PIN, then press Enter."
CHECKING = "Checking the PIN ..."


class StaffPinScreen(ModalScreen[bool]):
    """Dismisses with True once the right PIN is given; Escape goes back with False."""

    BINDINGS = [Binding("escape", "cancel", "Back", id="staff-pin-cancel")]
    DEFAULT_CSS = """
    StaffPinScreen { align: center middle; }
    StaffPinScreen > Vertical {
        width: 60; height: auto; padding: 1 2; border: thick $primary; background: $surface;
    }
    StaffPinScreen Label { width: 100%; margin-bottom: 1; }
    StaffPinScreen #pin-message { color: $warning; }
    """

    def __init__(self, pin: StaffPin) -> None:
        super().__init__()
        self.pin = pin
        self.ready = False
        """Whether the PIN file has been looked at and a PIN can be typed."""
        self._accepted = False  # the right PIN was given; waiting for Enter after a warning
        self._done = False  # dismissed: later answers from the checks are ignored
        self._pending = 0  # PINs typed and not yet answered

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(PROMPT, id="pin-prompt", markup=False)
            yield Input(
                password=True, max_length=LONGEST_PIN, restrict=PIN_CHARACTERS, id="pin-input"
            )
            yield Label("", id="pin-message", markup=False)

    def on_mount(self) -> None:
        self._look()

    @work(thread=True, exit_on_error=False, group="staff-pin")
    def _look(self) -> None:
        status = self.pin.status  # reads the PIN file: off the UI thread
        self.app.call_from_thread(self._looked, status)

    def _looked(self, status: PinStatus) -> None:
        if status is PinStatus.READY:
            self.ready = True
            return
        locked = {
            PinStatus.LOCKED: LOCKED_MESSAGE,
            PinStatus.LOCKED_OUT: LOCKED_OUT_MESSAGE,
        }.get(status, NOT_SET_MESSAGE)
        self.query_one("#pin-prompt", Label).update(locked)
        self.query_one("#pin-message", Label).update("Press Escape to go back.")
        self.query_one("#pin-input", Input).display = False

    def _say(self, message: str) -> None:
        self.query_one("#pin-message", Label).update(message)
        self.query_one("#pin-input", Input).value = ""

    @property
    def checking(self) -> bool:
        """Whether a typed PIN is still being checked."""
        return self._pending > 0

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if self._accepted:
            self._finish(True)
        elif self.ready and not self._done:
            self._say(CHECKING)
            self._pending += 1
            self._check(event.value)

    @work(thread=True, exit_on_error=False, group="staff-pin")
    def _check(self, value: str) -> None:
        result = self.pin.check(value)  # scrypt takes a moment: off the UI thread; one at a time
        self.app.call_from_thread(self._checked, result)

    def _checked(self, result: PinCheck) -> None:
        self._pending -= 1
        if self._done or self._accepted:
            return
        if result.ok and result.problem is None:
            self._finish(True)
        elif result.ok:
            self._accepted = True
            self._say(f"PIN accepted. {result.problem} Press Enter to open staff mode.")
        else:
            problem = "" if result.problem is None else f" {result.problem}"
            self._say(result.message + problem)
            if result.status is not PinStatus.READY:  # the file was lost while this was open
                self._looked(result.status)

    def _finish(self, opened: bool) -> None:
        if not self._done:
            self._done = True
            self.dismiss(opened)

    def action_cancel(self) -> None:
        self._finish(False)
