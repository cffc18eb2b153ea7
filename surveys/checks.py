"""Checks that need the whole survey: ids, show-if order, translations, option length.

Each finding is a `(location, message)` pair; the location is the path of keys and
list positions in the file, which the loader turns into a line and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from surveys.characters import is_blank
from surveys.model import (
    OPTION_TEXT_LIMIT,
    QUESTION_TEXT_LIMIT,
    Condition,
    Faces,
    FreeText,
    MultipleChoice,
    Option,
    PictureSort,
    Question,
    Rating,
    SingleChoice,
    Survey,
    Text,
    YesNo,
)
from surveys.pictures import picture_file, picture_problem

Location = tuple[str | int, ...]
Mistake = tuple[Location, str]
"""Where in the survey something is wrong, and what (the easy-read checker's `Finding` is advice)."""


def check_survey(survey: Survey) -> list[Mistake]:
    """Every problem with `survey` that a single field cannot show."""
    return [
        *_duplicate_ids(survey),
        *_audience_references(survey),
        *_show_if_order(survey),
        *_option_lengths(survey),
        *_question_lengths(survey),
        *_blank_texts(survey),
        *_translations(survey),
    ]


def _duplicates(ids: list[str], where: Location, what: str) -> Iterator[Mistake]:
    seen: set[str] = set()
    for index, identifier in enumerate(ids):
        if identifier in seen:
            yield (
                (*where, index, "id"),
                f"the {what} id '{identifier}' is used twice. Each id must be different.",
            )
        seen.add(identifier)


def _duplicate_ids(survey: Survey) -> Iterator[Mistake]:
    yield from _duplicates([q.id for q in survey.questions], ("questions",), "question")
    yield from _duplicates([a.id for a in survey.audiences], ("audiences",), "audience")
    for index, question in enumerate(survey.questions):
        field, options = _option_field(question)
        yield from _duplicates([o.id for o in options], ("questions", index, field), "option")


def _audience_references(survey: Survey) -> Iterator[Mistake]:
    known = {a.id for a in survey.audiences}
    listed = ", ".join(sorted(known))
    for index, question in enumerate(survey.questions):
        for position, audience in enumerate(question.audiences or []):
            if audience not in known:
                yield (
                    ("questions", index, "audiences", position),
                    f"'{audience}' is not one of this survey's audiences ({listed}).",
                )
        for audience in question.wording:
            if audience not in known:
                yield (
                    ("questions", index, "wording", audience),
                    f"wording for '{audience}', which is not one of this survey's audiences ({listed}).",
                )


def _show_if_order(survey: Survey) -> Iterator[Mistake]:
    position = {q.id: i for i, q in enumerate(survey.questions)}
    for index, question in enumerate(survey.questions):
        for c_index, condition in enumerate(question.show_if):
            where: Location = ("questions", index, "show_if", c_index, "question")
            target = position.get(condition.question)
            if target is None:
                yield (
                    where,
                    f"show_if points to '{condition.question}', but there is no question with that id.",
                )
            elif target >= index:
                yield (
                    where,
                    (
                        f"show_if points to '{condition.question}', which comes later or is this question. "
                        "A question can only depend on questions before it."
                    ),
                )
            else:
                yield from _condition_values(survey.questions[target], condition, where[:-1])


def _test_field(condition: Condition) -> str:
    for field in ("equals", "any_of", "none_of"):
        if getattr(condition, field) is not None:
            return field
    return "answered"


def _allowed_values(question: Question) -> set[str | int] | None:
    if isinstance(question, SingleChoice | MultipleChoice | YesNo):
        return {o.id for o in question.choices()}
    if isinstance(question, Faces):
        return set(range(1, question.scale + 1))
    if isinstance(question, Rating):
        return set(range(1, question.max + 1))
    return None


def _condition_values(target: Question, condition: Condition, where: Location) -> Iterator[Mistake]:
    if condition.answered is not None:
        return
    if isinstance(target, FreeText | PictureSort):
        yield (
            where,
            (
                f"show_if can only test whether '{target.id}' was answered (answered: true), "
                "not its value."
            ),
        )
        return
    allowed = _allowed_values(target) or set()
    for value in condition.values():
        if value not in allowed:
            choices = ", ".join(str(v) for v in sorted(allowed, key=str))
            yield (
                (*where, _test_field(condition)),
                f"'{value}' is not an answer to '{target.id}'. Its answers are: {choices}.",
            )


def _option_field(question: Question) -> tuple[str, list[Option]]:
    if isinstance(question, PictureSort):
        return "items", question.items
    if isinstance(question, SingleChoice | MultipleChoice):
        return "options", question.options
    return "options", []


def _option_lengths(survey: Survey) -> Iterator[Mistake]:
    for index, question in enumerate(survey.questions):
        field, options = _option_field(question)
        for o_index, option in enumerate(options):
            for language in survey.all_languages():
                words = survey.text(option.text, language)
                if len(words) > OPTION_TEXT_LIMIT:
                    yield (
                        ("questions", index, field, o_index, "text"),
                        f"option text is {len(words)} characters long; keep it to "
                        f"{OPTION_TEXT_LIMIT} or fewer so it fits on a button.",
                    )
                    break


def _question_lengths(survey: Survey) -> Iterator[Mistake]:
    for index, question in enumerate(survey.questions):
        texts: list[tuple[Location, Text]] = [(("questions", index, "text"), question.text)]
        for audience_id, wording in question.wording.items():
            if wording.text is not None:
                texts.append((("questions", index, "wording", audience_id, "text"), wording.text))
        for where, value in texts:
            longest = max(len(survey.text(value, lang)) for lang in survey.all_languages())
            if longest > QUESTION_TEXT_LIMIT:
                yield (
                    where,
                    f"question text is {longest} characters long; keep it to "
                    f"{QUESTION_TEXT_LIMIT} or fewer so the answers still fit on the screen "
                    "below it.",
                )


def text_fields(survey: Survey) -> Iterator[tuple[Location, Text]]:
    """Every text field in the survey with its location."""
    for field in ("title", "intro", "consent", "help", "next_steps"):
        value = getattr(survey, field)
        if value is not None:
            yield (field,), value
    for index, audience in enumerate(survey.audiences):
        yield ("audiences", index, "text"), audience.text
    for index, question in enumerate(survey.questions):
        base: Location = ("questions", index)
        for field in ("text", "long_text", "speak", "low_label", "high_label"):
            value = getattr(question, field, None)
            if value is not None:
                yield (*base, field), value
        options_field, options = _option_field(question)
        for o_index, option in enumerate(options):
            for field in ("text", "long_text", "speak"):
                value = getattr(option, field)
                if value is not None:
                    yield (*base, options_field, o_index, field), value
        for audience_id, wording in question.wording.items():
            for field in ("text", "long_text", "speak"):
                value = getattr(wording, field)
                if value is not None:
                    yield (*base, "wording", audience_id, field), value


def _blank_texts(survey: Survey) -> Iterator[Mistake]:
    for where, value in text_fields(survey):
        forms = (
            [(where, value)]
            if isinstance(value, str)
            else [((*where, language), words) for language, words in value.items()]
        )
        for place, words in forms:
            if is_blank(words):
                yield (
                    place,
                    "this text is empty, or only spaces and invisible characters (such as a "
                    "zero-width space). Write the words that should show here.",
                )


def _translations(survey: Survey) -> Iterator[Mistake]:
    languages = survey.all_languages()
    declared = set(languages)
    for where, value in text_fields(survey):
        if isinstance(value, str):
            if len(languages) > 1:
                others = ", ".join(languages[1:])
                yield (
                    where,
                    f"this text has no translation into {others}. "
                    "Write it as one line per language, like 'en: Hello' and 'cy: Helo'.",
                )
            continue
        missing = [lang for lang in languages if lang not in value]
        if missing:
            yield where, f"this text has no translation into {', '.join(missing)}."
        for extra in sorted(set(value) - declared):
            yield (
                where,
                f"'{extra}' is not one of this survey's languages ({', '.join(languages)}).",
            )


def picture_fields(survey: Survey) -> Iterator[tuple[Location, str]]:
    """Every `picture:` in the survey (its own, each question's, each option's) with its location."""
    if survey.picture is not None:
        yield ("picture",), survey.picture
    for index, question in enumerate(survey.questions):
        if question.picture is not None:
            yield ("questions", index, "picture"), question.picture
        field, options = _option_field(question)
        for o_index, option in enumerate(options):
            if option.picture is not None:
                yield ("questions", index, field, o_index, "picture"), option.picture


def picture_files(survey: Survey, folder: Path | None) -> list[Mistake]:
    """Each picture file the kiosk could not show: missing, too big, broken, or not PNG/JPEG."""
    findings = []
    for where, name in picture_fields(survey):
        problem = picture_problem(picture_file(name, folder))
        if problem is not None:
            findings.append((where, problem))
    return findings
