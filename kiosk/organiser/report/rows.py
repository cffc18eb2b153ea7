"""One row per response, in plain words, for the CSV file and the spreadsheet.

A value whose count the report does not show (a small group, or one hidden beside it) is
written as "hidden" here too, so counting the rows finds no more than the report shows.
Surveys with fewer people than the threshold are left out. What people wrote is kept whole:
this file is for the organiser's own work, not for sharing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.labels import (
    NOT_ASKED,
    PILES,
    STATUSES,
    WHO,
    QuestionWords,
    SurveyWords,
)

HIDDEN = "hidden"
FIXED = ["Response", "Survey", "Audience", "Who answered", "Kiosk", "Day"]


def headers(report: Report) -> list[str]:
    """The column headings: the fixed ones, then each question (each picture-sort item)."""
    columns = list(FIXED)
    for section in report.sections:
        for question in section.questions:
            items = report.words[section.id].question(question.id).items
            if question.kind == "picture_sort":
                columns += [f"{question.text}: {item}" for item in items.values()]
            else:
                columns.append(question.text)
    return list(dict.fromkeys(columns))


def _shown(hidden: dict[str, set[str]], key: str, value: str, words: str) -> str:
    return HIDDEN if value in hidden.get(key, set()) else words


def response_row(
    number: int, kiosk: str, record: dict[str, Any], words: SurveyWords, hidden: dict[str, set[str]]
) -> dict[str, str]:
    """One response as plain words, column heading to value; `hidden` values say "hidden"."""
    who = record.get("who_answered") or "not_asked"
    day = record["finished_at"][:10]
    audience = record["audience"]
    row = {
        "Response": str(number),
        "Survey": words.title,
        "Audience": _shown(hidden, "audience", audience, words.audiences.get(audience, audience)),
        "Who answered": _shown(hidden, "who", who, WHO.get(who, NOT_ASKED)),
        "Kiosk": _shown(hidden, "kiosk", kiosk, kiosk),
        "Day": _shown(hidden, "day", day, day),
    }
    for answer in record["answers"]:
        row.update(_answer_cells(answer, words, hidden))
    return row


def _answer_cells(
    answer: dict[str, Any], words: SurveyWords, hidden: dict[str, set[str]]
) -> dict[str, str]:
    question = words.question(answer["question"])
    key, value = f"question:{question.id}", answer.get("value")
    status: str = answer.get("status") or "answered"
    if status != "answered":
        return {question.text: _shown(hidden, key, status, STATUSES.get(status, status))}
    if question.kind == "picture_sort" and isinstance(value, dict):
        return {
            f"{question.text}: {question.items.get(item, item)}": _shown(
                hidden, f"pile:{question.id}:{item}", str(pile), PILES.get(str(pile), str(pile))
            )
            for item, pile in value.items()
        }
    if isinstance(value, list):
        return {question.text: "; ".join(_chosen(question, value, hidden))}
    if (
        question.kind == "free_text"
        or question.kind == "unknown"
        and str(value) not in question.values
    ):
        return {question.text: str(value)}
    return {question.text: _shown(hidden, key, str(value), question.value(value))}


def _chosen(question: QuestionWords, value: list[str], hidden: dict[str, set[str]]) -> list[str]:
    held_back = hidden.get(f"choice:{question.id}", set())
    chosen = [question.value(v) for v in value if v not in held_back]
    return chosen + [HIDDEN] if len(chosen) < len(value) else chosen


def _shown_records(
    report: Report, records: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[tuple[int, str, dict[str, Any], SurveyWords, dict[str, set[str]]]]:
    hidden = {s.id: s.hidden() for s in report.sections if not s.too_few}
    number = 0
    for kiosk, record in records:
        survey_id = record["survey_id"]
        if survey_id in hidden:
            number += 1
            yield number, kiosk, record, report.words[survey_id], hidden[survey_id]


def response_rows(
    report: Report, records: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[dict[str, str]]:
    """Each response of the surveys the report shows, numbered from 1."""
    for number, kiosk, record, words, hidden in _shown_records(report, records):
        yield response_row(number, kiosk, record, words, hidden)


def choice_rows(
    report: Report, records: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[dict[str, str]]:
    """For each multiple-choice answer, one row per option chosen (the long form)."""
    for number, _, record, words, hidden in _shown_records(report, records):
        for answer in record["answers"]:
            value = answer.get("value")
            if answer.get("status", "answered") == "answered" and isinstance(value, list):
                question = words.question(answer["question"])
                for chosen in _chosen(question, value, hidden):
                    yield {"Response": str(number), "Question": question.text, "Chosen": chosen}
