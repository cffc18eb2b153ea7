"""What one participant said: the record the kiosk stores and exports."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from surveys.profiles import AccessProfile

AnswerValue = str | int | list[str] | dict[str, str]
AnswerStatus = Literal["answered", "skipped", "prefer_not_to_say", "dont_know"]
WhoAnswered = Literal["myself", "with_help", "for_me"]

RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""No 0/O, 1/I/L: nothing that looks or sounds like something else."""
RECEIPT_LOOK_ALIKES = "0O1IL"
"""What a person may type for a character of a code, but a code never holds."""


class Answer(BaseModel):
    """One question's answer, or why there is none."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str
    status: AnswerStatus = "answered"
    value: AnswerValue | None = None


class Response(BaseModel):
    """One participant's whole response."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    survey_id: str
    survey_version: str
    survey_hash: str
    audience: str
    language: str
    profile: AccessProfile
    who_answered: WhoAnswered | None
    answers: tuple[Answer, ...]
    started_at: datetime
    finished_at: datetime
    complete: bool
    receipt: str

    def answer(self, question_id: str) -> Answer | None:
        """The answer to one question, if it was reached."""
        return next((a for a in self.answers if a.question == question_id), None)


def new_receipt_code(taken: Callable[[str], bool] = lambda code: False) -> str:
    """A short code like ``K7M-2QX`` that `taken` says is not used yet."""
    while True:
        letters = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(6))
        code = f"{letters[:3]}-{letters[3:]}"
        if not taken(code):
            return code


def spoken_receipt(code: str) -> str:
    """The receipt code as speech reads it best: one character at a time."""
    return ", ".join(c for c in code if c != "-")
