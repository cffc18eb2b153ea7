"""The error raised when text cannot be checked."""

from __future__ import annotations

from surveys.errors import SaySoError


class EasyReadError(SaySoError):
    """Text or a jargon list could not be checked; the message says what to fix."""

    title = "The easy-read check could not run"
