"""Asks for the staff PIN (or, the first time, lets staff choose one)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from kiosk.pin import PinError, StaffPin


class StaffPinScreen(ModalScreen[bool]):
    """Dismisses with True once the right PIN is given; Escape goes back with False."""

    BINDINGS = [Binding("escape", "cancel", "Back", id="staff-pin-cancel")]
    DEFAULT_CSS = """
    StaffPinScreen { align: center middle; }
    StaffPinScreen > Vertical {
        width: 50; height: auto; padding: 1 2; border: thick $primary; background: $surface;
    }
    StaffPinScreen Label { width: 100%; margin-bottom: 1; }
    StaffPinScreen #pin-message { color: $warning; }
    """

    def __init__(self, pin: StaffPin) -> None:
        super().__init__()
        self.pin = pin
        self._choosing = not pin.is_set
        self._first_choice: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._prompt(), id="pin-prompt")
            yield Input(password=True, max_length=8, restrict=r"[0-9]*", id="pin-input")
            yield Label("", id="pin-message")

    def _prompt(self) -> str:
        if not self._choosing:
            return "Staff only. Type the staff PIN, then press Enter."
        if self._first_choice is None:
            return "Choose a staff PIN: 4 to 8 numbers. Then press Enter."
        return "Type the same PIN again to check it."

    def _say(self, message: str) -> None:
        self.query_one("#pin-message", Label).update(message)
        self.query_one("#pin-prompt", Label).update(self._prompt())
        self.query_one("#pin-input", Input).value = ""

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if self._choosing:
            self._choose(event.value)
        else:
            self._check(event.value)

    def _choose(self, value: str) -> None:
        if self._first_choice is None:
            if not 4 <= len(value) <= 8:
                self._say("A staff PIN is 4 to 8 numbers.")
                return
            self._first_choice = value
            self._say("")
        elif value != self._first_choice:
            self._first_choice = None
            self._say("The two PINs were not the same. Please choose again.")
        else:
            self._save(value)

    def _save(self, value: str) -> None:
        try:
            self.pin.set(value)
        except PinError as error:
            self._first_choice = None
            self._say(error.message)
            return
        self.dismiss(True)

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-pin")
    def _check(self, value: str) -> None:
        result = self.pin.check(value)  # scrypt takes a moment: off the UI thread
        self.app.call_from_thread(self._checked, result.ok, result.message)

    def _checked(self, ok: bool, message: str) -> None:
        if ok:
            self.dismiss(True)
        else:
            self._say(message)

    def action_cancel(self) -> None:
        self.dismiss(False)
