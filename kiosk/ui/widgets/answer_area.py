"""Where a question is answered: one answer widget of each kind, made once for many questions.

Each question shows the kind it needs and relabels it in place; the other kinds are hidden
and hold nothing. So moving to the next question never waits for new widgets to be made.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.options import answer_options, choice_options, sort_items, sort_piles
from kiosk.ui.widgets.choice_grid import ChoiceGrid
from kiosk.ui.widgets.free_text import FreeTextAnswer
from kiosk.ui.widgets.information_next import InformationNext
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from kiosk.ui.words import phrasebook
from surveys.flow import Flow, Step
from surveys.model import FreeText, Information, PictureSort
from surveys.model import MultipleChoice as MultipleChoiceQuestion

AnswerWidget = (
    ChoiceGrid | MultipleChoiceAnswer | PictureSortAnswer | FreeTextAnswer | InformationNext
)


class AnswerArea(Vertical):
    """Shows the answer widget for each step of `flow`, with any answer given before."""

    DEFAULT_CSS = "AnswerArea { height: 1fr; }"

    def __init__(self, flow: Flow, language: str, picture_folder: Path | None = None) -> None:
        super().__init__()
        self.flow = flow
        self.picture_folder = picture_folder
        """Where the survey's picture files are; None for a built-in survey."""
        words = self.words = phrasebook(language)
        single, multiple = 0, 0
        for question in flow.survey.questions:
            if isinstance(question, MultipleChoiceQuestion):
                multiple = max(multiple, len(answer_options(flow, question, words)))
            elif not isinstance(question, FreeText | PictureSort | Information):
                single = max(single, len(answer_options(flow, question, words)))
        self.single = ChoiceGrid(spare=single)
        self.multiple = MultipleChoiceAnswer(words["done"], spare=multiple)
        counter = f"{words['picture']} {{number}} {words['of']} {{total}}"
        self.sort = PictureSortAnswer(sort_piles(words), counter)
        self.free_text = FreeTextAnswer(
            placeholder=words["type_here"],
            letters=words["letters"],
            done=words["done"],
            of=words["of"],
        )
        self.information = InformationNext(words["next"])
        self.current: AnswerWidget | None = None
        for widget in self._kinds():
            widget.display = False

    def kinds(self) -> tuple[AnswerWidget, ...]:
        """Every answer widget, shown or not."""
        return self._kinds()

    def _kinds(self) -> tuple[AnswerWidget, ...]:
        return (self.single, self.multiple, self.sort, self.free_text, self.information)

    def compose(self) -> ComposeResult:
        yield from self._kinds()

    def show(self, step: Step) -> AnswerWidget:
        """Show the widget that answers `step`; returns it."""
        question = step.question
        before = step.answer.value if step.answer is not None else None
        if isinstance(question, MultipleChoiceQuestion):
            options = choice_options(self.flow, question, self.picture_folder)
            self.multiple.show(options, before if isinstance(before, list) else [])
            widget: AnswerWidget = self.multiple
        elif isinstance(question, FreeText):
            self.free_text.show(before if isinstance(before, str) else "", question.max_length)
            widget = self.free_text
        elif isinstance(question, PictureSort):
            so_far = before if isinstance(before, dict) else {}
            self.sort.show(sort_items(self.flow, question, self.picture_folder), so_far)
            widget = self.sort
        elif isinstance(question, Information):
            widget = self.information
        else:
            buttons = answer_options(self.flow, question, self.words, self.picture_folder)
            self.single.show(buttons, before)
            widget = self.single
        if widget is not self.current:  # shown and hidden in place: no styles to work out again
            if self.current is not None:
                self.current.display = False
                self.current.forget()
            widget.display = True
            self.current = widget
        return widget
