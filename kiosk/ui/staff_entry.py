"""What the kiosk app hands to staff mode: one small seam between the two."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from accessibility.speaker import Rate
from kiosk.staff import StaffReport
from kiosk.staff_session import StaffSession
from kiosk.store import ResponseStore
from kiosk.ui.settings import KioskSettings
from kiosk.ui.voice import Voice
from surveys.errors import SurveyError
from surveys.linked import linked_surveys
from surveys.model import Survey
from surveys.profiles import Colours


class StaffHost(Protocol):
    """What staff mode reads from the running kiosk app (so this module need not import it)."""

    voice: Voice
    settings: KioskSettings

    def staff_report(self) -> StaffReport: ...

    def apply_look(self, colours: Colours, rate: Rate) -> None: ...

    @property
    def survey(self) -> Survey: ...

    @property
    def store(self) -> ResponseStore: ...


def kiosk_surveys(survey: Survey, survey_dir: Path | None) -> list[Survey]:
    """The kiosk's survey and the surveys its audiences switch to.

    Those were checked when the kiosk started; if a linked file changed since, only the
    kiosk's own survey is counted.
    """
    try:
        return linked_surveys(survey, survey_dir)
    except SurveyError:
        return [survey]


def staff_session(app: StaffHost) -> StaffSession:
    """Staff mode's view of the running kiosk: its store, speech, surveys, PIN and data folder."""
    pin = app.settings.staff_pin
    return StaffSession(
        store=app.store,
        speaker=app.voice.speaker,
        language=app.survey.language,
        surveys=kiosk_surveys(app.survey, app.settings.survey_dir),
        report=app.staff_report,
        pin=pin,
        data_dir=None if pin is None else pin.data_dir,
        apply_look=app.apply_look,
    )
