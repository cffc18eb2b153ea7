"""Button view-models: what each answer button shows and says, from the survey and the flow."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from surveys.flow import Flow
from surveys.model import PILES, Faces, Option, PictureSort, Question, Rating, YesNo
from surveys.pictures import picture_file

FACE_SYMBOLS = {1: "😢", 2: "🙁", 3: "😐", 4: "🙂", 5: "😄"}
THREE_FACES = {1: 1, 2: 3, 3: 5}
"""A 3-face scale answers 1-3 but looks like faces 1, 3 and 5 of five."""
PILE_SYMBOLS = {"like": "👍", "not_sure": "🤔", "dislike": "👎"}

ValueT = TypeVar("ValueT", covariant=True)


@dataclass(frozen=True)
class OptionView(Generic[ValueT]):
    """One button: its key, symbol, words, what it says, the answer it gives, and any picture."""

    key: str | None
    symbol: str | None
    label: str
    value: ValueT
    spoken: str
    picture: Path | None = None
    """The option's picture file, shown in place of the symbol when there is room."""


def _key(index: int) -> str | None:
    return str(index + 1) if index < 9 else None


def _option(
    flow: Flow, index: int, option: Option, value: str, folder: Path | None
) -> OptionView[str]:
    label = flow.survey.text(option.text, flow.language)
    spoken = flow.survey.text(option.speak, flow.language) or label
    picture = None if option.picture is None else picture_file(option.picture, folder)
    return OptionView(_key(index), option.symbol, label, value, spoken, picture)


def answer_options(
    flow: Flow, question: Question, words: dict[str, str], folder: Path | None = None
) -> list[OptionView[str]] | list[OptionView[int]]:
    """The buttons for a question that is answered by choosing one of them.

    `folder` is where the survey's picture files are (None: a built-in survey).
    """
    if isinstance(question, YesNo):
        return [
            OptionView(_key(i), o.symbol, words[o.id], o.id, words[o.id])
            for i, o in enumerate(question.choices())
        ]
    if isinstance(question, Faces):
        return _faces(flow, question, words)
    if isinstance(question, Rating):
        return _stars(flow, question, words)
    return choice_options(flow, question, folder)


def choice_options(
    flow: Flow, question: Question, folder: Path | None = None
) -> list[OptionView[str]]:
    """The buttons for a question's own options, each giving the option's id."""
    return [_option(flow, i, o, o.id, folder) for i, o in enumerate(question.choices())]


def _faces(flow: Flow, question: Faces, words: dict[str, str]) -> list[OptionView[int]]:
    views: list[OptionView[int]] = []
    for index, value in enumerate(flow.faces(question)):
        looks_like = THREE_FACES[value] if question.scale == 3 else value
        label = words[f"face_{looks_like}"]
        views.append(OptionView(_key(index), FACE_SYMBOLS[looks_like], label, value, label))
    return views


def _stars(flow: Flow, question: Rating, words: dict[str, str]) -> list[OptionView[int]]:
    views: list[OptionView[int]] = []
    for value in range(1, question.max + 1):
        label = f"{value} {words['star' if value == 1 else 'stars']}"
        if value == 1 and question.low_label:
            label += f": {flow.survey.text(question.low_label, flow.language)}"
        if value == question.max and question.high_label:
            label += f": {flow.survey.text(question.high_label, flow.language)}"
        views.append(OptionView(_key(value - 1), "⭐" * value, label, value, label))
    return views


def sort_items(
    flow: Flow, question: PictureSort, folder: Path | None = None
) -> list[OptionView[str]]:
    """The items of a picture sort, in order."""
    return [_option(flow, i, item, item.id, folder) for i, item in enumerate(question.items)]


def sort_piles(words: dict[str, str]) -> list[OptionView[str]]:
    """The three piles: like, not sure, don't like."""
    return [
        OptionView(_key(i), PILE_SYMBOLS[pile], words[pile], pile, words[pile])
        for i, pile in enumerate(PILES)
    ]
