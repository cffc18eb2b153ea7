"""A code was found: "We got your answers on 12 March", what the organiser did, never the
answers; and "I want to take my answers back", which withdraws them as staff would."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from kiosk.lookup.receipts import Found
from kiosk.staff_audit import AuditLog
from kiosk.store import StoreError
from kiosk.ui.lookup_host import data_folder
from kiosk.ui.options import OptionView
from kiosk.ui.screens.choose_one import ChooseOneScreen
from kiosk.ui.screens.lookup_screen import LookupScreen
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from kiosk.ui.words import day_in_words


class TakeBackScreen(ChooseOneScreen[bool], LookupScreen[bool]):
    """ "Are you sure? Your answers will be deleted." Yes (1) or No (2); left alone, neither."""

    def __init__(self, words: dict[str, str]) -> None:
        yes, no = words["take_back_yes"], words["take_back_no"]
        options = [OptionView("1", "🗑", yes, True, yes), OptionView("2", "↩", no, False, no)]
        super().__init__(words["take_back_sure"], options, symbol="❓")


class CodeFoundScreen(LookupScreen[None]):
    """What the kiosk knows of one receipt code; dismisses when the participant is done."""

    DEFAULT_CSS = """
    CodeFoundScreen #found-feedback { height: auto; padding: 0 2; margin: 0 1 1 1;
        border: round $choice-border; background: $surface; }
    CodeFoundScreen #found-feedback Static { height: auto; }
    CodeFoundScreen #found-row { height: auto; }
    CodeFoundScreen #found-row ChoiceButton { width: 1fr; margin: 0 1 0 0; }
    """

    def __init__(self, found: Found) -> None:
        super().__init__()
        self.found = found
        self.taken_back = False

    def _headline(self) -> str:
        day = day_in_words(self.found.saved_on, self.host.language)
        return self.words("got_answers").format(day=day)

    def _feedback_words(self) -> tuple[str, list[str]]:
        said = self.lookup_host.feedback
        if said is None or not said.answers_survey(self.found.survey_id):
            return self.words("share_soon"), []
        if said.answered:
            return self.words("people_answered").format(count=said.answered), list(said.lines)
        return self.words("what_we_did"), list(said.lines)

    def compose(self) -> ComposeResult:
        about, said = self._feedback_words()
        with Vertical(classes="page"):
            yield Prompt(self._headline(), about, "✅")
            if said:
                with Vertical(id="found-feedback"):
                    for line in said:
                        yield Static(line, markup=False)
            with Horizontal(id="found-row"):
                yield ChoiceButton(self.words("take_back"), key="1", symbol="🗑", id="take-back")
                yield ChoiceButton(self.words("to_start"), key="0", symbol="🏠", id="to-start")

    def spoken_intro(self) -> str:
        if self.taken_back:
            return lines(self.words("taken_back"), self.spoken_keys())
        about, said = self._feedback_words()
        return lines(self._headline(), about, *said, self.spoken_keys())

    @on(ChoiceButton.Pressed, "#to-start")
    def _to_start(self) -> None:
        self.voice.stop()
        self.dismiss(None)

    @on(ChoiceButton.Pressed, "#take-back")
    def _take_back(self) -> None:
        self.voice.stop()
        words = {
            key: self.words(key) for key in ("take_back_sure", "take_back_yes", "take_back_no")
        }
        self.app.push_screen(TakeBackScreen(words), callback=self._sure)

    def _sure(self, sure: bool | None) -> None:
        self.note_touched()
        if sure is None:  # nobody answered "are you sure?": back to the start
            self.dismiss(None)
        elif sure:
            self._withdraw(self.found.code)
        else:
            self.read_out()

    @work(thread=True, exclusive=True, exit_on_error=False, group="code-take-back")
    def _withdraw(self, code: str) -> None:
        loaded = self.lookup_host.loaded
        try:
            done = loaded is not None and loaded.store.withdraw(code)
        except StoreError:
            done = False
        folder = data_folder(self.lookup_host.settings)
        if done and folder is not None:
            AuditLog(folder).record("participant-withdraw", {"answers": 1}, code=code)
        self.app.call_from_thread(self._withdrawn, done)

    def _withdrawn(self, done: bool) -> None:
        if not done:
            message = self.words("take_back_failed")
            self.query_one(Prompt).show(message, "", "🙋")
            self.voice.say(message)
            return
        self.taken_back = True
        self.query_one(Prompt).show(self.words("taken_back"), "", "✅")
        self.query_one("#take-back").remove()
        for box in self.query("#found-feedback"):
            box.remove()
        self.call_after_refresh(self.read_out)
