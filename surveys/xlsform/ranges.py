"""Numbers in a small range (an `integer` with a constraint, or a `range`) as a rating."""

from __future__ import annotations

import re
from typing import Any

from surveys.xlsform.notes import Notes

LOWEST, HIGHEST = 2, 9
"""A Say So rating goes from 1 to between 2 and 9 stars."""
BOUND = re.compile(r"^\s*\.\s*(>=|>|<=|<)\s*(-?\d+)\s*$")
TYPED_NUMBER = {"type": "free_text", "max_length": 20}


def rating_from_integer(element: dict[str, Any], row: int | None, notes: Notes) -> dict[str, Any]:
    """A rating when the constraint keeps the number from 1 to at most 9; else typed words."""
    constraint = str((element.get("bind") or {}).get("constraint") or "")
    bounds = _bounds(constraint)
    if bounds is not None and bounds[0] == 1 and LOWEST <= bounds[1] <= HIGHEST:
        return {"type": "rating", "max": bounds[1]}
    notes.add(
        row,
        "Say So asks for this whole number as typed words: only a number from 1 "
        f"to at most {HIGHEST} (a constraint like '. >= 1 and . <= 5') becomes a rating.",
    )
    return dict(TYPED_NUMBER)


def rating_from_range(element: dict[str, Any], row: int | None, notes: Notes) -> dict[str, Any]:
    """A rating for a range from 1 in steps of 1 up to at most 9; else typed words."""
    parameters = element.get("parameters") or {}
    try:
        start, end, step = (
            float(parameters.get(k, d)) for k, d in (("start", 1), ("end", 10), ("step", 1))
        )
    except ValueError:
        start, end, step = 0.0, 0.0, 0.0
    if start == 1 and step == 1 and end.is_integer() and LOWEST <= end <= HIGHEST:
        return {"type": "rating", "max": int(end)}
    notes.add(
        row,
        "Say So asks for this range as a typed number: only a range from 1 to at "
        f"most {HIGHEST} in steps of 1 becomes a rating.",
    )
    return dict(TYPED_NUMBER)


def _bounds(constraint: str) -> tuple[int, int] | None:
    """The lowest and highest whole number `. >= a and . <= b` (any order, < or >) allows."""
    parts = re.split(r"\s+and\s+", constraint.strip())
    if len(parts) != 2:
        return None
    low: int | None = None
    high: int | None = None
    for part in parts:
        found = BOUND.match(part)
        if found is None:
            return None
        operator, number = found.group(1), int(found.group(2))
        if operator.startswith(">"):
            low = number + (1 if operator == ">" else 0)
        else:
            high = number - (1 if operator == "<" else 0)
    return (low, high) if low is not None and high is not None else None
