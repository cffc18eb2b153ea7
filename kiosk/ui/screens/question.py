"""The question screen: one question at a time, for a whole run of questions.

The journey asks (`await screen.ask(step)`) and the flow decides what comes next; the screen
only shows a step and says what the participant did. It stays up from one question to the
next and changes its words and buttons in place, so the next question is painted at once.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from kiosk.ui.screens.with_help import WithHelp
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.answer_area import AnswerArea
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.free_text import FreeTextAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from kiosk.ui.widgets.progress_dots import ProgressDots
from kiosk.ui.widgets.prompt import Prompt
from surveys.errors import AnswerError
from surveys.flow import Flow, Step, check_answer
from surveys.model import PictureSort
from surveys.response import AnswerStatus, AnswerValue


@dataclass(frozen=True)
class Outcome:
    """What the participant did on a question."""

    action: Literal["answer", "skip", "back"]
    value: AnswerValue | None = None
    status: AnswerStatus = "skipped"


class QuestionScreen(WithHelp[None]):
    """Shows the steps of `flow` it is asked about; never decides what comes next."""

    def __init__(self, flow: Flow, help_text: str) -> None:
        super().__init__()
        self.flow = flow
        self.help_text = help_text
        self.step: Step | None = None
        self._outcome: asyncio.Future[Outcome] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            with Horizontal(classes="top"):
                yield ProgressDots(0, 0, self.words("question"))
                yield ChoiceButton(
                    self.words("help"), key="h", symbol="🙋", id="help", classes="-small"
                )
            yield Prompt("")
            yield Static("", classes="error", markup=False)
            yield AnswerArea(self.flow, self.host.language)
        with Horizontal(classes="bar"):
            yield ChoiceButton(self.words("back"), key="b", symbol="◀", id="back")
            yield ChoiceButton(self.words("read_again"), key="r", symbol="🔊", id="read-again")
            yield ChoiceButton(self.words("skip"), key="s", symbol="⏭", id="skip")
            yield ChoiceButton(
                self.words("prefer_not_to_say"), key="n", symbol="🤐", id="prefer-not-to-say"
            )
            yield ChoiceButton(self.words("dont_know"), key="k", symbol="🤷", id="dont-know")

    async def ask(self, step: Step) -> Outcome:
        """Show `step` and wait for what the participant does."""
        self.voice.stop()
        self.show_step(step)
        self._outcome = asyncio.get_running_loop().create_future()
        return await self._outcome

    def show_step(self, step: Step) -> None:
        """Show one step of the flow in place of the last, with nothing focused."""
        self.step = step
        question = step.question
        self.query_one(ProgressDots).show(step.number, step.total)
        self.query_one(Prompt).show(
            self.flow.words(question), self.flow.words(question, "long_text"), question.symbol
        )
        error = self.query_one(".error", Static)
        error.update("")
        error.remove_class("-shown")
        self.set_focus(None)
        self.query_one(AnswerArea).show(step)
        shown = {
            "back": step.number > 1 or isinstance(question, PictureSort),
            "skip": not question.required,
            "prefer-not-to-say": question.prefer_not_to_say,
            "dont-know": question.dont_know,
        }
        for button_id, show in shown.items():
            self.query_one(f"#{button_id}", ChoiceButton).display = show
        self.note_sound_problem()
        intro = self.spoken_intro()
        if self.voice.first_time("controls"):  # once for each participant
            intro = lines(intro, self.words("controls"))
        self.call_after_refresh(self.voice.say, intro)  # paint first, then speak

    def _give(self, outcome: Outcome) -> None:
        """Hand the journey what the participant did (only once per step)."""
        if self._outcome is not None and not self._outcome.done():
            self._outcome.set_result(outcome)

    def spoken_intro(self) -> str:
        if self.step is None:
            return ""
        question = self.step.question
        number = f"{self.words('question')} {self.step.number}."
        how = self.query_one(AnswerArea).current
        if isinstance(how, FreeTextAnswer):  # keys type into the box: say how to finish
            keys = self.words("free_text_how")
        else:
            keys = self.spoken_keys()
        return lines(
            number,
            self.flow.spoken(question),
            self.flow.words(question, "long_text"),
            how.spoken_item() if isinstance(how, PictureSortAnswer) else "",
            keys,
        )

    @on(Answered)
    def _answered(self, event: Answered) -> None:
        event.stop()
        if self.step is None:
            return
        try:
            value = check_answer(self.step.question, event.value)
        except AnswerError as error:
            message = self.query_one(".error", Static)
            message.update(f"⚠  {error.message}")
            message.add_class("-shown")
            self.voice.say(error.message)
            return
        self._give(Outcome("answer", value, "answered"))

    @on(ChoiceButton.Pressed, "#back")
    def _back(self) -> None:
        sorter = self.query_one(AnswerArea).current
        if isinstance(sorter, PictureSortAnswer) and sorter.go_back():
            return
        if self.step is not None and self.step.number > 1:
            self._give(Outcome("back"))

    @on(ChoiceButton.Pressed, "#read-again")
    def _read_again(self) -> None:
        self.read_out()

    @on(ChoiceButton.Pressed, "#skip")
    def _skip(self) -> None:
        self._give(Outcome("skip", status="skipped"))

    @on(ChoiceButton.Pressed, "#prefer-not-to-say")
    def _prefer_not_to_say(self) -> None:
        self._give(Outcome("skip", status="prefer_not_to_say"))

    @on(ChoiceButton.Pressed, "#dont-know")
    def _dont_know(self) -> None:
        self._give(Outcome("skip", status="dont_know"))

    def help_words(self) -> str:
        return self.help_text

    def answer_widget(self) -> Widget:
        """The widget that takes the answer now (for tests)."""
        current = self.query_one(AnswerArea).current
        assert current is not None, "no question shown yet"
        return current
