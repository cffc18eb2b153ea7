"""A big answer button: its key, a symbol on the left, words on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from accessibility.symbol_width import steady_symbol
from kiosk.ui.host import KioskHost
from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.words import word

if TYPE_CHECKING:
    from kiosk.ui.options import OptionView


class ChoiceButton(Widget, can_focus=True):
    """A target at least 3 rows tall, chosen by touch, its key, or Enter/Space when focused."""

    DEFAULT_CSS = """
    ChoiceButton {
        width: 1fr;
        height: auto;
        min-height: 3;
        padding: 0 1;
        border: round $choice-border;
        background: $choice-background;
        color: $choice-text;
    }
    ChoiceButton:hover { border: round $focus-border; }
    ChoiceButton:focus {
        border: thick $focus-border;
        background: $focus-background;
        color: $focus-text;
        text-style: bold;
    }
    ChoiceButton.-chosen { background: $chosen-background; color: $chosen-text; text-style: bold; }
    ChoiceButton.-small { width: auto; }
    """

    BINDINGS = [Binding("enter,space", "press", "Choose", show=False, id="choose")]

    chosen: reactive[bool] = reactive(False)

    class Pressed(Message):
        """The button was chosen."""

        def __init__(self, button: ChoiceButton) -> None:
            super().__init__()
            self.button = button

        @property
        def control(self) -> ChoiceButton:
            """The button that was chosen."""
            return self.button

    def __init__(
        self,
        label: str,
        *,
        key: str | None = None,
        symbol: str | None = None,
        value: Any = None,
        spoken: str | None = None,
        language: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.label = label
        self.key = key
        self.symbol = symbol
        self.value = value
        self.spoken = spoken or label
        self.language = language
        """When set, the words are said in this language even without read aloud."""
        self.says_chosen = False
        """Whether what it says includes "chosen" or "not chosen" (buttons that turn on and off)."""

    @classmethod
    def for_option(cls, option: OptionView[object], *, chosen: bool = False) -> ChoiceButton:
        """The button for one answer option, marked if it is already chosen."""
        button = cls(
            option.label,
            key=option.key,
            symbol=option.symbol,
            value=option.value,
            spoken=option.spoken,
        )
        button.chosen = chosen
        return button

    def show_option(self, option: OptionView[object], *, chosen: bool = False) -> None:
        """Become the button for another option, in place (no new widget to mount)."""
        self.label = option.label
        self.key = option.key
        self.symbol = option.symbol
        self.value = option.value
        self.spoken = option.spoken
        self.chosen = chosen
        self.display = True
        self.refresh(layout=True)

    def forget(self) -> None:
        """Hide this spare button and drop what it showed."""
        self.label = self.spoken = ""
        self.key = self.symbol = self.value = None
        self.chosen = self.says_chosen = False
        self.display = False

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        if self.key is not None:
            parts += [(f" {self.key.upper()} ", "reverse bold"), " "]
        if self.chosen:
            parts.append(("✔ ", "bold"))
        if self.symbol:
            parts.append(f"{steady_symbol(self.symbol)} ")  # one width in every terminal
        parts.append(self.label)  # plain text: survey words are never markup
        return Content.assemble(*parts)

    @property
    def spoken_now(self) -> str:
        """What the button says now: its words, and whether it is chosen when that matters."""
        if not self.says_chosen:
            return self.spoken
        host = self.app
        language = host.language if isinstance(host, KioskHost) else "en"
        return f"{self.spoken}: {word('chosen' if self.chosen else 'not_chosen', language)}"

    def watch_chosen(self, chosen: bool) -> None:
        self.set_class(chosen, "-chosen")

    def press(self) -> None:
        """Choose this button, unless its screen has already answered or is covered."""
        screen = self.screen
        if isinstance(screen, OneResult) and not screen.accepts_input:
            return
        host = self.app
        if isinstance(host, KioskHost):
            host.note_activity()
        self.post_message(self.Pressed(self))

    def action_press(self) -> None:
        """Choose this button from the keyboard or a switch."""
        self.press()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.press()

    def on_focus(self) -> None:
        host = self.app
        if not isinstance(host, KioskHost):
            return
        if self.language is not None:
            host.voice.say_always(self.spoken, self.language)
        else:
            host.voice.say(self.spoken_now)
