"""What each run of `sayso kiosk` starts with: the command line's survey and event, or staff's.

Staff choose the event, the survey and the settings in staff mode; they are read again each
time the kiosk screen starts, so a new choice is used at once. A survey or event given on
the command line is used instead of the stored one, until staff choose another. No Textual,
and no pydantic unless the settings file was changed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.event_setup import EventSetup, read_setup
from kiosk.startup import start_card
from kiosk.ui.settings import KioskSettings
from surveys.card import SurveyCard
from surveys.errors import SurveyError, SurveyProblem
from surveys.sources import DEMO_SURVEY, SurveySource, find_source

if TYPE_CHECKING:
    from surveys.model import Survey

STORED_SURVEY_NOTE = (
    "this survey was chosen in staff mode. To start with another one, run "
    f"'sayso kiosk --survey {DEMO_SURVEY}', then choose again in staff mode (Event and survey)."
)


@dataclass(frozen=True)
class KioskStart:
    """One run's survey (its card, and the survey if loaded to check it) and staff's choices."""

    source: SurveySource
    card: SurveyCard
    survey: Survey | None
    setup: EventSetup

    def settings(self, base: KioskSettings) -> KioskSettings:
        """`base` (the PIN, feedback) with staff's event, timings, colours, speed and help."""
        setup = self.setup
        timings = replace(
            base.timings,
            idle_seconds=setup.idle_seconds,
            still_there_seconds=float(setup.still_there_seconds),
        )
        return replace(
            base,
            event=setup.event,
            survey_dir=self.source.folder,
            timings=timings,
            theme=setup.theme,
            speech_rate=setup.rate,
            help_text=setup.help_text,
        )


class KioskStarts:
    """Reads what the kiosk starts with, afresh each run."""

    def __init__(self, data_dir: Path, survey: str | None, event: str | None) -> None:
        self.data_dir = data_dir
        self._given = EventSetup(event=event, survey=survey)
        self._first: EventSetup | None = None

    def read(self) -> KioskStart:
        """This run's survey and choices; `SurveyError` in plain words if the survey has problems."""
        setup = self._chosen(read_setup(self.data_dir).setup)
        try:
            source = find_source(setup.survey or DEMO_SURVEY)
            card, survey = start_card(self.data_dir, source)
        except SurveyError as error:
            if setup.survey == self._given.survey:
                raise
            note = SurveyProblem(setup.survey or DEMO_SURVEY, None, None, STORED_SURVEY_NOTE)
            raise SurveyError([*error.problems, note]) from None
        return KioskStart(source, first_language_first(card, setup.first_language), survey, setup)

    def _chosen(self, stored: EventSetup) -> EventSetup:
        """The stored choices, with the command line's in place of those staff have not changed."""
        first = self._first = self._first or stored
        given = self._given
        if given.survey is not None and stored.survey == first.survey:
            stored = replace(stored, survey=given.survey)
        if given.event is not None and stored.event == first.event:
            stored = replace(stored, event=given.event)
        return stored


def first_language_first(card: SurveyCard, language: str | None) -> SurveyCard:
    """The card with `language` offered first, when the survey has it."""
    if language is None or language not in card.languages or language == card.language:
        return card
    others = tuple(code for code in card.languages if code != language)
    return replace(card, languages=(language, *others))
