"""Counting responses in one pass: per survey, the people, and each question's answers.

Works on responses as plain JSON data (as the store keeps them), not as models. The loop
counts flat keys (question, status, value) in one Counter and shapes them into tables after,
so a million responses are counted in seconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

ANSWERED = "answered"
OPTION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
"""What a stored option id looks like; any other text is something a person wrote."""
Key = tuple[str, str, Any]


@dataclass
class QuestionTally:
    """How one question was answered: statuses, and counts of each value (or item and pile)."""

    statuses: Counter[str] = field(default_factory=Counter)
    values: Counter[str] = field(default_factory=Counter)
    piles: dict[str, Counter[str]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)

    @property
    def reached(self) -> int:
        """How many people were asked this question."""
        return sum(self.statuses.values())

    def add(self, status: str, value: Any, count: int, free: bool) -> None:
        """Count `count` answers with this status and value."""
        self.statuses[status] += count
        if status != ANSWERED or value is None:
            return
        if isinstance(value, tuple) and value and isinstance(value[0], tuple):
            for item, pile in value:
                self.piles.setdefault(item, Counter())[pile] += count
        elif isinstance(value, tuple):
            for chosen in set(value):
                self.values[chosen] += count
        elif isinstance(value, str) and (free or not OPTION_ID.fullmatch(value)):
            self.texts += [value] * count
        else:
            self.values[str(value)] += count


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    return value


@dataclass
class SurveyTally:
    """Everything counted for one survey."""

    survey_id: str
    people: int = 0
    audiences: Counter[str] = field(default_factory=Counter)
    who: Counter[str] = field(default_factory=Counter)
    kiosks: Counter[str] = field(default_factory=Counter)
    days: Counter[str] = field(default_factory=Counter)
    questions: dict[str, QuestionTally] = field(default_factory=dict)
    answers: Counter[Key] = field(default_factory=Counter)
    """The flat counts the loop makes; `shape` turns them into `questions`."""

    def add(self, kiosk: str, record: dict[str, Any]) -> None:
        """Count one response."""
        self.people += 1
        self.audiences[record["audience"]] += 1
        self.who[record.get("who_answered") or "not_asked"] += 1
        self.kiosks[kiosk] += 1
        self.days[record["finished_at"][:10]] += 1
        answers = self.answers
        for answer in record["answers"]:
            value = answer.get("value")
            if type(value) is list or type(value) is dict:
                value = _hashable(value)
            answers[answer["question"], answer.get("status") or ANSWERED, value] += 1

    def shape(self, free_text: set[str]) -> None:
        """Turn the flat counts into each question's tally."""
        for (question, status, value), count in self.answers.items():
            if question not in self.questions:
                self.questions[question] = QuestionTally()
            self.questions[question].add(status, value, count, question in free_text)
        self.answers = Counter()


def tally(
    records: Iterable[tuple[str, dict[str, Any]]], free_text: Callable[[str], set[str]]
) -> dict[str, SurveyTally]:
    """Count `records` per survey; `free_text` names a survey's free-text questions."""
    surveys: dict[str, SurveyTally] = {}
    for kiosk, record in records:
        survey_id = record["survey_id"]
        if survey_id not in surveys:
            surveys[survey_id] = SurveyTally(survey_id)
        surveys[survey_id].add(kiosk, record)
    for survey_id, counted in surveys.items():
        counted.shape(free_text(survey_id))
    return surveys
