"""Who answered? By myself, with help, or someone answered for me."""

from __future__ import annotations

from kiosk.ui.options import OptionView
from kiosk.ui.screens.choose_one import ChooseOneScreen
from kiosk.ui.words import word
from surveys.response import WhoAnswered

WHO: tuple[tuple[WhoAnswered, str], ...] = (
    ("myself", "🙋"),
    ("with_help", "🤝"),
    ("for_me", "♿"),
)


class WhoAnsweredScreen(ChooseOneScreen[WhoAnswered]):
    """Dismisses with "myself", "with_help" or "for_me"."""

    def __init__(self, language: str) -> None:
        options = [
            OptionView(str(i + 1), symbol, word(key, language), key, word(key, language))
            for i, (key, symbol) in enumerate(WHO)
        ]
        super().__init__(word("who_answered", language), options, symbol="📝")
