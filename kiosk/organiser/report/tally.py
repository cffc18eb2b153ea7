"""Counting responses in one pass: per survey, the people, and each question's answers.

Works on responses as plain JSON data (as the store keeps them), not as models. The loop
does as little as it can per response: one count of who, where and when, and each answer
counted whole as its JSON text, in C (`Counter.update` over `orjson.dumps`). A survey has
few distinct answers, so they are read back and shaped into tables after, and a million
responses are counted in seconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

ANSWERED = "answered"
OPTION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
"""What a stored option id looks like; any other text is something a person wrote."""
Key = tuple[str, str, Any]
PROGRESS_STEP = 10_000
Facts = tuple[str, str, str, str, str]
"""Survey, audience, who answered, kiosk and day of one response."""


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

    def add_people(self, audience: str, who: str, kiosk: str, day: str, count: int) -> None:
        """Count `count` responses with the same audience, who answered, kiosk and day."""
        self.people += count
        self.audiences[audience] += count
        self.who[who] += count
        self.kiosks[kiosk] += count
        self.days[day] += count

    def add_answers(self, answers: Counter[bytes], free_text: set[str]) -> None:
        """Shape the answers, counted as JSON texts, into each question's tally."""
        flat: Counter[Key] = Counter()
        for text, count in answers.items():
            answer = orjson.loads(text)
            key = answer["question"], answer.get("status") or ANSWERED
            flat[(*key, _hashable(answer.get("value")))] += count
        for (question, status, value), count in flat.items():
            if question not in self.questions:
                self.questions[question] = QuestionTally()
            self.questions[question].add(status, value, count, question in free_text)


def tally(
    records: Iterable[tuple[str, dict[str, Any]]],
    free_text: Callable[[str], set[str]],
    counted_so_far: Callable[[int], None] = lambda n: None,
) -> dict[str, SurveyTally]:
    """Count `records` per survey; `free_text` names a survey's free-text questions.

    `counted_so_far` hears how many responses are counted, every 10,000.
    """
    people: Counter[Facts] = Counter()
    answers: dict[str, Counter[bytes]] = {}
    dumps = orjson.dumps
    for number, (kiosk, record) in enumerate(records, start=1):
        if not number % PROGRESS_STEP:
            counted_so_far(number)
        survey_id = record["survey_id"]
        who = record.get("who_answered") or "not_asked"
        people[survey_id, record["audience"], who, kiosk, record["finished_at"][:10]] += 1
        counted = answers.get(survey_id)
        if counted is None:
            counted = answers[survey_id] = Counter()
        counted.update(map(dumps, record["answers"]))
    surveys = {survey_id: SurveyTally(survey_id) for survey_id in answers}
    for (survey_id, audience, who, kiosk, day), count in people.items():
        surveys[survey_id].add_people(audience, who, kiosk, day, count)
    for survey_id, counted in answers.items():
        surveys[survey_id].add_answers(counted, free_text(survey_id))
    return surveys
