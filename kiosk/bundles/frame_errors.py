"""Problems making or reading QR frames, in plain words."""

from __future__ import annotations

from surveys.errors import SaySoError


class FrameError(SaySoError):
    """A bundle cannot be turned into QR frames, or frames cannot be read."""

    title = "The QR codes cannot be made"
