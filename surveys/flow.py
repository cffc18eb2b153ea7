"""The flow engine: which question comes next, what the answers are so far.

Pure code with no user interface. The kiosk asks a `Flow` what to show and hands it
each answer; the flow decides branching, progress and what is kept.

A question is *shown* when it is for this audience and every show-if condition
holds on the answers to questions shown before it. Answers to questions that are
no longer shown are dropped at once, so nothing stale is ever saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from surveys.errors import AnswerError
from surveys.hashing import survey_hash
from surveys.model import (
    INFORMATION_SEEN,
    PILES,
    Condition,
    Faces,
    FreeText,
    Information,
    MultipleChoice,
    PictureSort,
    Question,
    Rating,
    SingleChoice,
    Survey,
    YesNo,
)
from surveys.profiles import AccessProfile
from surveys.response import Answer, AnswerStatus, AnswerValue, Response, WhoAnswered

Clock = Callable[[], datetime]
TextField = Literal["text", "long_text", "speak"]


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Step:
    """One question to show, with where it stands in the survey."""

    question: Question
    number: int
    total: int
    answer: Answer | None

    @property
    def progress(self) -> str:
        """Progress in words, like "3 of 8"."""
        return f"{self.number} of {self.total}"

    @property
    def can_go_back(self) -> bool:
        """Whether there is a question before this one to go back to."""
        return self.number > 1

    def allows(self, status: AnswerStatus) -> bool:
        """Whether this question may be left without an answer in this way."""
        question = self.question
        allowed = {
            "skipped": not question.required,
            "prefer_not_to_say": question.prefer_not_to_say,
            "dont_know": question.dont_know,
        }
        return allowed.get(status, False)


class Flow:
    """One participant's way through one survey."""

    def __init__(
        self,
        survey: Survey,
        audience: str,
        language: str | None = None,
        profile: AccessProfile | None = None,
        clock: Clock = utc_now,
    ) -> None:
        survey.audience(audience)  # raises KeyError for an audience the survey does not have
        self.survey = survey
        self.audience = audience
        self.language = language or survey.language
        self.profile = profile or AccessProfile()
        self._clock = clock
        self.started_at = clock()
        self._questions = [
            q for q in survey.questions if q.audiences is None or audience in q.audiences
        ]
        self._answers: dict[str, Answer] = {}
        self._editing = False
        shown = self.shown()
        self._current: str | None = shown[0].id if shown else None

    # What is shown ---------------------------------------------------------

    def shown(self) -> list[Question]:
        """The questions that will be shown, given the answers so far, in order."""
        shown: list[Question] = []
        shown_ids: set[str] = set()
        for question in self._questions:
            if all(self._holds(c, shown_ids) for c in question.show_if):
                shown.append(question)
                shown_ids.add(question.id)
        return shown

    def _holds(self, condition: Condition, shown_ids: set[str]) -> bool:
        answer = self._answers.get(condition.question) if condition.question in shown_ids else None
        given = answer is not None and answer.status == "answered"
        if condition.answered is not None:
            return given == condition.answered
        if not given or answer is None:
            return False
        values = answer.value if isinstance(answer.value, list) else [answer.value]
        wanted = condition.values()
        matched = any(v in wanted for v in values)
        return not matched if condition.none_of is not None else matched

    @property
    def step(self) -> Step | None:
        """The question to show now, or None when there are no more."""
        if self._current is None:
            return None
        shown = self.shown()
        index = next(i for i, q in enumerate(shown) if q.id == self._current)
        return Step(shown[index], index + 1, len(shown), self._answers.get(self._current))

    @property
    def editing(self) -> bool:
        """True while changing an answer from the "check your answers" list."""
        return self._editing

    def answers(self) -> list[Answer]:
        """The answers so far, in question order (information steps have none)."""
        return [
            self._answers[q.id]
            for q in self.shown()
            if q.id in self._answers and not isinstance(q, Information)
        ]

    def review(self) -> list[tuple[Question, Answer | None]]:
        """Every shown question with its answer, for "check your answers"."""
        return [
            (q, self._answers.get(q.id)) for q in self.shown() if not isinstance(q, Information)
        ]

    # Moving through --------------------------------------------------------

    def answer(self, value: AnswerValue) -> Step | None:
        """Record an answer to the current question and move on.

        The one place an answer is checked: `AnswerError` says in plain words what to fix.
        """
        question = self._require_step().question
        self._record(Answer(question=question.id, value=check_answer(question, value)))
        return self._advance()

    def skip(self, status: AnswerStatus = "skipped") -> Step | None:
        """Move on without an answer: skipped, "I don't want to say" or "I don't know"."""
        step = self._require_step()
        if not step.allows(status):
            raise AnswerError("This question needs an answer before you go on.")
        self._record(Answer(question=step.question.id, status=status))
        return self._advance()

    def back(self) -> Step | None:
        """Go to the question before; None when this is the first one (the current stays)."""
        step = self._require_step()
        if not step.can_go_back:
            return None
        self._current = self.shown()[step.number - 2].id
        return self.step

    def edit(self, question_id: str) -> Step:
        """Go back to one question to change its answer, then return to the review."""
        if question_id not in {q.id for q in self.shown()}:
            raise AnswerError("That question is not part of this survey any more.")
        self._current = question_id
        self._editing = True
        step = self.step
        assert step is not None
        return step

    def _require_step(self) -> Step:
        step = self.step
        if step is None:
            raise AnswerError("There are no more questions.")
        return step

    def _record(self, answer: Answer) -> None:
        self._answers[answer.question] = answer
        shown = {q.id for q in self.shown()}
        for question_id in [k for k in self._answers if k not in shown]:
            del self._answers[question_id]

    def _advance(self) -> Step | None:
        shown = self.shown()
        ids = [q.id for q in shown]
        later = ids[ids.index(self._current) + 1 :] if self._current in ids else []
        if self._editing:
            later = [i for i in later if i not in self._answers]
        self._current = later[0] if later else None
        if self._current is None:
            self._editing = False
        return self.step

    # Words ----------------------------------------------------------------

    def words(self, question: Question, field: TextField = "text") -> str:
        """A question's words for this audience and language."""
        wording = question.wording.get(self.audience)
        value = getattr(wording, field, None) if wording is not None else None
        if value is None:
            value = getattr(question, field)
        return self.survey.text(value, self.language)

    def spoken(self, question: Question) -> str:
        """What to say aloud for a question: its `speak` text, or its words."""
        return self.words(question, "speak") or self.words(question)

    def faces(self, question: Faces) -> list[int]:
        """The face values to offer: three (1, 3, 5) instead of five with "fewer choices"."""
        if question.scale == 5 and self.profile.fewer_choices:
            return [1, 3, 5]
        return list(range(1, question.scale + 1))

    # The record ------------------------------------------------------------

    def finish(
        self, who_answered: WhoAnswered | None, receipt: str, *, complete: bool = True
    ) -> Response:
        """The response record to store."""
        return Response(
            survey_id=self.survey.id,
            survey_version=self.survey.version,
            survey_hash=survey_hash(self.survey),
            audience=self.audience,
            language=self.language,
            profile=self.profile,
            who_answered=who_answered,
            answers=tuple(self.answers()),
            started_at=self.started_at,
            finished_at=self._clock(),
            complete=complete,
            receipt=receipt,
        )


