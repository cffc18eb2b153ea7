"""The speech interface the kiosk talks to, a stand-in while speech starts, and a fake for tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

Rate = Literal["normal", "slower"]
SpeechEvent = Literal["ready", "playing", "problem"]
"""What a speaker tells its listener: words ready, words playing, or a problem (see `problem`)."""
SpeechListener = Callable[[SpeechEvent], None]

CHECK_SENTENCE = "This is the Say So speech check. If you can hear this, speech is working."


@dataclass(frozen=True)
class SpeechCheck:
    """The result of the staff speech check: did it work, in plain words."""

    ok: bool
    message: str


class Speaker(Protocol):
    """Says things out loud without ever blocking the caller."""

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        """Start saying `text`, cutting off whatever was being said."""

    def stop(self) -> None:
        """Stop speaking now."""

    @property
    def problem(self) -> str | None:
        """Plain words for staff when speech is not working; None when it is."""

    def check(self, language: str = "en", timeout: float = 5.0) -> SpeechCheck:
        """Say a test sentence and report whether it worked. Blocks up to `timeout`."""

    def listen(self, listener: SpeechListener | None) -> None:
        """Tell `listener` what happens from now on, from any thread (None stops telling)."""

    def close(self) -> None:
        """Stop speaking and release everything speech uses. Safe to call twice."""


class RecordingSpeaker:
    """A Speaker that remembers what it was asked to say. For tests and previews."""

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.languages: list[str] = []
        self.rates: list[Rate] = []
        self.stops = 0
        self.closed = False
        self._problem: str | None = None
        self._listener: SpeechListener | None = None

    @property
    def problem(self) -> str | None:
        """The problem this fake was told to have; setting one tells the listener."""
        return self._problem

    @problem.setter
    def problem(self, problem: str | None) -> None:
        self._problem = problem
        if self._listener is not None:
            self._listener("problem" if problem is not None else "playing")

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        self.spoken.append(text)
        self.languages.append(language)
        self.rates.append(rate)

    def stop(self) -> None:
        self.stops += 1

    def check(self, language: str = "en", timeout: float = 5.0) -> SpeechCheck:
        self.say(CHECK_SENTENCE, language)
        if self.problem is not None:
            return SpeechCheck(ok=False, message=self.problem)
        return SpeechCheck(ok=True, message="Speech is working.")

    def listen(self, listener: SpeechListener | None) -> None:
        self._listener = listener

    def close(self) -> None:
        self.stop()
        self.closed = True


class StartingSpeaker:
    """Stands in for the speech service for the moment it takes to start: says nothing yet.

    The kiosk paints its attract screen first and starts speech just after; nobody can ask
    to be read to before then.
    """

    problem: str | None = None

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        """Nothing to say with yet."""

    def stop(self) -> None:
        """Nothing is being said."""

    def check(self, language: str = "en", timeout: float = 5.0) -> SpeechCheck:
        """Speech is not ready to be checked yet."""
        return SpeechCheck(ok=False, message="Speech is still starting. Try again in a moment.")

    def listen(self, listener: SpeechListener | None) -> None:
        """Nothing will happen to tell."""

    def close(self) -> None:
        """Nothing to release."""
