"""The staff log: the latest staff actions, newest first (times, actions and counts only)."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Label, Static

from kiosk.staff_audit import AuditEntry
from kiosk.ui.screens.staff_page import StaffPage


class LogPage(StaffPage[None]):
    """What staff did on this kiosk, read from the log off the UI thread."""

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label("Staff log (newest first)", classes="heading")
            yield Static("Reading the log...", id="log-lines", classes="note", markup=False)
            with Horizontal():
                yield Button("Back", id="back")

    def on_mount(self) -> None:
        self._read()

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-log")
    def _read(self) -> None:
        audit = self.session.audit
        entries = [] if audit is None else audit.recent(40)
        self.app.call_from_thread(self._show, entries)

    def _show(self, entries: list[AuditEntry]) -> None:
        if self.session.audit is None:
            text = "A preview keeps no staff log."
        else:
            text = "\n".join(entry.describe() for entry in entries) or "Nothing yet."
        self.query_one("#log-lines", Static).update(text)
