"""The attract screen: the event, the survey, Start, languages, and "you said, we did"."""

from __future__ import annotations

from pathlib import Path

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from accessibility.languages import native_name
from kiosk.ui.feedback import Feedback
from kiosk.ui.screens.base import KEY_BINDINGS, KioskScreen
from kiosk.ui.spoken import lines, press_for
from kiosk.ui.staff_corner import in_staff_corner
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from kiosk.ui.widgets.question_picture import QuestionPicture, picture_rows
from surveys.card import SurveyCard
from surveys.pictures import picture_file

MOVE_KEYS = frozenset({"tab", "shift+tab", "up", "down", "left", "right"})


class AttractScreen(KioskScreen[str]):
    """Waits for someone to start; dismisses with the language they chose.

    It never speaks by itself (at a noisy event it would speak all day): the first key that
    does not start says, briefly, what the kiosk is and how to start; R says it again.
    """

    SPEAKS_ON_ARRIVAL = False

    BINDINGS = [
        *[b for b in KEY_BINDINGS if isinstance(b, Binding) and b.id != "next"],
        Binding("space,enter", "start", "Start", show=False, id="start"),
        Binding("c", "press_key('c')", "I have a code", show=False, id="have-code"),
    ]

    def __init__(
        self,
        card: SurveyCard,
        event: str | None,
        feedback: Feedback | None,
        picture_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.card = card
        self.event_name = event
        self.feedback = feedback
        self.picture_folder = picture_folder
        """Where the survey's picture files are; None for a built-in survey."""
        self._greeted = False

    def compose(self) -> ComposeResult:
        card = self.card
        with Vertical(id="attract"):
            if self.event_name:
                yield Static(self.event_name, id="event", markup=False)
            if card.picture is None:
                yield Prompt(card.title, card.intro, card.symbol)
            else:
                with Horizontal(id="survey-head"):
                    path = picture_file(card.picture, self.picture_folder)
                    yield QuestionPicture(lambda: picture_rows(self.size.height), path)
                    yield Prompt(card.title, card.intro, card.symbol)
            yield ChoiceButton(self.words("start_button"), key="space", symbol="▶", id="start")
            yield Static(self.words("start"), id="start-hint", markup=False)
            languages = card.languages
            if len(languages) > 1:
                with Horizontal(id="languages"):
                    for index, code in enumerate(languages):
                        yield ChoiceButton(
                            native_name(code), key=str(index + 1), value=code, language=code
                        )
            yield ChoiceButton(self.words("have_code"), key="c", symbol="🔑", id="have-code")
            if self.feedback is not None:
                with Vertical(id="feedback"):
                    yield Static(f"💬  {self.words('you_said')}", classes="label", markup=False)
                    yield Static(self.feedback.title, classes="title", markup=False)
                    for line in self.feedback.lines:
                        yield Static(line, markup=False)

    @on(QuestionPicture.Changed)
    def _picture_changed(self, event: QuestionPicture.Changed) -> None:
        """The picture takes the symbol's place, and gives way if the screen needs its rows."""
        prompt = self.query_one(Prompt)
        prompt.show(
            prompt.title_words, prompt.more_words, None if event.shown else self.card.symbol
        )
        if event.shown:
            self.call_after_refresh(self._make_room)

    @on(QuestionPicture.Resized)
    def _picture_resized(self) -> None:
        self.call_after_refresh(self._make_room)

    @on(events.Resize)
    def _resized(self) -> None:
        if self.card.picture is not None and self.query_one(QuestionPicture).refit():
            self.call_after_refresh(self._make_room)

    def _make_room(self) -> None:
        """Take the picture down a row at a time until everything else fits on the screen."""
        picture = self.query_one(QuestionPicture)
        if not picture.shown or picture.region.height != picture.rows:
            return  # hidden, or not laid out at its new size yet: its resize event calls again
        page = self.query_one("#attract")
        if page.virtual_size.height > page.content_region.height:
            picture.give_way(1)
        else:
            picture.fitted = True

    def show_feedback(self, feedback: Feedback) -> None:
        """Show newer "you said, we did" (staff loaded it while this screen waited)."""
        self.feedback = feedback
        self.refresh(recompose=True)

    def spoken_intro(self) -> str:
        card, language = self.card, self.card.language
        others = [
            press_for(str(index + 1), native_name(code), language)
            for index, code in enumerate(card.languages)
            if len(card.languages) > 1
        ]
        code = press_for("c", self.words("have_code"), language)
        return lines(
            self.words("hello"), card.title, self.words("start_spoken"), " ".join(others), code
        )

    def on_key(self, event: events.Key) -> None:
        if self._greeted or event.key in ("space", "enter") or self.button_for(event.key):
            return
        self._greeted = True  # once for each participant: a new one gets a new screen
        if event.key in MOVE_KEYS:  # moving would speak the focused button over the greeting
            event.prevent_default()
            event.stop()
        self.read_out()

    def action_start(self) -> None:
        """Start in the survey's main language."""
        self.dismiss(self.card.language)

    @on(ChoiceButton.Pressed)
    def _pressed(self, event: ChoiceButton.Pressed) -> None:
        if event.button.id == "have-code":
            # Start-up seam: the code lookup, 290-350 ms (python -X importtime), loaded only
            # when asked.
            from kiosk.ui.screens.code_entry import CodeEntryScreen

            self.app.push_screen(CodeEntryScreen())
            return
        code = event.button.value
        self.dismiss(code if isinstance(code, str) else self.card.language)

    def on_click(self, event: events.Click) -> None:
        if not in_staff_corner(event.screen_x, event.screen_y):  # the corner is for staff
            self.action_start()
