"""Staff speech check and notices: what is wrong, how to fix it, and "say a test sentence"."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Label, Static

from kiosk.ui.screens.staff_page import StaffPage


class SpeechPage(StaffPage[None]):
    """Speech trouble and the store's notices, with the speech check."""

    AUTO_FOCUS = "#speech-check"

    def compose(self) -> ComposeResult:
        report = self.session.report()
        with VerticalScroll():
            yield Label("Speech", classes="heading")
            yield Static(
                report.speech_problem or "Speech is working.",
                id="staff-speech",
                classes="note",
                markup=False,
            )
            notices = self.session.notices()
            yield Label("Please note", classes="heading")
            for notice in notices or ["Nothing needs looking at."]:
                yield Static(notice, classes="notice" if notices else "note", markup=False)
            with Horizontal():
                yield Button("Speech check", id="speech-check")
                yield Button("Back", id="back")

    @on(Button.Pressed, "#speech-check")
    def _speech_check(self) -> None:
        self.query_one("#staff-speech", Static).update("Saying a test sentence...")
        self._run_speech_check()

    @work(thread=True, exclusive=True, exit_on_error=False, group="speech-check")
    def _run_speech_check(self) -> None:
        result = self.session.speaker.check(self.session.language)
        self.session.record("speech-check", {"working": int(result.ok)})
        self.app.call_from_thread(self._show_speech, result.message)

    def _show_speech(self, message: str) -> None:
        self.query_one("#staff-speech", Static).update(message)
