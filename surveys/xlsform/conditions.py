"""Show-ifs from `relevant`, kept only when they fit the questions Say So asks before them."""

from __future__ import annotations

from typing import Any

from surveys.xlsform.notes import Notes
from surveys.xlsform.questions import identifier
from surveys.xlsform.relevant import Unexpressible, parse_relevant

SHOWN_ALWAYS = "so the question is always shown"


def show_if_from(
    relevant: str, earlier: dict[str, dict[str, Any]], row: int | None, notes: Notes
) -> list[dict[str, Any]]:
    """The show-if conditions for `relevant`, or none (noted) when Say So cannot say it."""
    try:
        conditions = parse_relevant(relevant)
    except Unexpressible as reason:
        notes.add(
            row,
            f"the relevant '{relevant}' cannot be a show-if ({str(reason).rstrip('.')}), {SHOWN_ALWAYS}.",
        )
        return []
    kept = []
    for condition in conditions:
        fitted = _fitted(condition, earlier)
        if isinstance(fitted, str):
            notes.add(row, f"the relevant '{relevant}': {fitted}, {SHOWN_ALWAYS}.")
            return []
        kept.append(fitted)
    return kept


def _fitted(condition: dict[str, Any], earlier: dict[str, dict[str, Any]]) -> dict[str, Any] | str:
    """`condition` in Say So ids and values, or why it cannot be kept."""
    name = condition["question"]
    target = earlier.get(identifier(name))
    if target is None:
        return f"'{name}' is not a question Say So asks before this one"
    fitted = {**condition, "question": target["id"]}
    if "answered" in condition:
        return fitted
    allowed = _answers(target)
    if allowed is None:
        return f"Say So can only test whether '{name}' was answered, not what was written"
    field = next(k for k in ("equals", "any_of", "none_of") if k in condition)
    values = condition[field] if isinstance(condition[field], list) else [condition[field]]
    converted = [_as_answer(v, allowed) for v in values]
    if any(v is None for v in converted):
        return f"a value it tests is not one of the answers to '{name}'"
    fitted[field] = converted if isinstance(condition[field], list) else converted[0]
    return fitted


def _answers(target: dict[str, Any]) -> set[str | int] | None:
    if "options" in target:
        return {option["id"] for option in target["options"]}
    if target["type"] == "rating":
        return set(range(1, target["max"] + 1))
    return None


def _as_answer(value: str | int, allowed: set[str | int]) -> str | int | None:
    for candidate in (value, identifier(str(value)), _number(value)):
        if candidate in allowed:
            return candidate
    return None


def _number(value: str | int) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None
