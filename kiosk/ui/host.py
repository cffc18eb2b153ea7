"""What screens, widgets and the journey may ask of the kiosk app, without importing it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from kiosk.ui.voice import Voice
from surveys.profiles import AccessProfile

if TYPE_CHECKING:
    from textual.screen import Screen

    from kiosk.store import ResponseStore
    from kiosk.ui.settings import KioskSettings
    from surveys.model import Survey

ResultT = TypeVar("ResultT")


@runtime_checkable
class KioskHost(Protocol):
    """The parts of `KioskApp` that screens and widgets use."""

    voice: Voice
    language: str
    preview: bool

    @property
    def sound_troubled(self) -> bool:
        """Whether speech has reported a problem it has not yet recovered from."""

    def note_activity(self) -> None:
        """Someone touched the screen or pressed a key."""

    def note_new_view(self) -> None:
        """Something new is in front of the participant: presses made before it are not for it."""

    def words(self, key: str) -> str:
        """The kiosk's own words for `key` in the chosen language."""

    def help_words(self) -> str:
        """Who to talk to at this event, in the participant's language."""

    def apply_profile(self, profile: AccessProfile) -> None:
        """Show and speak as `profile` asks, from now on."""


class JourneyHost(Protocol):
    """The parts of `KioskApp` that one participant's journey uses."""

    voice: Voice
    settings: KioskSettings

    @property
    def survey(self) -> Survey:
        """The kiosk's survey."""

    @property
    def store(self) -> ResponseStore:
        """Where answers are kept."""

    async def show_until_dismissed(self, screen: Screen[ResultT]) -> ResultT:
        """Show `screen` on top and wait for its result."""

    async def show_screen(self, screen: Screen[None]) -> None:
        """Show `screen` on top and leave it up."""

    async def close_screen(self) -> None:
        """Take the top screen away."""

    def apply_profile(self, profile: AccessProfile) -> None:
        """Show and speak as `profile` asks, from now on."""

    def begin_participant(self, language: str) -> None:
        """Someone has started: use their language and watch for them walking away."""

    def end_participant(self) -> None:
        """The answers are being sent: stop watching for inactivity."""
