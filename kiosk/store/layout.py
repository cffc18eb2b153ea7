"""A survey's layout: the facts a compact response body leaves out, kept once per survey.

The layout names the survey (id, version, hash, main language) and lists its questions in
order, each with its answer options. A compact body then says "position 3, option 1" where a
full one says ``["feel_at_school", "happy"]``. Layouts hold nothing anyone answered, so they
stay readable on the kiosk and travel in a bundle's survey table. A response to a survey the
store was not told about gets a loose layout (no questions): its body keeps question ids.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from typing import Any

import cbor2

from surveys.hashing import survey_hash
from surveys.model import MultipleChoice, PictureSort, Survey
from surveys.response import Response

PLAIN, ONE_OF, ANY_OF, SORTED = 0, 1, 2, 3
"""How a question's answer is written: as it is, an option position, a bit set, piles in base 3."""


@dataclass(frozen=True)
class QuestionLayout:
    """One question: its id, how its answer is written, and its option (or item) ids."""

    question_id: str
    kind: int
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class SurveyLayout:
    """The survey facts and question order that compact bodies refer to."""

    survey_id: str
    version: str
    survey_hash: str
    language: str
    questions: tuple[QuestionLayout, ...] = ()

    @classmethod
    def of(cls, survey: Survey) -> SurveyLayout:
        """The layout of `survey`."""
        return cls(
            survey.id,
            survey.version,
            survey_hash(survey),
            survey.language,
            tuple(_question_layout(q) for q in survey.questions),
        )

    @classmethod
    def loose(cls, response: Response) -> SurveyLayout:
        """A layout with no questions, for a response to a survey the store was not shown."""
        return cls(response.survey_id, response.survey_version, response.survey_hash, "")

    @property
    def key(self) -> tuple[str, str]:
        """What responses are matched to their layout by: survey id and hash."""
        return (self.survey_id, self.survey_hash)

    @functools.cached_property
    def canonical(self) -> bytes:
        """`to_cbor`, worked out once."""
        return self.to_cbor()

    def to_cbor(self) -> bytes:
        """The layout as canonical CBOR (the same layout always gives the same bytes)."""
        questions = [[q.question_id, q.kind, list(q.options)] for q in self.questions]
        fields = [self.survey_id, self.version, self.survey_hash, self.language, questions]
        return cbor2.dumps(fields, canonical=True)

    @classmethod
    def from_cbor(cls, data: bytes) -> SurveyLayout:
        """Read a layout written by `to_cbor`; `ValueError` (or a CBOR error) if it is not one."""
        return cls.from_fields(cbor2.loads(data))

    @classmethod
    def from_fields(cls, fields: Any) -> SurveyLayout:
        """A layout from its decoded CBOR list; `ValueError` if the list is not one."""
        survey_id, version, hash_text, language, questions = fields
        texts = (survey_id, version, hash_text, language)
        if not all(isinstance(text, str) for text in texts):
            raise ValueError("survey facts must be text")
        return cls(
            survey_id,
            version,
            hash_text,
            language,
            tuple(_question_from_fields(q) for q in questions),
        )

    @functools.cached_property
    def digest(self) -> bytes:
        """A short fingerprint of the whole layout, bound into every body sealed with it."""
        return hashlib.blake2b(self.canonical, digest_size=16).digest()


def _question_layout(question: Any) -> QuestionLayout:
    if isinstance(question, MultipleChoice):
        return QuestionLayout(question.id, ANY_OF, tuple(o.id for o in question.options))
    if isinstance(question, PictureSort):
        return QuestionLayout(question.id, SORTED, tuple(o.id for o in question.items))
    options = tuple(o.id for o in question.choices())
    return QuestionLayout(question.id, ONE_OF if options else PLAIN, options)


def _question_from_fields(fields: Any) -> QuestionLayout:
    question_id, kind, options = fields
    if not isinstance(question_id, str) or kind not in (PLAIN, ONE_OF, ANY_OF, SORTED):
        raise ValueError("not a question layout")
    if not all(isinstance(option, str) for option in options):
        raise ValueError("option ids must be text")
    return QuestionLayout(question_id, kind, tuple(options))
