"""A compact (format 2) body read straight into the organiser's row, with no pydantic models.

Checking a response with pydantic costs ten times what opening it does (about 50 µs against
5 µs here), and an import opens 100,000 of them. This reads a body as the kiosk writes it, with
exact types only, and writes the record as `Response.model_dump_json` would, byte for byte.
Anything it does not recognise (a value pydantic would convert, an odd time, a loose shape)
it leaves to the full decoder, which then accepts or refuses it as it always did; so a body
read here is one pydantic accepts unchanged, and no body is accepted here that it refuses.
"""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, get_args

import cbor2
import orjson

from kiosk.organiser.base import ResponseRow
from kiosk.store import SealedResponse
from kiosk.store.codec import STATUSES, WHO_ANSWERED
from kiosk.store.layout import ANY_OF, ONE_OF, PLAIN, SORTED, QuestionLayout, SurveyLayout
from surveys.model import PILES, is_identifier
from surveys.profiles import AccessProfile, Colours

PROFILE = {field.name: field.default for field in fields(AccessProfile)}
COLOURS = frozenset(get_args(Colours))
UNREADABLE = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError)


class _LeftToFullDecoder(Exception):
    """The body holds something only the full decoder may judge."""


class CompactReader:
    """Reads the compact bodies of one bundle, remembering the answers it has read already.

    A closed question has only a few possible answers, so the same (question, value) comes up
    again and again; each is checked once and its answer reused.
    """

    def __init__(self) -> None:
        self._answers: dict[int, tuple[SurveyLayout, dict[tuple[Any, ...], dict[str, Any]]]] = {}

    def row(
        self, sealed: SealedResponse, body: bytes, response_id: uuid.UUID
    ) -> ResponseRow | None:
        """The row for the opened format 2 `body` of `sealed`; None if the full decoder must say."""
        layout, meta = sealed.layout, sealed.meta
        started, finished = _utc_text(meta.started_at), _utc_text(meta.finished_at)
        if layout is None or started is None or finished is None:
            return None
        try:
            language, profile, who, complete, rows = _body(cbor2.loads(body), layout)
            record = {
                "id": str(response_id),
                "survey_id": layout.survey_id,
                "survey_version": layout.version,
                "survey_hash": layout.survey_hash,
                "audience": meta.audience,
                "language": language,
                "profile": profile,
                "who_answered": who,
                "answers": self._read_answers(rows, layout),
                "started_at": started[:-6] + "Z",
                "finished_at": finished[:-6] + "Z",
                "complete": complete,
                "receipt": meta.receipt,
            }
            text = orjson.dumps(record).decode()
        except (_LeftToFullDecoder, cbor2.CBORError, *UNREADABLE):
            return None
        row = (layout.survey_id, layout.version, meta.audience, finished, text)
        return ResponseRow(response_id.bytes, meta.receipt, *row)

    def _read_answers(self, rows: Any, layout: SurveyLayout) -> list[dict[str, Any]]:
        _expect(type(rows) is list)
        known = self._answers.setdefault(id(layout), (layout, {}))[1]
        answers, expected = [], 0
        for row in rows:
            kind = type(row)
            seen = known.get((expected, kind, row)) if kind is int or kind is str else None
            if seen is None:
                seen, after = _answer(row, expected, layout)
                if after is not None and (kind is int or kind is str):
                    known[(expected, kind, row)] = seen
            else:
                after = expected + 1
            answers.append(seen)
            expected = expected if after is None else after
        return answers


def _utc_text(moment: datetime) -> str | None:
    """ISO text of a whole-second UTC time (what format 2 keeps), else None."""
    return moment.isoformat() if moment.tzinfo is UTC and not moment.microsecond else None


def _body(fields: Any, layout: SurveyLayout) -> tuple[Any, ...]:
    """(language, profile, who answered, complete, answer rows) of a decoded body."""
    _expect(type(fields) is list and 1 <= len(fields) <= 5)
    defaults = [0, True, layout.language, {}][len(fields) - 1 :]
    rows, who, complete, language, profile = fields + defaults
    _expect(type(who) is int and type(complete) is bool and type(language) is str)
    return language, _profile(profile), WHO_ANSWERED[who], complete, rows


def _profile(changed: Any) -> dict[str, Any]:
    if type(changed) is dict and not changed:
        return PROFILE
    _expect(type(changed) is dict and set(changed) <= set(PROFILE))
    profile: dict[str, Any] = PROFILE | changed
    _expect(profile["colours"] in COLOURS and type(profile["colours"]) is str)
    _expect(all(type(value) is bool for name, value in profile.items() if name != "colours"))
    return profile


def _answer(row: Any, expected: int, layout: SurveyLayout) -> tuple[dict[str, Any], int | None]:
    """One answer, and the position the next bare value answers (None: unchanged)."""
    if type(row) is not list:
        row = [expected, row]
    _expect(2 <= len(row) <= 4)
    where, value, status, literal = (row + [0, 0])[:4]
    after = None
    if type(where) is int:
        question = layout.questions[where]
        after, where = where + 1, question.question_id
        if not literal and question.kind != PLAIN and value is not None:
            value = _unpacked(question, value)
    _expect(type(where) is str and type(status) is int and _plain_value(value))
    _expect(after is not None or is_identifier(where))  # a layout's ids are checked once
    return {"question": where, "status": STATUSES[status], "value": value}, after


def _unpacked(question: QuestionLayout, packed: Any) -> Any:
    _expect(type(packed) is int)
    options = question.options
    if question.kind == ONE_OF:
        return options[packed]
    if question.kind == ANY_OF:
        return [option for i, option in enumerate(options) if packed >> i & 1]
    _expect(question.kind == SORTED)
    return {option: PILES[packed // 3**i % 3] for i, option in enumerate(options)}


def _plain_value(value: Any) -> bool:
    """Whether pydantic keeps `value` as it is for an answer (no conversion)."""
    kind = type(value)
    if kind is list:
        return all(type(item) is str for item in value)
    if kind is dict:
        return all(type(key) is str and type(item) is str for key, item in value.items())
    return value is None or kind is str or kind is int


def _expect(condition: bool) -> None:
    if not condition:
        raise _LeftToFullDecoder
