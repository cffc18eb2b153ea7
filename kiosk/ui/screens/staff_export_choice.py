"""The export hub: show the bundle as QR codes, save it to a USB stick or folder, or stop."""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Label, Static

from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.screens.staff_page import STAFF_CSS

ExportChoice = Literal["qr", "save", "done"]


class ExportChoicePage(OneResult[ExportChoice]):
    """Dismisses with "qr", "save" or "done" (Escape)."""

    AUTO_FOCUS = "#qr"
    BINDINGS = [
        Binding("1", "choose('qr')", "QR codes", id="export-choose-qr"),
        Binding("2", "choose('save')", "Save", id="export-choose-save"),
        Binding("escape,0", "choose('done')", "Done", id="export-choose-done"),
    ]
    DEFAULT_CSS = STAFF_CSS.replace("StaffPage", "ExportChoicePage")

    def __init__(self, summary: str, last_message: str = "") -> None:
        super().__init__()
        self.summary = summary
        self.last_message = last_message

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label("Export answers", classes="heading")
            yield Static(self.summary, classes="note", markup=False, id="export-summary")
            yield Static(self.last_message, classes="note", markup=False, id="export-last")
            with Horizontal():
                yield Button("1  Show QR codes", id="qr")
                yield Button("2  Save to a USB stick or folder", id="save")
                yield Button("0  Done", id="done")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        choices: dict[str | None, ExportChoice] = {"qr": "qr", "save": "save", "done": "done"}
        if (choice := choices.get(event.button.id)) is not None:
            self.action_choose(choice)

    def action_choose(self, choice: ExportChoice) -> None:
        """Hand back what staff chose."""
        self.dismiss(choice)
