"""Checking the stored event setup with pydantic: each bad value is named, the good ones kept."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from accessibility.speaker import Rate
from kiosk.event_setup.choices import (
    EVENT_LENGTH,
    HELP_LENGTH,
    IDLE_RANGE,
    LANGUAGE_PATTERN,
    SETTING_WORDS,
    STILL_THERE_RANGE,
    SURVEY_LENGTH,
    THEME_WORDS,
    VOICE_PATTERN,
    EventSetup,
)
from surveys.profiles import Colours
from surveys.sources import builtin_ids

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

ALLOWED: dict[str, str] = {
    "event": f"words with no control characters, at most {EVENT_LENGTH} letters",
    "survey": "a built-in survey's name or the path of a .yaml survey file",
    "idle_seconds": f"a whole number of seconds from {IDLE_RANGE[0]} to {IDLE_RANGE[1]}",
    "still_there_seconds": (
        f"a whole number of seconds from {STILL_THERE_RANGE[0]} to {STILL_THERE_RANGE[1]}"
    ),
    "voice": "the name of an espeak-ng voice, such as gmw/en",
    "rate": "normal or slower",
    "theme": "one of " + ", ".join(THEME_WORDS),
    "help_text": f"words with no control characters, at most {HELP_LENGTH} letters",
    "first_language": "a language code such as en or cy",
}
"""What each setting may hold, in plain words, for the message about a bad value."""


EventName = Annotated[str, Field(min_length=1, max_length=EVENT_LENGTH)]
SurveyChoice = Annotated[str, Field(min_length=1, max_length=SURVEY_LENGTH)]
HelpWords = Annotated[str, Field(min_length=1, max_length=HELP_LENGTH)]


class _CheckedSetup(BaseModel):
    """The file's values, each checked; a bad one is reported by its name."""

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)

    event: EventName | None = None
    survey: SurveyChoice | None = None
    idle_seconds: Annotated[int, Field(ge=IDLE_RANGE[0], le=IDLE_RANGE[1])] | None = None
    still_there_seconds: Annotated[int, Field(ge=STILL_THERE_RANGE[0], le=STILL_THERE_RANGE[1])] = (
        20
    )
    voice: Annotated[str, Field(pattern=VOICE_PATTERN)] | None = None
    rate: Rate = "normal"
    theme: Colours = "default"
    help_text: HelpWords | None = None
    first_language: Annotated[str, Field(pattern=LANGUAGE_PATTERN)] | None = None

    @field_validator("event", "survey", "help_text")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and CONTROL.search(value):
            raise ValueError("control characters")
        return value

    @field_validator("survey")
    @classmethod
    def _known_survey(cls, value: str | None) -> str | None:
        is_file = value is not None and value.endswith((".yaml", ".yml"))
        if value is not None and not is_file and value not in builtin_ids():
            raise ValueError("not a survey")
        return value


def check_setup(data: object) -> tuple[EventSetup, list[str]]:
    """The setup in `data`, and the names of the settings that were bad (their defaults used)."""
    if not isinstance(data, dict):
        return EventSetup(), list(SETTING_WORDS)
    try:
        return _as_setup(_CheckedSetup.model_validate(data)), []
    except ValidationError as error:
        bad = sorted({str(problem["loc"][0]) for problem in error.errors() if problem["loc"]})
    good = {name: value for name, value in data.items() if name not in bad}
    return _as_setup(_CheckedSetup.model_validate(good)), bad


def bad_values_words(bad: list[str]) -> str:
    """What each bad setting may hold, in plain words: "the colours must be one of ..."."""
    return "; ".join(f"{SETTING_WORDS[name]} must be {ALLOWED[name]}" for name in bad)


def bad_values_message(bad: list[str]) -> str:
    """Plain words for staff: which settings were bad, what they may hold, what Say So did."""
    return (
        "Some settings in the settings file could not be used, so Say So uses the usual "
        f"ones for them: {bad_values_words(bad)}. Choose them again in staff mode (Settings)."
    )


def _as_setup(checked: _CheckedSetup) -> EventSetup:
    return EventSetup(**checked.model_dump())
