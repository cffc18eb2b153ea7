"""What screens and widgets may ask of the kiosk app, without importing it."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from kiosk.ui.voice import Voice
from surveys.profiles import AccessProfile


@runtime_checkable
class KioskHost(Protocol):
    """The parts of `KioskApp` that screens and widgets use."""

    voice: Voice
    language: str
    preview: bool

    def note_activity(self) -> None:
        """Someone touched the screen or pressed a key."""

    def words(self, key: str) -> str:
        """The kiosk's own words for `key` in the chosen language."""

    def help_words(self) -> str:
        """Who to talk to at this event, in the participant's language."""

    def apply_profile(self, profile: AccessProfile) -> None:
        """Show and speak as `profile` asks, from now on."""
