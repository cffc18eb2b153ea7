"""Look up a receipt code typed by a participant: found (survey and day), not found, or wait.

Only what the store keeps in clear beside the sealed answers is read: the survey and the time
the answers were saved. Each wrong code slows the next lookup (`LookupThrottle`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.lookup.throttle import LookupThrottle
from kiosk.staff_counts import tidy_receipt
from kiosk.store.base import ResponseStore
from surveys.response import RECEIPT_LOOK_ALIKES


@dataclass(frozen=True)
class Found:
    """The code is kept here: its survey and the day its answers were saved."""

    code: str
    survey_id: str
    saved_on: date


@dataclass(frozen=True)
class NotFound:
    """No kept answers have this code; `wait_seconds` before the next try."""

    wait_seconds: float


@dataclass(frozen=True)
class NotACode:
    """What was typed is not shaped like a receipt code (not counted as a wrong guess)."""

    look_alike: bool = False
    """Whether it is as long as a code but holds a character no code has (0, O, 1, I, L)."""


@dataclass(frozen=True)
class PleaseWait:
    """Too many wrong codes: nothing was looked up; try again in `seconds`."""

    seconds: float


LookupResult = Found | NotFound | NotACode | PleaseWait


def look_up(typed: str, store: ResponseStore, throttle: LookupThrottle) -> LookupResult:
    """What the kiosk knows of the receipt code in `typed` (any case, spaces, dashes)."""
    code = tidy_receipt(typed)
    if code is None:
        return NotACode(_with_look_alikes(typed))
    with throttle.lock:  # two quick lookups must not both pass the wait
        wait = throttle.wait_seconds()
        if wait > 0:
            return PleaseWait(wait)
        meta = store.receipt_meta(code)
        if meta is None:
            return NotFound(throttle.failed())
    return Found(code, meta.survey_id, _local_day(meta.finished_at))


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def _with_look_alikes(typed: str) -> bool:
    characters = [c for c in typed.upper() if not c.isspace() and c != "-"]
    return len(characters) == 6 and any(c in RECEIPT_LOOK_ALIKES for c in characters)
