"""Staff mode: counts (never answers), what is wrong and how to fix it, and the speech check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Label, Static

from accessibility.speaker import Speaker
from kiosk.staff import StaffReport

StaffChoice = Literal["kiosk", "close"]
"""Back to participants, or end the kiosk."""


class StaffScreen(Screen[StaffChoice]):
    """Dismisses with "kiosk" (back to participants) or "close" (end the kiosk)."""

    AUTO_FOCUS = "Button"
    BINDINGS = [Binding("escape", "back", "Back to the kiosk", id="staff-back")]
    DEFAULT_CSS = """
    StaffScreen { padding: 1 2; }
    StaffScreen .heading { text-style: bold; margin-top: 1; }
    StaffScreen #staff-total { text-style: bold; }
    StaffScreen .notice { color: $warning; }
    StaffScreen Horizontal { height: auto; margin-top: 1; }
    StaffScreen Button { margin-right: 2; }
    """

    def __init__(self, report: Callable[[], StaffReport], speaker: Speaker, language: str) -> None:
        super().__init__()
        self._report = report
        self.speaker = speaker
        self.language = language

    def compose(self) -> ComposeResult:
        report = self._report()
        with VerticalScroll():
            yield Label("Staff mode", classes="heading")
            yield Label(f"Answers kept on this kiosk: {report.total}", id="staff-total")
            for line in report.counts:
                yield Static(f"  {line.survey_title} · {line.audience}: {line.count}", markup=False)
            yield Label("Speech", classes="heading")
            yield Static(
                report.speech_problem or "Speech is working.", id="staff-speech", markup=False
            )
            if report.notices:
                yield Label("Please note", classes="heading")
                for notice in report.notices:
                    yield Static(notice, classes="notice", markup=False)
            with Horizontal():
                yield Button("Speech check", id="speech-check")
                yield Button("Back to the kiosk", id="back", variant="primary")
                yield Button("Close the kiosk", id="close", variant="error")

    @on(Button.Pressed, "#speech-check")
    def _speech_check(self) -> None:
        self.query_one("#staff-speech", Static).update("Saying a test sentence...")
        self._run_speech_check()

    @work(thread=True, exclusive=True, exit_on_error=False, group="speech-check")
    def _run_speech_check(self) -> None:
        result = self.speaker.check(self.language)
        self.app.call_from_thread(self._show_speech, result.message)

    def _show_speech(self, message: str) -> None:
        self.query_one("#staff-speech", Static).update(message)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.dismiss("kiosk")

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss("close")
