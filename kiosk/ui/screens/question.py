"""The question screen: one question at a time, for a whole run of questions.

The journey asks (`await screen.ask(step)`) and the flow decides what comes next and whether
an answer will do; the screen only shows a step, says what the participant did, and shows
the flow's objection (`ask_again`). It stays up from one question to the next and changes its
words and buttons in place, so the next question is painted at once.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from kiosk.ui.screens.with_help import WithHelp
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.answer_area import AnswerArea
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.choice_grid import OptionGrid
from kiosk.ui.widgets.free_text import FreeTextAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from kiosk.ui.widgets.progress_dots import ProgressDots
from kiosk.ui.widgets.prompt import Prompt
from kiosk.ui.widgets.question_picture import QuestionPicture
from surveys.flow import Flow, Step
from surveys.model import PictureSort
from surveys.pictures import picture_file
from surveys.response import AnswerStatus, AnswerValue


@dataclass(frozen=True)
class AnswerGiven:
    """The participant gave this answer (not yet checked: the flow checks it)."""

    value: AnswerValue


@dataclass(frozen=True)
class Skipped:
    """The participant moved on without an answer, in this way."""

    status: AnswerStatus


@dataclass(frozen=True)
class WentBack:
    """The participant asked for the question before."""


Outcome = AnswerGiven | Skipped | WentBack
"""What the participant did on a question."""


class QuestionScreen(WithHelp[None]):
    """Shows the steps of `flow` it is asked about; never decides what comes next."""

    DEFAULT_CSS = ".question-head { height: auto; } .question-head Prompt { width: 1fr; }"

    def __init__(self, flow: Flow, help_text: str, picture_folder: Path | None = None) -> None:
        super().__init__()
        self.flow = flow
        self.help_text = help_text
        self.picture_folder = picture_folder
        """Where the survey's picture files are; None for a built-in survey."""
        self.step: Step | None = None
        self._outcome: asyncio.Future[Outcome] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            with Horizontal(classes="top"):
                yield ProgressDots(0, 0, self.words("question"))
                yield ChoiceButton(
                    self.words("help"), key="h", symbol="🙋", id="help", classes="-small"
                )
            with Horizontal(classes="question-head"):
                yield QuestionPicture()
                yield Prompt("")
            yield Static("", classes="error", markup=False)
            yield AnswerArea(self.flow, self.host.language, self.picture_folder)
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
        return await self._wait()

    async def ask_again(self, problem: str) -> Outcome:
        """Show and say why the last answer will not do, and wait for what they do next."""
        message = self.query_one(".error", Static)
        message.update(f"⚠  {problem}")
        message.add_class("-shown")
        self.voice.say(problem)
        return await self._wait()

    async def _wait(self) -> Outcome:
        self._outcome = asyncio.get_running_loop().create_future()
        return await self._outcome

    def show_step(self, step: Step) -> None:
        """Show one step of the flow in place of the last, with nothing focused."""
        self.step = step
        self.host.note_new_view()
        question = step.question
        self.query_one(ProgressDots).show(step.number, step.total)
        self.query_one(Prompt).show(
            self.flow.words(question), self.flow.words(question, "long_text"), question.symbol
        )
        self._show_picture(question.picture)
        error = self.query_one(".error", Static)
        error.update("")
        error.remove_class("-shown")
        self.set_focus(None)
        self.query_one(AnswerArea).show(step)
        shown = {
            "back": step.can_go_back or isinstance(question, PictureSort),
            "skip": step.allows("skipped"),
            "prefer-not-to-say": step.allows("prefer_not_to_say"),
            "dont-know": step.allows("dont_know"),
        }
        for button_id, show in shown.items():
            self.query_one(f"#{button_id}", ChoiceButton).display = show
        intro = self.spoken_intro()
        if self.voice.first_time("controls"):  # once for each participant
            intro = lines(intro, self.words("controls"))
        self.call_after_refresh(self.voice.say, intro)  # paint first, then speak

    def _show_picture(self, name: str | None) -> None:
        path = None if name is None else picture_file(name, self.picture_folder)
        self.query_one(QuestionPicture).show(path)

    @on(QuestionPicture.Changed)
    def _picture_changed(self, event: QuestionPicture.Changed) -> None:
        """The picture takes the symbol's place, and gives way if the answers need its rows."""
        prompt = self.query_one(Prompt)
        symbol = None if event.shown or self.step is None else self.step.question.symbol
        prompt.show(prompt.title_words, prompt.more_words, symbol)
        if event.shown:
            self.call_after_refresh(self._make_room)

    def _make_room(self) -> None:
        """Take the picture down a row at a time until the answers need no scrolling.

        Called after each layout that moved the picture or the answers (their own resize
        events), never on a timer: a busy machine gets the same picture as an idle one. A row
        at a time, because the words beside the picture wrap differently as it narrows.
        """
        current = self.query_one(AnswerArea).current
        if isinstance(current, OptionGrid | PictureSortAnswer) and current.fit_pictures():
            self.call_after_refresh(self._make_room)  # the answers' pictures fit first
            return
        picture = self.query_one(QuestionPicture)
        if not picture.shown:
            picture.fitted = True
            return
        if picture.region.height != picture.rows:
            return  # not laid out at its new size yet: its resize event calls again
        if current is not None and current.max_scroll_y > 0:
            picture.give_way(1)
        else:
            picture.fitted = True

    @on(QuestionPicture.Resized)
    def _picture_resized(self) -> None:
        self.call_after_refresh(self._make_room)

    def on_mount(self) -> None:
        super().on_mount()
        for widget in self.query_one(AnswerArea).kinds():  # answers laid out after the picture
            self.watch(widget, "virtual_size", self._answers_changed, init=False)
            # ...or squeezed by the words above them (their size alone changes, not their own)
            self.watch(widget, "show_vertical_scrollbar", self._answers_changed, init=False)

    def _answers_changed(self) -> None:
        picture = self.query_one(QuestionPicture)
        if picture.shown:
            picture.fitted = False
            self.call_after_refresh(self._make_room)

    @on(events.Resize)
    def _resized(self, event: events.Resize) -> None:
        self.query_one(QuestionPicture).fit(event.size.height)
        self.call_after_refresh(self._make_room)

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
        if self.step is not None:
            self._give(AnswerGiven(event.value))

    @on(ChoiceButton.Pressed, "#back")
    def _back(self) -> None:
        sorter = self.query_one(AnswerArea).current
        if isinstance(sorter, PictureSortAnswer) and sorter.go_back():
            return
        if self.step is not None and self.step.can_go_back:
            self._give(WentBack())

    @on(ChoiceButton.Pressed, "#read-again")
    def _read_again(self) -> None:
        self.read_out()

    @on(ChoiceButton.Pressed, "#skip")
    def _skip(self) -> None:
        self._give(Skipped("skipped"))

    @on(ChoiceButton.Pressed, "#prefer-not-to-say")
    def _prefer_not_to_say(self) -> None:
        self._give(Skipped("prefer_not_to_say"))

    @on(ChoiceButton.Pressed, "#dont-know")
    def _dont_know(self) -> None:
        self._give(Skipped("dont_know"))

    def help_words(self) -> str:
        return self.help_text

    def answer_widget(self) -> Widget:
        """The widget that takes the answer now (for tests)."""
        current = self.query_one(AnswerArea).current
        assert current is not None, "no question shown yet"
        return current
