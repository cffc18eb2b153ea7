"""Participant screens with "I need help" (key H) in the corner; help returns to the same place."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.containers import Horizontal

from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.widgets.choice_button import ChoiceButton

ResultT = TypeVar("ResultT")


class HelpCorner(Horizontal):
    """A strip across the top holding the help button on the right."""

    DEFAULT_CSS = """
    HelpCorner { dock: top; height: 3; align-horizontal: right; padding: 0 1; }
    """


class WithHelp(KioskScreen[ResultT]):
    """A participant screen that offers help; a screen may place its own `#help` button."""

    def on_mount(self) -> None:
        if not self.query("#help"):
            button = ChoiceButton(
                self.words("help"), key="h", symbol="🙋", id="help", classes="-small"
            )
            self.mount(HelpCorner(button))

    def help_words(self) -> str:
        """Who to talk to at this event, in the participant's language."""
        return self.host.help_words()

    @on(ChoiceButton.Pressed, "#help")
    def _help(self) -> None:
        if not self.is_active:  # a second press of Help, queued before the first opened it
            return
        self.voice.stop()
        self.app.push_screen(HelpScreen(self.help_words()), callback=self._back_from_help)

    def _back_from_help(self, _: None) -> None:
        self.voice.stop()
