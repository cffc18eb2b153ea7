"""'I have a code': the participant types or taps their receipt code, and the kiosk looks it up.

The box forgives: any case, spaces and dashes. A pad of the code's letters and numbers serves
touch-only kiosks. Wrong codes slow the next lookup down (`kiosk.lookup.throttle`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Input, Static

from kiosk.lookup.receipts import Found, LookupResult, NotACode, NotFound, PleaseWait, look_up
from kiosk.ui.screens.lookup_screen import LookupScreen
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from surveys.response import RECEIPT_ALPHABET

if TYPE_CHECKING:
    from kiosk.store.base import ResponseStore

DELETE = "⌫"


class PadKey(Button, can_focus=False):
    """One letter or number of the on-screen pad (it never takes the typing box's focus).

    Every touch types, however quick: codes often repeat a letter ("522-222"). A key never
    wraps its one character: squeezed to its borders (laid out once at a too-small size, as a
    terminal is resized), wrapping would stop the kiosk inside Textual.
    """

    DEFAULT_CSS = "PadKey { text-wrap: nowrap; text-overflow: clip; }"

    def on_mount(self) -> None:
        self.active_effect_duration = 0.0


class CodeEntryScreen(LookupScreen[None]):
    """Type a code and press Enter (or Find): a found code opens what the kiosk knows of it."""

    AUTO_FOCUS = "#code-input"
    BINDINGS = [Binding("escape", "back", "Back", show=False, id="code-back")]
    DEFAULT_CSS = """
    CodeEntryScreen #code-input { width: 30; height: 3; margin: 0 1; text-style: bold; }
    CodeEntryScreen #code-pad { grid-size: 11; grid-gutter: 0 1; height: auto; margin: 1 1 0 1; }
    CodeEntryScreen PadKey { width: 100%; min-width: 5; height: 3; }
    CodeEntryScreen #code-message { height: auto; padding: 0 1; text-style: bold; }
    CodeEntryScreen #code-row { height: auto; margin-top: 1; }
    CodeEntryScreen #code-row ChoiceButton { width: 1fr; margin: 0 1 0 0; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("code_title"), self.words("code_how"), "🔑")
            yield Input(
                placeholder="K7M-2QX", max_length=9, restrict=r"[A-Za-z0-9\- ]*", id="code-input"
            )
            yield Static("", id="code-message", markup=False)
            with Grid(id="code-pad"):
                for character in RECEIPT_ALPHABET:
                    yield PadKey(character, id=f"pad-{character}")
                yield PadKey(DELETE, id="pad-delete", tooltip=self.words("code_delete"))
            with Horizontal(id="code-row"):
                yield ChoiceButton(self.words("code_find"), symbol="🔍", id="code-find")
                yield ChoiceButton(self.words("back"), symbol="⬅", id="code-back")

    def spoken_intro(self) -> str:
        return lines(self.words("code_title"), self.words("code_how"))

    @property
    def box(self) -> Input:
        """The typing box."""
        return self.query_one("#code-input", Input)

    @on(PadKey.Pressed)
    def _pad(self, event: PadKey.Pressed) -> None:
        event.stop()
        self.note_touched()
        box, label = self.box, str(event.button.label)
        if label == DELETE:
            box.value = box.value[:-1]
            self.voice.say(self.words("code_delete"))
        elif len(box.value.replace("-", "")) < 6:
            box.value += label
            self.voice.say(label)
        box.cursor_position = len(box.value)

    @on(Input.Submitted)
    @on(ChoiceButton.Pressed, "#code-find")
    def _find(self, event: Input.Submitted | ChoiceButton.Pressed) -> None:
        event.stop()
        loaded = self.lookup_host.loaded
        if loaded is None:
            self._tell(self.words("code_not_ready"))
            return
        typed, self.box.value = self.box.value, ""  # taken: a next try starts on a clear box
        self._look_up(typed, loaded.store)

    @work(thread=True, exclusive=True, exit_on_error=False, group="code-lookup")
    def _look_up(self, typed: str, store: ResponseStore) -> None:
        result = look_up(typed, store, self.lookup_host.receipt_throttle)
        self.app.call_from_thread(self._looked_up, result)

    def _looked_up(self, result: LookupResult) -> None:
        if self.answered:  # they went back before the answer came
            return
        if not self.is_active:  # staff mode or help on top: show it once they close
            self.set_timer(0.5, lambda: self._looked_up(result))
            return
        if isinstance(result, Found):
            # Seam: the found answers' screen, 60-90 ms (python -X importtime), only when a
            # code is found.
            from kiosk.ui.screens.code_found import CodeFoundScreen

            self.app.push_screen(CodeFoundScreen(result), callback=self._back_from_found)
            return
        if isinstance(result, NotACode):
            self._tell(self.words("code_look_alike" if result.look_alike else "code_shape"))
        elif isinstance(result, NotFound | PleaseWait):
            wait = result.wait_seconds if isinstance(result, NotFound) else result.seconds
            wrong = self.words("code_wrong") if isinstance(result, NotFound) else ""
            waiting = self.words("code_wait").format(seconds=math.ceil(wait)) if wait else ""
            self._tell(lines(wrong, waiting).replace("\n", " "))

    def _tell(self, message: str) -> None:
        self.query_one("#code-message", Static).update(message)
        self.voice.say(message)

    def _back_from_found(self, _: None) -> None:
        self.dismiss(None)  # after a found code, back to the start for the next person

    @on(ChoiceButton.Pressed, "#code-back")
    def action_back(self) -> None:
        """Back to the start."""
        self.voice.stop()
        self.dismiss(None)
