"""Staff's choices for an event, kept in the data folder and checked when read. No Textual."""

from __future__ import annotations

from kiosk.event_setup.choices import EventSetup
from kiosk.event_setup.errors import EventSetupError
from kiosk.event_setup.file import SETUP_FILE, SetupRead, read_setup, save_setup

__all__ = ["SETUP_FILE", "EventSetup", "EventSetupError", "SetupRead", "read_setup", "save_setup"]
