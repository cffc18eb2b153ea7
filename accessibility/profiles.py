"""How a participant likes to answer. Remembered only for that participant."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Colours = Literal["default", "high_contrast", "calm"]


class AccessProfile(BaseModel):
    """The choices made on "How do you like to answer?"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    read_aloud: bool = False
    slower: bool = False
    bigger_words: bool = False
    colours: Colours = "default"
    fewer_choices: bool = False
    more_time: bool = False

    def timeout_seconds(self, base: float) -> float:
        """The inactivity timeout for this participant: doubled with "more time"."""
        return base * 2 if self.more_time else base
