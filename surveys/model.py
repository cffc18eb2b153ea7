"""The survey format: what a survey file may say, modelled with pydantic.

A text field is either plain words in the survey's main language, or a mapping
from language code to words (``{en: "Yes", cy: "Ie"}``). Checks that need the
whole survey (ids, show-if order, translations) live in `surveys.checks`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

Text = str | dict[str, str]


def _number_as_text(value: Any) -> Any:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


ID_PATTERN = r"^[A-Za-z0-9_-]+$"
"""What a survey, audience or question id may hold: letters, digits, '-' and '_'."""
ID_MAX_LENGTH = 40
_ID = re.compile(ID_PATTERN)

Identifier = Annotated[
    str,
    BeforeValidator(_number_as_text),
    Field(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH),
]


def is_identifier(text: str) -> bool:
    """Whether `text` is an id a survey file could give (see `Identifier`)."""
    return len(text) <= ID_MAX_LENGTH and _ID.fullmatch(text) is not None


Scalar = str | int
ValueList = list[Scalar]

QUESTION_TYPES = (
    "single_choice",
    "multiple_choice",
    "faces",
    "yes_no",
    "rating",
    "free_text",
    "picture_sort",
    "information",
)
OPTION_TEXT_LIMIT = 60
QUESTION_TEXT_LIMIT = 200
"""About four lines of big words at 80 columns: longer, and the answers go off the screen."""
PILES = ("like", "not_sure", "dislike")


class Strict(BaseModel):
    """A part of a survey file: unknown settings are mistakes, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(Strict):
    """One answer to choose, or one item to sort."""

    id: Identifier
    text: Text
    long_text: Text | None = None
    speak: Text | None = None
    symbol: str | None = None
    picture: str | None = None


class Condition(Strict):
    """Show a question only when an earlier answer fits.

    Exactly one test is given: ``equals``, ``any_of``, ``none_of`` or ``answered``.
    A condition on a question that was not shown, or was skipped, is false
    (except ``answered: false``, which is then true).
    """

    question: Identifier
    equals: Scalar | None = None
    any_of: ValueList | None = None
    none_of: ValueList | None = None
    answered: bool | None = None

    @model_validator(mode="after")
    def _one_test(self) -> Condition:
        given = [
            t for t in ("equals", "any_of", "none_of", "answered") if getattr(self, t) is not None
        ]
        if len(given) != 1:
            raise ValueError("a show_if needs exactly one of: equals, any_of, none_of, answered")
        return self

    def values(self) -> list[Scalar]:
        """The answer values this condition names."""
        if self.equals is not None:
            return [self.equals]
        return list(self.any_of or self.none_of or [])


class Wording(Strict):
    """Different words for one audience; anything left out stays the same."""

    text: Text | None = None
    long_text: Text | None = None
    speak: Text | None = None


class QuestionBase(Strict):
    """What every question has, whatever its type."""

    id: Identifier
    text: Text
    long_text: Text | None = None
    speak: Text | None = None
    symbol: str | None = None
    picture: str | None = None
    required: bool = False
    prefer_not_to_say: bool = True
    dont_know: bool = False
    audiences: list[Identifier] | None = None
    show_if: list[Condition] = []
    wording: dict[str, Wording] = {}

    @field_validator("show_if", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    def choices(self) -> list[Option]:
        """The options shown as buttons, if the question has a fixed list."""
        return []


class SingleChoice(QuestionBase):
    """Choose one option."""

    type: Literal["single_choice"]
    options: Annotated[list[Option], Field(min_length=2, max_length=9)]

    def choices(self) -> list[Option]:
        return self.options


class MultipleChoice(QuestionBase):
    """Choose any number of options (up to ``max_choices``)."""

    type: Literal["multiple_choice"]
    options: Annotated[list[Option], Field(min_length=2, max_length=9)]
    max_choices: Annotated[int, Field(ge=1)] | None = None

    def choices(self) -> list[Option]:
        return self.options


class Faces(QuestionBase):
    """A scale of faces from very sad to very happy. Answers are 1 to ``scale``."""

    type: Literal["faces"]
    scale: Literal[3, 5] = 5


class YesNo(QuestionBase):
    """Yes, no, and (unless turned off) not sure."""

    type: Literal["yes_no"]
    not_sure: bool = True

    def choices(self) -> list[Option]:
        options = [
            Option(id="yes", text="Yes", symbol="👍"),
            Option(id="no", text="No", symbol="👎"),
        ]
        if self.not_sure:
            options.append(Option(id="not_sure", text="Not sure", symbol="🤔"))
        return options


class Rating(QuestionBase):
    """A number of stars from 1 to ``max``."""

    type: Literal["rating"]
    max: Annotated[int, Field(ge=2, le=9)] = 5
    low_label: Text | None = None
    high_label: Text | None = None


class FreeText(QuestionBase):
    """Words typed in, up to ``max_length`` characters."""

    type: Literal["free_text"]
    max_length: Annotated[int, Field(ge=1, le=2000)] = 200


class PictureSort(QuestionBase):
    """Each item is put on a pile: like, not sure or don't like."""

    type: Literal["picture_sort"]
    items: Annotated[list[Option], Field(min_length=1, max_length=12)]


class Information(QuestionBase):
    """Words to read (and hear), then Next: there is nothing to answer or skip."""

    type: Literal["information"]
    required: Literal[True] = True
    prefer_not_to_say: Literal[False] = False
    dont_know: Literal[False] = False


INFORMATION_SEEN = "seen"
"""What "Next" gives on an information step; it is never stored with the answers."""

Question = Annotated[
    SingleChoice | MultipleChoice | Faces | YesNo | Rating | FreeText | PictureSort | Information,
    Field(discriminator="type"),
]


class Audience(Strict):
    """Who is answering: offered on the "Who are you?" screen."""

    id: Identifier
    text: Text
    symbol: str | None = None
    survey: str | None = None
    """Another survey (built-in id or file beside this one) that this audience answers instead."""


class Timeout(Strict):
    """What happens when a participant walks away."""

    seconds: Annotated[float, Field(ge=10, le=3600)] = 90
    partial: Literal["keep", "discard"] = "discard"


class Survey(Strict):
    """A whole survey file."""

    id: Identifier
    version: str
    title: Text
    intro: Text | None = None
    symbol: str | None = None
    picture: str | None = None
    language: str = "en"
    languages: list[str] = []
    audiences: Annotated[list[Audience], Field(min_length=1)]
    consent: Text
    help: Text
    next_steps: Text
    timeout: Timeout = Timeout()
    questions: Annotated[list[Question], Field(min_length=1)]

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value

    def all_languages(self) -> list[str]:
        """The main language first, then the others, each once."""
        return list(dict.fromkeys([self.language, *self.languages]))

    def text(self, value: Text | None, language: str | None = None) -> str:
        """The words of a text field in `language`, falling back to the main language."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        wanted = language or self.language
        return value.get(wanted) or value.get(self.language) or next(iter(value.values()), "")

    def question(self, question_id: str) -> Question:
        """The question with this id."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def audience(self, audience_id: str) -> Audience:
        """The audience with this id."""
        for audience in self.audiences:
            if audience.id == audience_id:
                return audience
        raise KeyError(audience_id)
