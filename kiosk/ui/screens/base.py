"""What every kiosk screen shares: keys, speech, touch, and the preview banner."""

from __future__ import annotations

from time import monotonic
from typing import ClassVar, TypeVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.widget import Widget

from kiosk.ui.host import KioskHost
from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.speech_news import SpeechTroubled
from kiosk.ui.spoken import press_list
from kiosk.ui.staff_corner import CornerTaps, in_staff_corner
from kiosk.ui.voice import Voice
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.preview_banner import PreviewBanner
from kiosk.ui.widgets.sound_note import SoundNote
from kiosk.ui.widgets.too_small import TooSmallNote
from kiosk.ui.words import word

ResultT = TypeVar("ResultT")

LETTER_KEYS = {
    "b": "back",
    "r": "read-again",
    "h": "help",
    "s": "skip",
    "n": "prefer-not-to-say",
    "k": "dont-know",
}

KEY_BINDINGS: list[BindingType] = [
    Binding("tab", "app.focus_next", "Move", show=False, id="move"),
    Binding("down,right", "app.focus_next", "Move on", show=False, id="move-on"),
    Binding("shift+tab,up,left", "app.focus_previous", "Move back", show=False, id="move-back"),
    Binding("enter", "press_key('0')", "Next", show=False, id="next"),
    Binding("0", "press_key('0')", "Next", show=False, id="number-0"),
    *[Binding(str(n), f"press_key('{n}')", show=False, id=f"number-{n}") for n in range(1, 10)],
    *[Binding(k, f"press_key('{k}')", show=False, id=i) for k, i in LETTER_KEYS.items()],
]


def is_shown(widget: Widget) -> bool:
    """Whether `widget` and everything around it are displayed (hidden spares are not)."""
    return all(node.display for node in widget.ancestors_with_self)


class KioskScreen(OneResult[ResultT]):
    """A participant screen: every button has a key, and nothing is focused until asked."""

    AUTO_FOCUS = ""
    BINDINGS = KEY_BINDINGS
    SPEAKS_ON_ARRIVAL: ClassVar[bool] = True
    """Whether the screen is read out as soon as it appears."""
    SLOW_SPEECH: ClassVar[bool] = False
    """Whether the screen is read slowly (codes to write down)."""
    UNSAID_KEYS: ClassVar[frozenset[str]] = frozenset({"r", "h", "b"})
    """Keys not listed with the answers: read again, help and back are told once, at the start."""

    @property
    def host(self) -> KioskHost:
        """The kiosk app."""
        app = self.app
        assert isinstance(app, KioskHost)
        return app

    @property
    def voice(self) -> Voice:
        """The voice for this participant."""
        return self.host.voice

    def words(self, key: str) -> str:
        """The kiosk's own words in the chosen language."""
        return word(key, self.host.language)

    def spoken_intro(self) -> str:
        """What to say when the screen appears."""
        return ""

    def spoken_keys(self) -> str:
        """ "Press 1 for ..." for every button shown with a key, in the order they are shown."""
        keyed = [
            (button.key, button.spoken_now if button.chosen else button.spoken)
            for button in self.query(ChoiceButton)
            if button.key is not None and button.key not in self.UNSAID_KEYS and is_shown(button)
        ]
        return press_list(keyed, self.host.language)

    def on_mount(self) -> None:
        self.mount(TooSmallNote(self.words("too_small"), markup=False))
        if self.host.preview:
            self.mount(PreviewBanner(self.words("preview")))
        self.note_sound_problem()
        if self.SPEAKS_ON_ARRIVAL:
            self.read_out()

    def read_out(self) -> None:
        """Say the whole screen (when it appears, and again on R)."""
        self.voice.say(self.spoken_intro(), slowly=self.SLOW_SPEECH)

    def note_sound_problem(self) -> None:
        """Tell a participant who asked to be read to that sound is not working (once)."""
        troubled = self.host.sound_troubled
        if troubled and self.voice.profile.read_aloud and not self.query(SoundNote):
            self.mount(SoundNote(self.words("sound_problem")))

    @on(SpeechTroubled)
    def _speech_troubled(self) -> None:
        self.note_sound_problem()

    _corner_taps: CornerTaps | None = None

    async def on_mouse_down(self, event: events.MouseDown) -> None:
        self.host.note_activity()
        if not in_staff_corner(event.screen_x, event.screen_y):
            return
        if self._corner_taps is None:
            self._corner_taps = CornerTaps()
        if self._corner_taps.tap(monotonic()):
            await self.run_action("app.staff")  # five quick taps: the staff PIN

    def button_for(self, key: str) -> ChoiceButton | None:
        """The visible button with this key, if any (none once the screen has answered)."""
        if not self.accepts_input or self.app.has_class("-too-small"):
            return None
        for button in self.query(ChoiceButton):
            if button.key == key and is_shown(button):
                return button
        return None

    def action_press_key(self, key: str) -> None:
        """Press the button labelled with `key`; R reads the screen again on every screen."""
        button = self.button_for(key)
        if button is not None:
            button.press()
        elif key == "r" and self.accepts_input:
            self.read_out()
