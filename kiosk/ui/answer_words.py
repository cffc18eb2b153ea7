"""An answer in words, for "check your answers"."""

from __future__ import annotations

from kiosk.ui.options import answer_options, sort_items
from surveys.flow import Flow
from surveys.model import FreeText, MultipleChoice, PictureSort, Question
from surveys.response import Answer


def describe_answer(
    flow: Flow, question: Question, answer: Answer | None, words: dict[str, str]
) -> str:
    """Short words for what was answered, or why not."""
    if answer is None:
        return words["not_answered"]
    if answer.status != "answered":
        return words[answer.status]
    value = answer.value
    if isinstance(question, FreeText):
        return str(value)
    if isinstance(question, PictureSort) and isinstance(value, dict):
        names = {str(v.value): v.label for v in sort_items(flow, question)}
        piles = [
            f"{words[pile]}: {', '.join(names[i] for i, p in value.items() if p == pile)}"
            for pile in ("like", "not_sure", "dislike")
            if pile in value.values()
        ]
        return " · ".join(piles)
    labels: dict[object, str] = {o.value: o.label for o in answer_options(flow, question, words)}
    if isinstance(question, MultipleChoice) and isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    return labels.get(value, str(value))
