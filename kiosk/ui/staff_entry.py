"""What the kiosk app hands to staff mode: one small seam between the two."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kiosk.pin import StaffPin
from kiosk.staff import StaffReport
from kiosk.staff_session import StaffSession
from kiosk.store import ResponseStore
from kiosk.ui.voice import Voice
from surveys.catalog import find_survey
from surveys.errors import SurveyError
from surveys.model import Survey


class StaffHost(Protocol):
    """What staff mode reads from the running kiosk app (so this module need not import it)."""

    voice: Voice
    survey_dir: Path | None
    staff_pin: StaffPin | None

    def staff_report(self) -> StaffReport: ...

    @property
    def survey(self) -> Survey: ...

    @property
    def store(self) -> ResponseStore: ...


def kiosk_surveys(survey: Survey, survey_dir: Path | None) -> list[Survey]:
    """The kiosk's survey and the surveys its audiences switch to (any that load)."""
    surveys = [survey]
    for audience in survey.audiences:
        if audience.survey is not None:
            try:
                surveys.append(find_survey(audience.survey, beside=survey_dir))
            except SurveyError:
                continue
    return surveys


def staff_session(app: StaffHost) -> StaffSession:
    """Staff mode's view of the running kiosk: its store, speech, surveys, PIN and data folder."""
    pin = app.staff_pin
    return StaffSession(
        store=app.store,
        speaker=app.voice.speaker,
        language=app.survey.language,
        surveys=kiosk_surveys(app.survey, app.survey_dir),
        report=app.staff_report,
        pin=pin,
        data_dir=None if pin is None else pin.data_dir,
    )
