"""The event setup's error: the settings could not be saved."""

from __future__ import annotations

from surveys.errors import SaySoError


class EventSetupError(SaySoError):
    """Staff's settings could not be saved."""

    title = "The settings were not saved"
