"""The error speech reports to staff when it is missing or broken."""

from __future__ import annotations

from surveys.errors import SaySoError


class SpeechError(SaySoError):
    """Speech is missing or broken; the message says why and what to do."""

    title = "Sound is not working"
