"""The latest "you said, we did" shown on the attract screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.feedback.bundle import FeedbackBundle


@dataclass(frozen=True)
class Feedback:
    """A title and a few short lines, and the survey and number of people they answer."""

    title: str
    lines: tuple[str, ...] = ()
    survey_id: str | None = None
    """The survey the organiser answers; None for every survey."""
    answered: int | None = None
    """How many people answered that survey, if the organiser said."""

    def answers_survey(self, survey_id: str) -> bool:
        """Whether this feedback is about `survey_id`."""
        return self.survey_id in (None, survey_id)


def shown_feedback(bundle: FeedbackBundle) -> Feedback:
    """What the kiosk shows of a checked feedback bundle."""
    return Feedback(bundle.title, bundle.lines, bundle.survey_id, bundle.answered)
