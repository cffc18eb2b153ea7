"""Which survey an audience answers: an audience may answer another survey (`survey:`).

The one place this is worked out, for the journey and for staff counts. A survey whose
linked survey cannot be loaded, or lacks the audience, is refused when it is loaded
(`surveys.loader`), so these only fail if a file changed while the kiosk ran.
"""

from __future__ import annotations

from pathlib import Path

from surveys.catalog import find_survey
from surveys.errors import SurveyError, SurveyProblem
from surveys.loader import missing_audience
from surveys.model import Audience, Survey


def survey_for_audience(
    survey: Survey, audience_id: str, beside: Path | None = None
) -> tuple[Survey, str]:
    """The survey and audience that someone choosing `audience_id` on `survey` answers.

    `beside` is the folder of `survey`'s file, where linked survey files are found.
    Raises `SurveyError` if the linked survey cannot be loaded or lacks the audience.
    """
    audience = survey.audience(audience_id)
    if audience.survey is None:
        return survey, audience_id
    other = find_survey(audience.survey, beside=beside)
    if audience_id not in {a.id for a in other.audiences}:
        message = missing_audience(audience.survey, audience_id)
        raise SurveyError([SurveyProblem(audience.survey, None, None, message)])
    return other, audience_id


def linked_surveys(survey: Survey, beside: Path | None = None) -> list[Survey]:
    """`survey` and each survey its audiences answer instead, in order, once each.

    Raises `SurveyError` if a linked survey cannot be loaded.
    """
    found = [survey]
    for audience in survey.audiences:
        if audience.survey is not None:
            other, _ = survey_for_audience(survey, audience.id, beside)
            if all(other.id != known.id for known in found):
                found.append(other)
    return found


def own_audiences(survey: Survey) -> list[Audience]:
    """The audiences that answer `survey` itself, not a linked one."""
    return [audience for audience in survey.audiences if audience.survey is None]