def check_answer(question: Question, value: AnswerValue) -> AnswerValue:
    """`value` if it fits `question`, else `AnswerError` in plain words."""
    if isinstance(question, SingleChoice | YesNo):
        ids = [o.id for o in question.choices()]
        if value not in ids:
            raise AnswerError("Please choose one of the answers.")
        return value
    if isinstance(question, MultipleChoice):
        return _check_multiple(question, value)
    if isinstance(question, Faces | Rating):
        top = question.scale if isinstance(question, Faces) else question.max
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
            raise AnswerError("Please choose one of the answers.")
        return value
    if isinstance(question, FreeText):
        return _check_text(question, value)
    if isinstance(question, Information):
        if value != INFORMATION_SEEN:
            raise AnswerError("Please press Next to go on.")
        return value
    return _check_sort(question, value)


def _check_multiple(question: MultipleChoice, value: AnswerValue) -> list[str]:
    ids = [o.id for o in question.options]
    if not isinstance(value, list) or not value or any(v not in ids for v in value):
        raise AnswerError("Please choose at least one answer.")
    if question.max_choices is not None and len(set(value)) > question.max_choices:
        raise AnswerError(f"Please choose up to {question.max_choices} answers.")
    return [i for i in ids if i in value]


def _check_text(question: FreeText, value: AnswerValue) -> str:
    if not isinstance(value, str) or not value.strip():
        raise AnswerError("Please write something, or skip this question.")
    if len(value) > question.max_length:
        raise AnswerError(f"Please use {question.max_length} letters or fewer.")
    return value.strip()


def _check_sort(question: PictureSort, value: AnswerValue) -> dict[str, str]:
    ids = [item.id for item in question.items]
    if (
        not isinstance(value, dict)
        or set(value) != set(ids)
        or any(p not in PILES for p in value.values())
    ):
        raise AnswerError("Please put every picture on a pile.")
    return {i: value[i] for i in ids}
