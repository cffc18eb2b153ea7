"""Making a report: choose the responses, count them in one pass, make each table safe."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.organiser.base import OrganiserStore, Selection
from kiosk.organiser.report.labels import SurveyWords, survey_words
from kiosk.organiser.report.tables import SurveySection, survey_section
from kiosk.organiser.report.tally import tally
from surveys.model import Survey

DEFAULT_THRESHOLD = 5


@dataclass
class Report:
    """What a report shows, for every output to draw."""

    selection: Selection
    threshold: int
    sections: list[SurveySection]
    words: dict[str, SurveyWords] = field(default_factory=dict)
    made_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def people(self) -> int:
        """How many responses the report covers."""
        return sum(section.people for section in self.sections)


def words_for(
    survey_ids: Iterable[str], find: Callable[[str], Survey | None]
) -> dict[str, SurveyWords]:
    """The words of each survey, from `find` (None when its file is not known)."""
    return {survey_id: survey_words(survey_id, find(survey_id)) for survey_id in survey_ids}


def make_report(
    store: OrganiserStore,
    selection: Selection,
    find: Callable[[str], Survey | None],
    threshold: int = DEFAULT_THRESHOLD,
    counted: Callable[[int], None] = lambda n: None,
) -> Report:
    """Count the chosen responses and make each survey's tables safe to show.

    `counted` hears how many responses are counted so far, every 10,000, for progress.
    """
    words: dict[str, SurveyWords] = {}

    def free_text(survey_id: str) -> set[str]:
        if survey_id not in words:
            words.update(words_for([survey_id], find))
        return {q.id for q in words[survey_id].questions.values() if q.kind == "free_text"}

    tallies = tally(store.records(selection), free_text, counted)
    sections = [survey_section(t, words[i], threshold) for i, t in sorted(tallies.items())]
    return Report(selection, threshold, sections, words)
