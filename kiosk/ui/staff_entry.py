"""What the kiosk app hands to staff mode: one small seam between the two."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.staff_session import StaffSession
from surveys.catalog import find_survey
from surveys.errors import SurveyError

if TYPE_CHECKING:
    from kiosk.ui.app import KioskApp
    from surveys.model import Survey


def kiosk_surveys(app: KioskApp) -> list[Survey]:
    """The kiosk's survey and the surveys its audiences switch to (any that load)."""
    surveys = [app.survey]
    for audience in app.survey.audiences:
        if audience.survey is not None:
            try:
                surveys.append(find_survey(audience.survey, beside=app.survey_dir))
            except SurveyError:
                continue
    return surveys


def staff_session(app: KioskApp) -> StaffSession:
    """Staff mode's view of the running kiosk: its store, speech, surveys, PIN and data folder."""
    pin = app.staff_pin
    return StaffSession(
        store=app.store,
        speaker=app.voice.speaker,
        language=app.survey.language,
        surveys=kiosk_surveys(app),
        report=app.staff_report,
        pin=pin,
        data_dir=None if pin is None else pin.data_dir,
    )
