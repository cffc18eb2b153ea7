"""Check your answers: every answer in a list, each one can be changed, then Send."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll

from kiosk.ui.answer_words import describe_answer
from kiosk.ui.screens.with_help import WithHelp
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from kiosk.ui.words import phrasebook
from surveys.flow import Flow


class ReviewScreen(WithHelp[str | None]):
    """Dismisses with the id of a question to change, or None to send."""

    DEFAULT_CSS = """
    ReviewScreen #answers { height: 1fr; padding: 0 1; }
    ReviewScreen #answers ChoiceButton { margin: 0 0 0 0; }
    """

    def __init__(self, flow: Flow) -> None:
        super().__init__()
        self.flow = flow

    def compose(self) -> ComposeResult:
        words = phrasebook(self.host.language)
        with Vertical(classes="page"):
            yield Prompt(words["check"], words["check_hint"], "📋")
            with VerticalScroll(id="answers"):
                for index, (question, answer) in enumerate(self.flow.review()):
                    said = describe_answer(self.flow, question, answer, words)
                    yield ChoiceButton(
                        f"{self.flow.words(question)}\n→ {said}",
                        key=str(index + 1) if index < 9 else None,
                        symbol=question.symbol,
                        value=question.id,
                        spoken=f"{self.flow.spoken(question)} {said}",
                    )
        with Horizontal(classes="bar"):
            yield ChoiceButton(words["send"], key="0", symbol="📨", id="send")

    def spoken_intro(self) -> str:
        return lines(self.words("check"), self.words("check_hint"), self.spoken_keys())

    @on(ChoiceButton.Pressed, "#send")
    def _send(self) -> None:
        self.dismiss(None)

    @on(ChoiceButton.Pressed, "#answers ChoiceButton")
    def _change(self, event: ChoiceButton.Pressed) -> None:
        self.dismiss(str(event.button.value))
