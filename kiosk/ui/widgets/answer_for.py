"""The right answer widget for each question type."""

from __future__ import annotations

from textual.widget import Widget

from kiosk.ui.options import answer_options, sort_items, sort_piles
from kiosk.ui.widgets.choice_grid import ChoiceGrid
from kiosk.ui.widgets.free_text import FreeTextAnswer
from kiosk.ui.widgets.multiple_choice import MultipleChoice
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from kiosk.ui.words import phrasebook
from surveys.flow import Flow, Step
from surveys.model import FreeText, PictureSort
from surveys.model import MultipleChoice as MultipleChoiceQuestion


def answer_widget(flow: Flow, step: Step, language: str) -> Widget:
    """A widget for answering `step`'s question, showing any answer given before."""
    question = step.question
    words = phrasebook(language)
    before = step.answer.value if step.answer is not None else None
    widget: Widget
    if isinstance(question, MultipleChoiceQuestion):
        chosen = before if isinstance(before, list) else []
        widget = MultipleChoice(answer_options(flow, question, words), words["done"], chosen)
    elif isinstance(question, FreeText):
        widget = FreeTextAnswer(
            before if isinstance(before, str) else "",
            question.max_length,
            placeholder=words["type_here"],
            letters=words["letters"],
            done=words["done"],
            of=words["of"],
        )
    elif isinstance(question, PictureSort):
        so_far = before if isinstance(before, dict) else {}
        counter = f"{words['picture']} {{number}} {words['of']} {{total}}"
        widget = PictureSortAnswer(sort_items(flow, question), sort_piles(words), so_far, counter)
    else:
        options = answer_options(flow, question, words)
        widget = ChoiceGrid(options, columns=2 if len(options) > 4 else 1, chosen=before)
    widget.add_class("answer")
    return widget
