"""A ten-question closed survey and answers to it that are the same for the same seed.

Shared by the bundle tests, the organiser tests and `bench/bench_bundle.py`.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from surveys.flow import check_answer
from surveys.hashing import survey_hash
from surveys.model import Survey
from surveys.profiles import AccessProfile
from surveys.response import Answer, AnswerValue, Response, new_receipt_code

OPTIONS = [{"id": f"option_{n}", "text": f"Option {n}"} for n in range(5)]
QUESTIONS: list[dict[str, Any]] = [
    {"id": "feel_today", "type": "faces", "text": "How do you feel today?"},
    {"id": "liked_it", "type": "yes_no", "text": "Did you like it?"},
    {"id": "best_part", "type": "single_choice", "text": "Best part?", "options": OPTIONS},
    {"id": "helped", "type": "multiple_choice", "text": "What helped?", "options": OPTIONS},
    {"id": "stars", "type": "rating", "text": "How many stars?"},
    {"id": "felt_safe", "type": "yes_no", "text": "Did you feel safe?"},
    {"id": "worst_part", "type": "single_choice", "text": "Worst part?", "options": OPTIONS},
    {"id": "feel_after", "type": "faces", "text": "How do you feel now?"},
    {"id": "come_again", "type": "yes_no", "text": "Come again?"},
    {"id": "food", "type": "rating", "text": "How was the food?"},
]


def closed_survey(survey_id: str = "ten-closed", version: str = "1") -> Survey:
    """A survey of ten closed questions (faces, yes/no, choices, ratings)."""
    return Survey.model_validate(
        {
            "id": survey_id,
            "version": version,
            "title": "Ten questions",
            "audiences": [{"id": "young_person", "text": "Young person"}],
            "consent": "Is it OK?",
            "help": "Ask for help.",
            "next_steps": "Thank you.",
            "questions": QUESTIONS,
        }
    )


def _value(question: Any, chance: random.Random) -> AnswerValue:
    kind = question.type
    if kind == "faces":
        return chance.randint(1, question.scale)
    if kind == "rating":
        return chance.randint(1, question.max)
    if kind == "multiple_choice":
        return [o.id for o in question.options if chance.random() < 0.4] or [question.options[0].id]
    chosen: str = chance.choice([o.id for o in question.choices()])
    return chosen


def closed_responses(survey: Survey, count: int, seed: int = 1) -> list[Response]:
    """`count` complete responses to `survey`, a few minutes apart, with unique receipts."""
    chance = random.Random(seed)
    start = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    receipts: set[str] = set()
    responses = []
    for number in range(count):
        answers = []
        for question in survey.questions:
            if chance.random() < 0.05:
                answers.append(Answer(question=question.id, status="skipped"))
            else:
                value = check_answer(question, _value(question, chance))
                answers.append(Answer(question=question.id, value=value))
        started = start + timedelta(seconds=number * 170 + chance.randint(0, 60))
        receipt = new_receipt_code(lambda code: code in receipts)
        receipts.add(receipt)
        responses.append(
            Response(
                survey_id=survey.id,
                survey_version=survey.version,
                survey_hash=survey_hash(survey),
                audience="young_person",
                language="en",
                profile=AccessProfile(read_aloud=chance.random() < 0.3),
                who_answered=chance.choice(["myself", "with_help", None]),
                answers=tuple(answers),
                started_at=started,
                finished_at=started + timedelta(seconds=chance.randint(60, 400)),
                complete=True,
                receipt=receipt,
            )
        )
    return responses
