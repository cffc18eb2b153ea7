"""The access profile: a plain dataclass the kiosk can use before pydantic is loaded."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from surveys.profiles import AccessProfile
from surveys.response import Response

NOW = datetime(2026, 11, 22, tzinfo=UTC)
RESPONSE = {
    "survey_id": "my-school",
    "survey_version": "1",
    "survey_hash": "h",
    "audience": "young_person",
    "language": "en",
    "who_answered": None,
    "answers": (),
    "started_at": NOW,
    "finished_at": NOW,
    "complete": True,
    "receipt": "K7M-2QX",
}


def test_only_changed_choices_are_kept() -> None:
    profile = AccessProfile().with_choice("colours", "calm").with_choice("read_aloud", True)
    assert profile.changed_choices() == {"read_aloud": True, "colours": "calm"}
    assert AccessProfile(**profile.changed_choices()) == profile
    assert AccessProfile().changed_choices() == {}


def test_more_time_doubles_the_timeout() -> None:
    assert AccessProfile(more_time=True).timeout_seconds(60) == 120
    assert AccessProfile().timeout_seconds(60) == 60


def test_a_response_checks_its_profile() -> None:
    response = Response.model_validate({**RESPONSE, "profile": {"colours": "calm"}})
    assert response.profile == AccessProfile(colours="calm")
    with pytest.raises(ValidationError):
        Response.model_validate({**RESPONSE, "profile": {"colours": "purple"}})
    with pytest.raises(ValidationError):
        Response.model_validate({**RESPONSE, "profile": {"louder": True}})
