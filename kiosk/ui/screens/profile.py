"""How do you like to answer? The access profile, shown and heard as it is chosen."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from kiosk.ui.screens.with_help import WithHelp
from kiosk.ui.spoken import lines
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from surveys.profiles import AccessProfile, Colours

SWITCHES = (
    ("read_aloud", "🔊"),
    ("slower", "🐢"),
    ("bigger_words", "🔎"),
    ("colours", "🎨"),
    ("fewer_choices", "🙂"),
    ("more_time", "⏳"),
)
SWITCH_NAMES = frozenset(name for name, _ in SWITCHES)
COLOUR_ORDER: tuple[Colours, ...] = ("default", "high_contrast", "calm")


class ProfileScreen(WithHelp[AccessProfile]):
    """Each button turns a choice on or off (colours go round); Next (0) dismisses."""

    DEFAULT_CSS = """
    ProfileScreen #switches {
        layout: grid; grid-size: 2; grid-gutter: 0 1; grid-rows: auto; height: auto; padding: 0 1;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.profile = AccessProfile.for_newcomer()

    def compose(self) -> ComposeResult:
        with Vertical(classes="page"):
            yield Prompt(self.words("how_answer"), self.words("how_answer_hint"), "🧰")
            with Vertical(id="switches"):
                for index, (name, symbol) in enumerate(SWITCHES):
                    button = ChoiceButton(
                        self._label(name), key=str(index + 1), symbol=symbol, value=name
                    )
                    button.chosen = self._is_on(name)
                    yield button
                yield ChoiceButton(self.words("next"), key="0", symbol="➡", id="next")

    def spoken_intro(self) -> str:
        return lines(self.words("how_answer"), self.words("how_answer_hint"), self.spoken_keys())

    def _state_words(self, name: str) -> str:
        if name == "colours":
            return self.words(f"colours_{self.profile.colours}")
        return self.words("on") if getattr(self.profile, name) else self.words("off")

    def _is_on(self, name: str) -> bool:
        return name != "colours" and bool(getattr(self.profile, name))

    def _label(self, name: str) -> str:
        return f"{self.words(name)}: {self._state_words(name)}"

    def _relabel(self) -> None:
        for button in self.query(ChoiceButton):
            if button.value not in SWITCH_NAMES:
                continue
            name = str(button.value)
            button.label = self._label(name)
            button.spoken = button.label
            button.chosen = self._is_on(name)
            button.refresh(layout=True)

    @on(ChoiceButton.Pressed)
    def _pressed(self, event: ChoiceButton.Pressed) -> None:
        if event.button.id == "next":
            self.dismiss(self.profile)
            return
        if event.button.value not in SWITCH_NAMES:  # help: its own screen
            return
        name = str(event.button.value)
        if name == "colours":
            following = COLOUR_ORDER[(COLOUR_ORDER.index(self.profile.colours) + 1) % 3]
            self.profile = self.profile.with_choice("colours", following)
        else:
            self.profile = self.profile.with_choice(name, not getattr(self.profile, name))
        self.host.apply_profile(self.profile)
        self._relabel()
        if name == "read_aloud":  # heard as it changes, "Off" too
            self.voice.say_always(event.button.label, self.host.language)
        else:
            self.voice.say(event.button.label)
