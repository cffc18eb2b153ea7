"""Staff screens on their own, in a chosen kiosk theme, for snapshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.app import App
from textual.screen import Screen

from kiosk.staff_session import StaffSession
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_counts import CountsPage
from kiosk.ui.screens.staff_event import EventPage
from kiosk.ui.screens.staff_feedback import FeedbackPage
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
    "event": EventPage,
    "feedback": FeedbackPage,
}

FOLDER = Path("tests/ui/usb_stick")
"""A folder like a USB stick for the file choosers, named from the project's folder (where the
tests run), so each snapshot shows the same words on every computer. Keep it as it is."""


class StaffSnapshot(App[None]):
    """One staff screen over a store with three answers (a preview: nothing written)."""

    def __init__(self, page: str, colours: Colours) -> None:
        super().__init__()
        self.page = page
        for theme in kiosk_themes():
            self.register_theme(theme)
        self.theme = theme_name(colours)

    def on_mount(self) -> None:
        if not FOLDER.is_dir():
            raise RuntimeError(
                f"Run the snapshots from the project's folder ({FOLDER} is not here)"
            )
        session = replace(staff_session(None), folder_root=FOLDER)
        self.push_screen(STAFF_PAGES[self.page](session))
