"""The speech interface the kiosk talks to, and a recording fake for tests."""

from __future__ import annotations

from typing import Literal, Protocol

Rate = Literal["normal", "slower"]


class Speaker(Protocol):
    """Says things out loud without ever blocking the caller."""

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        """Start saying `text`, cutting off whatever was being said."""

    def stop(self) -> None:
        """Stop speaking now."""

    @property
    def problem(self) -> str | None:
        """Plain words for staff when speech is not working; None when it is."""


class RecordingSpeaker:
    """A Speaker that remembers what it was asked to say. For tests and previews."""

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.languages: list[str] = []
        self.rates: list[Rate] = []
        self.stops = 0
        self.problem: str | None = None

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        self.spoken.append(text)
        self.languages.append(language)
        self.rates.append(rate)

    def stop(self) -> None:
        self.stops += 1
