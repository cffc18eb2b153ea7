"""Why a 'you said, we did' bundle cannot be made or used."""

from __future__ import annotations

from surveys.errors import SaySoError


class FeedbackError(SaySoError):
    """A feedback bundle is not signed by the trusted organiser, is damaged, or cannot be made."""

    title = "This feedback cannot be used"
