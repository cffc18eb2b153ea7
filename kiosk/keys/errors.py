"""The errors raised when a key is missing, unreadable or not the one needed."""

from __future__ import annotations

from surveys.errors import SaySoError


class KeysError(SaySoError):
    """A key is missing, unreadable or not the one needed."""

    title = "Key problem"


class KeysMissingError(KeysError):
    """This machine does not hold a key that is needed."""
