"""What staff choose for an event: the plain values, their limits and their names in words.

A plain frozen dataclass, so the kiosk can hold it before pydantic is loaded; the file's
contents are checked with pydantic in `kiosk.event_setup.checking`. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal, get_args

from accessibility.speaker import Rate
from surveys.profiles import Colours

RATES: tuple[Rate, ...] = get_args(Rate)
THEMES: tuple[Colours, ...] = get_args(Colours)
IDLE_RANGE = (30, 1800)
"""Quiet seconds before "Are you still there?": half a minute to half an hour."""
STILL_THERE_RANGE = (10, 120)
"""Seconds "Are you still there?" waits for an answer."""
EVENT_LENGTH = 60
HELP_LENGTH = 200
SURVEY_LENGTH = 500
VOICE_PATTERN = r"^[A-Za-z0-9_./+-]{1,80}$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8})*$"

SettingName = Literal[
    "event",
    "survey",
    "idle_seconds",
    "still_there_seconds",
    "voice",
    "rate",
    "theme",
    "help_text",
    "first_language",
]

SETTING_WORDS: dict[str, str] = {
    "event": "the event name",
    "survey": "the survey",
    "idle_seconds": 'the wait before "Are you still there?"',
    "still_there_seconds": 'how long "Are you still there?" waits',
    "voice": "the speech voice",
    "rate": "the speech speed",
    "theme": "the colours",
    "help_text": "the help words",
    "first_language": "the language offered first",
}
"""Each setting's name in plain words, for messages."""

THEME_WORDS: dict[str, str] = {
    "default": "Standard",
    "high_contrast": "High contrast",
    "calm": "Calm colours",
}
RATE_WORDS: dict[str, str] = {"normal": "Normal speed", "slower": "Slower"}


@dataclass(frozen=True)
class EventSetup:
    """Staff's choices for this kiosk. None means "as the survey or Say So has it"."""

    event: str | None = None
    """The event's name, shown on the attract screen."""
    survey: str | None = None
    """A built-in survey id or the path of a survey file; None: the demo survey."""
    idle_seconds: int | None = None
    """Quiet seconds before "Are you still there?"; None: the survey's own timeout."""
    still_there_seconds: int = 20
    voice: str | None = None
    """An espeak-ng voice to use where it speaks the language; None: the best for each."""
    rate: Rate = "normal"
    theme: Colours = "default"
    """The colours every participant starts with."""
    help_text: str | None = None
    """Who to talk to at this event; None: the survey's own help words."""
    first_language: str | None = None
    """The survey language offered first; None: the survey's main language."""

    def to_json(self) -> dict[str, object]:
        """The choices as plain JSON values."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def changed_from(self, other: EventSetup) -> list[str]:
        """The names of the settings that differ from `other`."""
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)]


def seconds_words(seconds: int | None) -> str:
    """A number of seconds in plain words: "2 minutes", "45 seconds"."""
    if seconds is None:
        return "as the survey says"
    minutes, rest = divmod(seconds, 60)
    if minutes and not rest:
        return f"{minutes} minute" + ("s" if minutes != 1 else "")
    return f"{seconds} seconds"


def changes_for_log(before: EventSetup, after: EventSetup) -> dict[str, str]:
    """What changed, for the staff log: known values and the event's name, never free text."""
    changes = {}
    for name in after.changed_from(before):
        value = getattr(after, name)
        if name == "help_text":
            changes[name] = "changed" if value else "the survey's own"
        elif name == "survey" and value is not None:
            changes[name] = value.replace("\\", "/").rsplit("/", 1)[-1]  # the file's name only
        else:
            changes[name] = "usual" if value is None else str(value)
    return changes
