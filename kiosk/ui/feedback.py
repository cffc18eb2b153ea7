"""The latest "you said, we did" shown on the attract screen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feedback:
    """A title and a few short lines."""

    title: str
    lines: tuple[str, ...] = ()
