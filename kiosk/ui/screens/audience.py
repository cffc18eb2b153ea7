"""Who are you? Chooses the audience, which may switch to another survey."""

from __future__ import annotations

from kiosk.ui.options import OptionView
from kiosk.ui.screens.choose_one import ChooseOneScreen
from kiosk.ui.words import word
from surveys.model import Survey


class AudienceScreen(ChooseOneScreen[str]):
    """Dismisses with the chosen audience id."""

    def __init__(self, survey: Survey, language: str) -> None:
        options = [
            OptionView(
                str(index + 1),
                audience.symbol,
                survey.text(audience.text, language),
                audience.id,
                survey.text(audience.text, language),
            )
            for index, audience in enumerate(survey.audiences)
        ]
        super().__init__(word("who_are_you", language), options, symbol="👋")
