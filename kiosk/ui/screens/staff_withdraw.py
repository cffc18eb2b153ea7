"""Withdraw an answer: type the receipt code, see the survey and time (never the answers),
confirm, and the response is deleted; the withdrawal travels in the next bundle."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from kiosk.staff_counts import tidy_receipt
from kiosk.store import StoreError
from kiosk.store.codec import ResponseMeta
from kiosk.ui.screens.staff_page import StaffPage

ASK = "Type the receipt code the person was given (like K7M-2QX), then press Enter."


class WithdrawPage(StaffPage[None]):
    """Find a response by its receipt code and, once staff confirm, withdraw it."""

    AUTO_FOCUS = "#receipt"

    code: str | None = None
    """The code found and waiting for staff to confirm."""

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label("Withdraw an answer", classes="heading")
            yield Static(ASK, classes="note", markup=False)
            yield Input(
                placeholder="K7M-2QX", max_length=9, restrict=r"[A-Za-z0-9\- ]*", id="receipt"
            )
            yield Static("", id="withdraw-message", classes="note", markup=False)
            with Horizontal(id="withdraw-confirm-row"):
                yield Button("Withdraw this answer", id="withdraw-confirm")
                yield Button("Keep it", id="withdraw-keep")
            with Horizontal():
                yield Button("Find", id="find")
                yield Button("Back", id="back")

    def on_mount(self) -> None:
        self._confirming(False)

    def _confirming(self, shown: bool) -> None:
        self.query_one("#withdraw-confirm-row").display = shown

    def _say(self, message: str) -> None:
        self.query_one("#withdraw-message", Static).update(message)

    @on(Input.Submitted)
    @on(Button.Pressed, "#find")
    def _find(self) -> None:
        typed = self.query_one("#receipt", Input).value
        code = tidy_receipt(typed)
        self.code = None
        self._confirming(False)
        if code is None:
            self._say("A receipt code is 6 letters and numbers, like K7M-2QX. Please check it.")
            return
        self._say("Looking for that code...")
        self._look_up(code)

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-withdraw")
    def _look_up(self, code: str) -> None:
        meta = self.session.store.receipt_meta(code)
        self.app.call_from_thread(self._found, code, meta)

    def _found(self, code: str, meta: ResponseMeta | None) -> None:
        if meta is None:
            self._say(f"No answer kept on this kiosk has the code {code}. Check the code.")
            return
        title = next(
            (s.text(s.title) for s in self.session.surveys if s.id == meta.survey_id),
            meta.survey_id,
        )
        when = meta.finished_at.astimezone().strftime("%d %B at %H:%M")
        self.code = code
        self._say(f"{code}: {title}, answered on {when}. Withdraw this answer?")
        self._confirming(True)
        self.query_one("#withdraw-keep", Button).focus()

    @on(Input.Changed, "#receipt")
    def _code_changed(self, event: Input.Changed) -> None:
        """A code changed after it was found is not the one on offer: nothing is withdrawn."""
        if self.code is not None and tidy_receipt(event.value) != self.code:
            self.code = None
            self._confirming(False)
            self._say("Press Enter to find this code.")

    @on(Button.Pressed, "#withdraw-keep")
    def _keep(self) -> None:
        self.code = None
        self._confirming(False)
        self._say("Nothing was changed.")
        self._ready_for_another()

    @on(Button.Pressed, "#withdraw-confirm")
    def _confirm(self) -> None:
        if self.code is not None:
            self._confirming(False)
            self._withdraw(self.code)
            self.code = None

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-withdraw")
    def _withdraw(self, code: str) -> None:
        try:
            done = self.session.store.withdraw(code)
        except StoreError as error:
            self.app.call_from_thread(self._say, f"{error.message} Nothing was withdrawn.")
            return
        if done:
            self.session.record("withdraw", {"answers": 1}, code=code)
        message = (
            "The answer was withdrawn: it is gone from this kiosk, and the next export tells "
            "the organiser to remove it too."
            if done
            else "That answer was already withdrawn."
        )
        self.app.call_from_thread(self._withdrawn, message)

    def _withdrawn(self, message: str) -> None:
        self._say(message)
        self._ready_for_another()

    def _ready_for_another(self) -> None:
        box = self.query_one("#receipt", Input)
        box.value = ""
        box.focus()
