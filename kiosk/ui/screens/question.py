"""One question per screen: progress, words, answers, and the buttons that are always there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.widgets.answer_for import answer_widget
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from kiosk.ui.widgets.progress_dots import ProgressDots
from kiosk.ui.widgets.prompt import Prompt
from surveys.errors import AnswerError
from surveys.flow import Flow, Step, check_answer
from surveys.model import PictureSort
from surveys.response import AnswerStatus, AnswerValue


@dataclass(frozen=True)
class Outcome:
    """What the participant did on a question screen."""

    action: Literal["answer", "skip", "back"]
    value: AnswerValue | None = None
    status: AnswerStatus = "skipped"


class QuestionScreen(KioskScreen[Outcome]):
    """Shows one step of the flow; never decides what comes next."""

    def __init__(self, flow: Flow, step: Step, help_text: str) -> None:
        super().__init__()
        self.flow = flow
        self.step = step
        self.help_text = help_text

    def compose(self) -> ComposeResult:
        question = self.step.question
        with Vertical(classes="page"):
            with Horizontal(classes="top"):
                yield ProgressDots(self.step.number, self.step.total, self.words("of"))
                yield ChoiceButton(
                    self.words("help"), key="h", symbol="🙋", id="help", classes="-small"
                )
            yield Prompt(
                self.flow.words(question),
                self.flow.words(question, "long_text"),
                question.symbol,
            )
            yield Static("", classes="error", markup=False)
            yield answer_widget(self.flow, self.step, self.host.language)
        with Horizontal(classes="bar"):
            yield from self._bar_buttons()

    def _bar_buttons(self) -> ComposeResult:
        question = self.step.question
        if self.step.number > 1 or isinstance(question, PictureSort):
            yield ChoiceButton(self.words("back"), key="b", symbol="◀", id="back")
        yield ChoiceButton(self.words("read_again"), key="r", symbol="🔊", id="read-again")
        if not question.required:
            yield ChoiceButton(self.words("skip"), key="s", symbol="⏭", id="skip")
        if question.prefer_not_to_say:
            yield ChoiceButton(
                self.words("prefer_not_to_say"), key="n", symbol="🤐", id="prefer-not-to-say"
            )
        if question.dont_know:
            yield ChoiceButton(self.words("dont_know"), key="k", symbol="🤷", id="dont-know")

    def spoken_intro(self) -> str:
        question = self.step.question
        parts = [
            f"{self.words('question')} {self.step.number} {self.words('of')} {self.step.total}.",
            self.flow.spoken(question),
            self.flow.words(question, "long_text"),
        ]
        for sorter in self.query(PictureSortAnswer):
            parts.append(sorter.item.spoken)
        return "\n".join(p for p in parts if p)

    @on(Answered)
    def _answered(self, event: Answered) -> None:
        event.stop()
        try:
            value = check_answer(self.step.question, event.value)
        except AnswerError as error:
            message = self.query_one(".error", Static)
            message.update(f"⚠  {error.message}")
            message.add_class("-shown")
            self.voice.say(error.message)
            return
        self.dismiss(Outcome("answer", value, "answered"))

    @on(ChoiceButton.Pressed, "#back")
    def _back(self) -> None:
        for sorter in self.query(PictureSortAnswer):
            if sorter.go_back():
                return
        if self.step.number > 1:
            self.dismiss(Outcome("back"))

    @on(ChoiceButton.Pressed, "#read-again")
    def _read_again(self) -> None:
        self.voice.say(self.spoken_intro())

    @on(ChoiceButton.Pressed, "#skip")
    def _skip(self) -> None:
        self.dismiss(Outcome("skip", status="skipped"))

    @on(ChoiceButton.Pressed, "#prefer-not-to-say")
    def _prefer_not_to_say(self) -> None:
        self.dismiss(Outcome("skip", status="prefer_not_to_say"))

    @on(ChoiceButton.Pressed, "#dont-know")
    def _dont_know(self) -> None:
        self.dismiss(Outcome("skip", status="dont_know"))

    @on(ChoiceButton.Pressed, "#help")
    def _help(self) -> None:
        self.voice.stop()
        self.app.push_screen(HelpScreen(self.help_text), callback=self._back_from_help)

    def _back_from_help(self, _: None) -> None:
        self.voice.stop()

    def answer_widget(self) -> Widget:
        """The widget that takes the answer (for tests)."""
        return self.query_one(".answer", Widget)
