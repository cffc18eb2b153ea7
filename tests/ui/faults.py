"""Faults planted in the kiosk for the fault-injection tests, and what to look for after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from accessibility.speaker import RecordingSpeaker

SECRET = "Zebra Quartz Pumpkin"
"""Typed as free text, and held in each planted fault's message and local variables."""
ANSWERED = ("helper", "not_sure", "dislike")
"""Answer values the walk to the later screens gives; none may reach the log."""


class Bug(Exception):
    """A stand-in for a mistake in the kiosk's code."""


def raise_bug(*_: object) -> None:
    """What every planted fault does: fail, holding the secret in a local and the message."""
    typed = SECRET
    raise Bug(f"the participant typed {typed}")


def fails_when(
    condition: Callable[[Any], bool], otherwise: Callable[..., Any]
) -> Callable[..., Any]:
    """A method that raises `Bug` when `condition(self)` holds, and else does `otherwise`."""

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        if condition(self):
            raise_bug()
        return otherwise(self, *args, **kwargs)

    return method


class BrokenSpeaker(RecordingSpeaker):
    """Speech whose engine has a bug: it fails when asked to say `words`."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self.words = words

    def say(self, text: str, language: str = "en", rate: Any = "normal") -> None:
        if self.words in text:
            raise_bug()
        super().say(text, language, rate)
