"""A fingerprint of a survey's content, stored with every response."""

from __future__ import annotations

import hashlib
import json

from surveys.model import Survey


def survey_hash(survey: Survey) -> str:
    """SHA-256 (hex) of the survey's meaning: spacing, comments and key order do not change it."""
    canonical = json.dumps(
        survey.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
