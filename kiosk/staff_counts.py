"""Counts for staff: per survey and audience, today and in total, exported or not; and looking
up a receipt code for a withdrawal. Only the readable part of each response is used, never
its answers. No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.store.base import ResponseStore
from surveys.model import Survey
from surveys.response import RECEIPT_ALPHABET


@dataclass(frozen=True)
class CountRow:
    """How many answers one audience of one survey gave."""

    survey_title: str
    audience: str
    today: int
    total: int
    not_exported: int


def _names(surveys: Iterable[Survey]) -> dict[tuple[str, str], tuple[str, str]]:
    return {
        (survey.id, audience.id): (survey.text(survey.title), survey.text(audience.text))
        for survey in surveys
        for audience in survey.audiences
        if audience.survey is None  # that audience answers another survey, counted there
    }


def count_rows(
    store: ResponseStore, surveys: Iterable[Survey], today: Callable[[], date] = date.today
) -> list[CountRow]:
    """One row per survey and audience (and any other kept here), named as participants saw them."""
    names = _names(surveys)
    tally: dict[tuple[str, str], list[int]] = {key: [0, 0, 0] for key in names}
    day = today()
    for item in store.export_items(include_exported=True):
        key = (item.meta.survey_id, item.meta.audience)
        counts = tally.setdefault(key, [0, 0, 0])
        counts[0] += _local_day(item.meta.finished_at) == day
        counts[1] += 1
        counts[2] += not item.exported
    return [CountRow(*names.get(key, key), *counts) for key, counts in tally.items()]


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def tidy_receipt(typed: str) -> str | None:
    """A typed receipt code as the kiosk writes it ('k7m2qx' -> 'K7M-2QX'), or None."""
    letters = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    if len(letters) != 6 or any(ch not in RECEIPT_ALPHABET for ch in letters):
        return None
    return f"{letters[:3]}-{letters[3:]}"
