"""What staff see about a running kiosk: counts (never answers), problems and their fixes.

Pure code; the staff screen in `kiosk.ui` only shows what this gathers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from surveys.linked import own_audiences

if TYPE_CHECKING:
    from accessibility.speaker import Speaker
    from kiosk.pin import StaffPin
    from kiosk.store.base import ResponseStore
    from surveys.model import Survey


@dataclass(frozen=True)
class AudienceCount:
    """How many people of one audience answered one survey."""

    survey_title: str
    audience: str
    count: int


@dataclass(frozen=True)
class StaffReport:
    """A snapshot of the kiosk for the staff screen."""

    total: int
    counts: list[AudienceCount]
    speech_problem: str | None
    notices: list[str] = field(default_factory=list)


def staff_report(
    store: ResponseStore, speaker: Speaker, surveys: list[Survey], pin: StaffPin | None = None
) -> StaffReport:
    """Gather counts per survey and audience, speech trouble, and the store's and PIN's notices."""
    counts = [
        AudienceCount(
            survey.text(survey.title),
            survey.text(audience.text),
            store.count(survey.id, audience.id),
        )
        for survey in surveys
        for audience in own_audiences(survey)
    ]
    notices = list(store.notices)
    if pin is not None and pin.problem is not None:
        notices.append(pin.problem)
    return StaffReport(store.count(), counts, speaker.problem, notices)
