"""How a participant likes to answer. Remembered only for that participant.

A plain frozen dataclass, not a pydantic model: the kiosk needs it before its first paint,
when pydantic is not loaded yet. Pydantic still checks it inside a `Response`.

The field defaults are what a stored response leaves out (it keeps only the choices that
differ from them), so they never change. A new participant starts from `for_newcomer()`:
read aloud is on until they switch it off, so someone who cannot read is heard from the start.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Literal

Colours = Literal["default", "high_contrast", "calm"]


@dataclass(frozen=True, slots=True)
class AccessProfile:
    """The choices made on "How do you like to answer?"."""

    read_aloud: bool = False
    slower: bool = False
    bigger_words: bool = False
    colours: Colours = "default"
    fewer_choices: bool = False
    more_time: bool = False

    @classmethod
    def for_newcomer(cls) -> AccessProfile:
        """Where every participant starts: read aloud on, everything else as it is."""
        return cls(read_aloud=True)

    def timeout_seconds(self, base: float) -> float:
        """The inactivity timeout for this participant: doubled with "more time"."""
        return base * 2 if self.more_time else base

    def with_choice(self, name: str, value: Any) -> AccessProfile:
        """The same profile with one choice changed."""
        return replace(self, **{name: value})

    def changed_choices(self) -> dict[str, Any]:
        """Only the choices that differ from the defaults (what a stored response keeps)."""
        return {
            field.name: getattr(self, field.name)
            for field in fields(self)
            if getattr(self, field.name) != field.default
        }
