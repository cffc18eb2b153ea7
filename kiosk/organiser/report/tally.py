"""Counting responses in one pass: per survey, the people, and each question's answers.

Works on responses as plain JSON data (as the store keeps them), not as models, so a million
responses are counted in seconds.
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

    def add(self, answer: dict[str, Any]) -> None:
        """Count one answer."""
        status = answer.get("status", ANSWERED)
        self.statuses[status] += 1
        value = answer.get("value")
        if status != ANSWERED or value is None:
            return
        if isinstance(value, list):
            self.values.update(set(value))
        elif isinstance(value, dict):
            for item, pile in value.items():
                self.piles.setdefault(item, Counter())[pile] += 1
        elif isinstance(value, str) and (answer.get("free") or not OPTION_ID.fullmatch(value)):
            self.texts.append(value)
        else:
            self.values[str(value)] += 1


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

    def add(self, kiosk: str, record: dict[str, Any], free_text: set[str]) -> None:
        """Count one response."""
        self.people += 1
        self.audiences[record["audience"]] += 1
        self.who[record.get("who_answered") or "not_asked"] += 1
        self.kiosks[kiosk] += 1
        self.days[record["finished_at"][:10]] += 1
        questions = self.questions
        for answer in record["answers"]:
            question = answer["question"]
            if question not in questions:
                questions[question] = QuestionTally()
            if question in free_text:
                answer = {**answer, "free": True}
            questions[question].add(answer)


def tally(
    records: Iterable[tuple[str, dict[str, Any]]], free_text: Callable[[str], set[str]]
) -> dict[str, SurveyTally]:
    """Count `records` per survey; `free_text` names a survey's free-text questions."""
    surveys: dict[str, SurveyTally] = {}
    texts: dict[str, set[str]] = {}
    for kiosk, record in records:
        survey_id = record["survey_id"]
        if survey_id not in surveys:
            surveys[survey_id] = SurveyTally(survey_id)
            texts[survey_id] = free_text(survey_id)
        surveys[survey_id].add(kiosk, record, texts[survey_id])
    return surveys
