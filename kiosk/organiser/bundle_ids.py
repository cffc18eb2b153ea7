"""The survey, audience and question ids a bundle names, checked as a survey file's are.

A kiosk only ever writes ids its survey file gave, so an id holding other characters (an
escape code, a line break) means the bundle was changed or not made by Say So. Such an id
would reach the report's pages and charts, so the whole bundle is refused. Each distinct id
is checked once, and each survey layout once, to keep a large import quick.
"""

from __future__ import annotations

from kiosk.bundles.errors import BundleDamagedError
from kiosk.store import SealedResponse
from kiosk.store.layout import SurveyLayout
from surveys.model import ID_MAX_LENGTH, is_identifier
from surveys.response import Response


class BundleIdCheck:
    """Checks the ids of one bundle's answers; `BundleDamagedError` at the first bad one."""

    def __init__(self) -> None:
        self._good: set[str] = set()
        self._layouts: set[int] = set()

    def sealed(self, item: SealedResponse) -> None:
        """Check the ids an answer's unsealed facts (and its survey layout) name."""
        self._check("survey", item.meta.survey_id)
        self._check("audience", item.meta.audience)
        if item.layout is not None and id(item.layout) not in self._layouts:
            self._check_layout(item.layout)
            self._layouts.add(id(item.layout))

    def opened(self, response: Response) -> None:
        """Check the ids inside an opened answer."""
        self._check("survey", response.survey_id)
        self._check("audience", response.audience)
        for answer in response.answers:
            self._check("question", answer.question)

    def _check_layout(self, layout: SurveyLayout) -> None:
        self._check("survey", layout.survey_id)
        for question in layout.questions:
            self._check("question", question.question_id)

    def _check(self, what: str, text: str) -> None:
        if text in self._good:
            return
        if not is_identifier(text):
            raise BundleDamagedError(refused_id(what))
        self._good.add(text)


def refused_id(what: str) -> str:
    """Why a bundle naming a `what` (survey, audience, question) with a bad id is refused."""
    return (
        f"This bundle names a {what} whose id is not one a survey can have (an id is letters, "
        f"digits, '-' and '_', at most {ID_MAX_LENGTH} of them). Nothing in the bundle was "
        "used. It was changed after it was made, or not made by Say So: export it again "
        "from the kiosk."
    )
