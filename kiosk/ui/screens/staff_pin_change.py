"""Change the staff PIN: the current PIN first (counted like any other try), then the new one twice."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from kiosk.pin import LONGEST_PIN, PIN_CHARACTERS, PIN_RULE, PinError
from kiosk.ui.screens.staff_page import StaffPage


def _pin_box(box_id: str, placeholder: str) -> Input:
    return Input(
        password=True,
        max_length=LONGEST_PIN,
        restrict=PIN_CHARACTERS,
        id=box_id,
        placeholder=placeholder,
    )


class PinChangePage(StaffPage[None]):
    """Three boxes: the current PIN, the new PIN, the new PIN again."""

    AUTO_FOCUS = "#pin-current"

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label("Change the staff PIN", classes="heading")
            yield Static(PIN_RULE, classes="note", markup=False)
            yield _pin_box("pin-current", "Current PIN")
            yield _pin_box("pin-new", "New PIN")
            yield _pin_box("pin-again", "New PIN again")
            yield Static("", id="pin-change-message", classes="note", markup=False)
            with Horizontal():
                yield Button("Change the PIN", id="pin-change")
                yield Button("Back", id="back")

    def _say(self, message: str) -> None:
        self.query_one("#pin-change-message", Static).update(message)

    @on(Input.Submitted)
    def _next_box(self, event: Input.Submitted) -> None:
        if event.input.id == "pin-again":
            self._change()
        else:
            self.focus_next()

    @on(Button.Pressed, "#pin-change")
    def _change(self) -> None:
        if self.session.pin is None:
            self._say("A preview has no staff PIN to change.")
            return
        current, new, again = (
            self.query_one(f"#{box}", Input).value
            for box in ("pin-current", "pin-new", "pin-again")
        )
        if new != again:
            self._say("The two new PINs are not the same. Please type them again.")
            return
        self._say("Checking the PIN ...")
        self._save(current, new)

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-pin-change")
    def _save(self, current: str, new: str) -> None:
        pin = self.session.pin
        assert pin is not None
        checked = pin.check(current)
        if not checked.ok:
            message = f"{checked.message} The staff PIN was not changed."
        else:
            try:
                pin.set(new)
            except PinError as error:
                message = f"{error.message} The staff PIN was not changed."
            else:
                self.session.record("pin-changed")
                message = "The staff PIN is changed. Use the new PIN from now on."
        self.app.call_from_thread(self._done, message)

    def _done(self, message: str) -> None:
        for box in self.query(Input):
            box.value = ""
        self._say(message)
