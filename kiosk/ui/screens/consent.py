"""Consent in easy read: what happens to the answers. Yes goes on; No goes back to the start."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal

from kiosk.ui.options import OptionView
from kiosk.ui.screens.choose_one import ChooseOneScreen
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.words import word
from surveys.model import Survey


class ConsentScreen(ChooseOneScreen[bool]):
    """Dismisses with True for Yes and False for No."""

    def __init__(self, survey: Survey, language: str) -> None:
        options = [
            OptionView("1", "👍", word("yes", language), True, word("yes", language)),
            OptionView("2", "👎", word("no", language), False, word("no", language)),
        ]
        super().__init__(
            survey.text(survey.title, language),
            options,
            more=survey.text(survey.consent, language).strip(),
            symbol="🔒",
        )
        self.language = language

    def compose_extra(self) -> ComposeResult:
        with Horizontal(classes="bar"):
            yield ChoiceButton(
                word("read_again", self.language), key="r", symbol="🔊", id="read-again"
            )
