"""Rules about a survey's shape: a picture for every question, short answer options, and
symbols every terminal draws at the same width."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accessibility.easyread.sentences import words_in
from accessibility.symbol_width import suggestion, symbol_problem
from surveys.checks import Location, picture_files
from surveys.model import MultipleChoice, Option, PictureSort, Question, SingleChoice, Survey


@dataclass(frozen=True)
class FieldProblem:
    """A problem with a whole survey field, before it is given a line number."""

    rule: str
    location: Location
    text: str
    message: str
    suggestion: str
    language: str | None = None


def question_pictures(survey: Survey) -> Iterator[FieldProblem]:
    """Questions with neither a symbol nor a picture."""
    for index, question in enumerate(survey.questions):
        if not (question.symbol or question.picture):
            yield FieldProblem(
                "question-picture",
                ("questions", index),
                survey.text(question.text),
                f"The question '{question.id}' has no symbol or picture. "
                "Many people understand a picture before the words.",
                "Add a 'symbol:' (an emoji such as 🏫) or a 'picture:' file to the question.",
            )


def picture_file_problems(survey: Survey, folder: Path) -> Iterator[FieldProblem]:
    """Picture files the kiosk could not show (it shows the symbol instead)."""
    for location, message in picture_files(survey, folder):
        yield FieldProblem(
            "picture-file",
            location,
            "",
            message[:1].upper() + message[1:],
            "Until it is fixed, the kiosk shows the question's symbol instead.",
        )


def option_lengths(survey: Survey, limit: int) -> Iterator[FieldProblem]:
    """Answer options (and picture-sort items) with more than `limit` words, in any language."""
    for index, question in enumerate(survey.questions):
        field, options = _options(question)
        for o_index, option in enumerate(options):
            where: Location = ("questions", index, field, o_index, "text")
            texts = option.text if isinstance(option.text, dict) else {survey.language: option.text}
            for language, words in texts.items():
                count = len(words_in(words))
                if count <= limit:
                    continue
                location = (*where, language) if isinstance(option.text, dict) else where
                yield FieldProblem(
                    "option-length",
                    location,
                    words,
                    f"This answer has {count} words. Easy-read answers have {limit} or fewer.",
                    f"Make it {limit} words or fewer, so it is quick to read and fits its button.",
                    language,
                )


def symbol_widths(survey: Survey) -> Iterator[FieldProblem]:
    """Symbols that terminals draw at different widths (joined emoji, flags, skin tones)."""
    for location, symbol in _symbols(survey):
        problem = symbol_problem(symbol)
        if problem is not None:
            yield FieldProblem(
                "symbol-width",
                location,
                symbol,
                f"The symbol {symbol} may break the lines around its button: {problem}.",
                suggestion(symbol),
            )


def _symbols(survey: Survey) -> Iterator[tuple[Location, str]]:
    if survey.symbol:
        yield ("symbol",), survey.symbol
    for index, audience in enumerate(survey.audiences):
        if audience.symbol:
            yield ("audiences", index, "symbol"), audience.symbol
    for index, question in enumerate(survey.questions):
        if question.symbol:
            yield ("questions", index, "symbol"), question.symbol
        field, options = _options(question)
        for o_index, option in enumerate(options):
            if option.symbol:
                yield ("questions", index, field, o_index, "symbol"), option.symbol


def _options(question: Question) -> tuple[str, list[Option]]:
    if isinstance(question, PictureSort):
        return "items", list(question.items)
    if isinstance(question, SingleChoice | MultipleChoice):
        return "options", list(question.options)
    return "options", []
