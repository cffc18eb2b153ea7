"""A response split in two: what staff may see (`ResponseMeta`) and the body, as compact CBOR."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import cbor2

from surveys.profiles import AccessProfile
from surveys.response import Answer, Response

WHO_ANSWERED = (None, "myself", "with_help", "for_me")
STATUSES = ("answered", "skipped", "prefer_not_to_say", "dont_know")


@dataclass(frozen=True)
class ResponseMeta:
    """The part of a response that stays readable on the kiosk: nothing anyone said."""

    survey_id: str
    audience: str
    receipt: str
    started_at: datetime
    finished_at: datetime

    @classmethod
    def of(cls, response: Response) -> ResponseMeta:
        """The readable part of `response`."""
        return cls(
            response.survey_id,
            response.audience,
            response.receipt,
            response.started_at,
            response.finished_at,
        )

    def as_list(self) -> list[str]:
        """The fields as plain strings, in a fixed order."""
        times = (self.started_at.isoformat(), self.finished_at.isoformat())
        return [self.survey_id, self.audience, self.receipt, *times]

    @classmethod
    def from_list(cls, fields: list[str]) -> ResponseMeta:
        """Read fields written by `as_list`."""
        survey_id, audience, receipt, started, finished = fields
        return cls(
            survey_id,
            audience,
            receipt,
            datetime.fromisoformat(started),
            datetime.fromisoformat(finished),
        )


def _answer_row(answer: Answer) -> list[Any]:
    row: list[Any] = [answer.question, answer.value]
    if answer.status != "answered":
        row.append(STATUSES.index(answer.status))
    return row


def encode_body(response: Response) -> bytes:
    """Everything `ResponseMeta` leaves out, as small CBOR (positions, not field names)."""
    return cbor2.dumps(
        [
            response.id.bytes,
            response.survey_version,
            response.survey_hash,
            response.language,
            response.profile.changed_choices(),
            WHO_ANSWERED.index(response.who_answered),
            [_answer_row(a) for a in response.answers],
            response.complete,
        ]
    )


def decode_body(body: bytes, meta: ResponseMeta) -> Response:
    """The whole response again, from `encode_body`'s bytes and its readable part."""
    raw_id, version, survey_hash, language, profile, who, rows, complete = cbor2.loads(body)
    answers = tuple(
        Answer(
            question=row[0], value=row[1], status=STATUSES[row[2]] if len(row) > 2 else "answered"
        )
        for row in rows
    )
    return Response(
        id=uuid.UUID(bytes=raw_id),
        survey_id=meta.survey_id,
        survey_version=version,
        survey_hash=survey_hash,
        audience=meta.audience,
        language=language,
        profile=AccessProfile(**profile),
        who_answered=WHO_ANSWERED[who],
        answers=answers,
        started_at=meta.started_at,
        finished_at=meta.finished_at,
        complete=complete,
        receipt=meta.receipt,
    )
