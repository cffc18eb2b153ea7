"""Staff screens on their own, in a chosen kiosk theme, for snapshots."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.screen import Screen

from kiosk.staff_session import StaffSession
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_counts import CountsPage
from kiosk.ui.screens.staff_log import LogPage
from kiosk.ui.screens.staff_pin_change import PinChangePage
from kiosk.ui.screens.staff_settings import SettingsPage
from kiosk.ui.screens.staff_speech import SpeechPage
from kiosk.ui.screens.staff_withdraw import WithdrawPage
from kiosk.ui.themes import kiosk_themes, theme_name
from surveys.profiles import Colours
from tests.ui.staff_helpers import staff_session

STAFF_PAGES: dict[str, Callable[[StaffSession], Screen[Any]]] = {
    "menu": StaffScreen,
    "counts": CountsPage,
    "withdraw": WithdrawPage,
    "speech": SpeechPage,
    "pin_change": PinChangePage,
    "log": LogPage,
    "settings": SettingsPage,
}


class StaffSnapshot(App[None]):
    """One staff screen over a store with three answers (a preview: nothing written)."""

    def __init__(self, page: str, colours: Colours) -> None:
        super().__init__()
        self.page = page
        for theme in kiosk_themes():
            self.register_theme(theme)
        self.theme = theme_name(colours)

    def on_mount(self) -> None:
        self.push_screen(STAFF_PAGES[self.page](staff_session(None)))
