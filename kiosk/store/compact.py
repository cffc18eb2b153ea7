"""Format 2 response bodies: only what differs from the survey's layout, as tiny CBOR.

A body is ``[rows, who, complete, language, profile]`` with trailing defaults left off
(nobody said who answered, complete, the survey's language, no access changes). Each row is
one answer. A bare value answers the question after the previous one, with "answered": an
option's position, a bit set of options, or piles in base 3, whichever the layout says, or
the value itself. A list row is ``[position, value, status, literal]`` with trailing zeros
left off; `literal` keeps a value that does not fit the layout as it is. The position is a
question id instead when the layout does not know the question.

The survey facts live in the layout, the times in the readable metadata, and the response id
is derived from its batch and counter, so none of them is in the body.
"""

from __future__ import annotations

import uuid
from typing import Any

import cbor2

from kiosk.store.codec import STATUSES, WHO_ANSWERED, ResponseMeta
from kiosk.store.layout import ANY_OF, ONE_OF, PLAIN, SORTED, QuestionLayout, SurveyLayout
from surveys.model import PILES
from surveys.profiles import AccessProfile
from surveys.response import Answer, AnswerValue, Response


def _packed(question: QuestionLayout, value: AnswerValue | None) -> Any:
    """The value as a small number when the layout allows and nothing is lost, else None."""
    options = question.options
    packed: int | None = None
    if question.kind == ONE_OF and isinstance(value, str) and value in options:
        packed = options.index(value)
    elif question.kind == ANY_OF and isinstance(value, list) and set(value) <= set(options):
        packed = sum(1 << options.index(str(v)) for v in value)
    elif question.kind == SORTED and isinstance(value, dict) and _sortable(value, options):
        packed = sum(PILES.index(value[o]) * 3**i for i, o in enumerate(options))
    return packed if packed is not None and _unpacked(question, packed) == value else None


def _sortable(value: dict[str, str], items: tuple[str, ...]) -> bool:
    return set(value) == set(items) and set(value.values()) <= set(PILES)


def _unpacked(question: QuestionLayout, packed: int) -> Any:
    options = question.options
    if question.kind == ONE_OF:
        return options[packed]
    if question.kind == ANY_OF:
        return [o for i, o in enumerate(options) if packed >> i & 1]
    if question.kind == SORTED:
        return {o: PILES[packed // 3**i % 3] for i, o in enumerate(options)}
    return packed


def _rows(response: Response, layout: SurveyLayout) -> list[Any]:
    positions = {q.question_id: i for i, q in enumerate(layout.questions)}
    rows: list[Any] = []
    expected = 0
    for answer in response.answers:
        position = positions.get(answer.question)
        if position is None:
            rows.append(_row(answer.question, answer, answer.value, literal=False))
            continue
        question = layout.questions[position]
        packed = _packed(question, answer.value)
        literal = packed is None and question.kind != PLAIN and answer.value is not None
        value = answer.value if packed is None else packed
        if position == expected and answer.status == "answered" and not literal:
            rows.append(value if not isinstance(value, list) else [position, value])
        else:
            rows.append(_row(position, answer, value, literal=literal))
        expected = position + 1
    return rows


def _row(where: int | str, answer: Answer, value: Any, *, literal: bool) -> list[Any]:
    """A list row; `literal` marks a value kept as it is, which must not be unpacked."""
    row = [where, value]
    if answer.status != "answered" or literal:
        row.append(STATUSES.index(answer.status))
    if literal:
        row.append(1)
    return row


def encode_compact(response: Response, layout: SurveyLayout) -> bytes:
    """The body of `response` in format 2, against `layout` (the survey it answered)."""
    fields: list[Any] = [
        _rows(response, layout),
        WHO_ANSWERED.index(response.who_answered),
        response.complete,
        response.language,
        response.profile.changed_choices(),
    ]
    defaults: list[Any] = [None, 0, True, layout.language, {}]
    while len(fields) > 1 and fields[-1] == defaults[len(fields) - 1]:
        fields.pop()
    return cbor2.dumps(fields)


def _answers(rows: list[Any], layout: SurveyLayout) -> tuple[Answer, ...]:
    answers = []
    expected = 0
    for row in rows:
        if not isinstance(row, list):
            row = [expected, row]
        where, value, status, literal = (row + [0, 0])[:4]
        if isinstance(where, int):
            question = layout.questions[where]
            expected = where + 1
            where = question.question_id
            if not literal and question.kind != PLAIN and value is not None:
                value = _unpacked(question, value)
        answers.append(Answer(question=where, value=value, status=STATUSES[status]))
    return tuple(answers)


def decode_compact(
    body: bytes, meta: ResponseMeta, layout: SurveyLayout, response_id: uuid.UUID
) -> Response:
    """The whole response again from a format 2 body, its metadata, layout and derived id."""
    fields = cbor2.loads(body)
    rows, who, complete, language, profile = (
        fields + [0, True, layout.language, {}][len(fields) - 1 :]
    )
    return Response(
        id=response_id,
        survey_id=layout.survey_id,
        survey_version=layout.version,
        survey_hash=layout.survey_hash,
        audience=meta.audience,
        language=language,
        profile=AccessProfile(**profile),
        who_answered=WHO_ANSWERED[who],
        answers=_answers(rows, layout),
        started_at=meta.started_at,
        finished_at=meta.finished_at,
        complete=complete,
        receipt=meta.receipt,
    )
