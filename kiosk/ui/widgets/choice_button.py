"""A big answer button: its key, a symbol (or a small picture) on the left, words on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from accessibility.symbol_width import steady_symbol, steady_text
from kiosk.ui.host import KioskHost
from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.words import word

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.ui.button_pictures import ButtonPicture
    from kiosk.ui.options import OptionView

ButtonValue = str | int
"""What a button stands for: an option's id, a number on a scale, a language or a name."""


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
        value: ButtonValue | None = None,
        spoken: str | None = None,
        language: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.label = steady_text(label)  # symbols in the words: one width in every terminal
        self.key = key
        self.symbol = symbol
        self.value = value
        self.spoken = spoken or label
        self.language = language
        """When set, the words are said in this language even without read aloud."""
        self.says_chosen = False
        """Whether what it says includes "chosen" or "not chosen" (buttons that turn on and off)."""
        self.picture_path: Path | None = None
        """The option's picture file, if it has one."""
        self.picture: ButtonPicture | None = None
        """The option's picture, once it is read and can be shown here."""
        self.picture_rows = 0
        """The rows the picture is drawn in now; 0 shows the symbol instead."""

    @classmethod
    def for_option(cls, option: OptionView[ButtonValue], *, chosen: bool = False) -> ChoiceButton:
        """The button for one answer option, marked if it is already chosen."""
        button = cls(
            option.label,
            key=option.key,
            symbol=option.symbol,
            value=option.value,
            spoken=option.spoken,
        )
        button.picture_path = option.picture
        button.chosen = chosen
        return button

    def show_option(self, option: OptionView[ButtonValue], *, chosen: bool = False) -> None:
        """Become the button for another option, in place (no new widget to mount)."""
        self.label = steady_text(option.label)
        self.key = option.key
        self.symbol = option.symbol
        self.value = option.value
        self.spoken = option.spoken
        self.picture_path = option.picture
        self.picture, self.picture_rows = None, 0
        self.chosen = chosen
        self.display = True
        self.refresh(layout=True)

    def forget(self) -> None:
        """Hide this spare button and drop what it showed."""
        self.label = self.spoken = ""
        self.key = self.symbol = self.value = self.picture_path = self.picture = None
        self.picture_rows = 0
        self.chosen = self.says_chosen = False
        self.display = False

    def show_picture(self, rows: int) -> bool:
        """Draw the picture `rows` tall (0: the symbol instead); True if that changed anything."""
        rows = rows if self.picture is not None else 0
        if rows == self.picture_rows:
            return False
        self.picture_rows = rows
        self.refresh(layout=True)
        return True

    def lines_with(self, rows: int, width: int) -> int:
        """How many lines of words the button needs at `width` with its picture `rows` tall."""
        if self.picture is None or rows == 0:
            return len(self._words().wrap(max(1, width)))
        return len(self._picture_lines(self.picture, rows, width))

    def _key_part(self) -> list[str | tuple[str, str]]:
        return [] if self.key is None else [(f" {self.key.upper()} ", "reverse bold"), " "]

    def _words(self) -> Content:
        parts = self._key_part()
        if self.chosen:
            parts.append(("✔ ", "bold"))
        if self.symbol:
            parts.append(f"{steady_symbol(self.symbol)} ")  # one width in every terminal
        parts.append(self.label)  # plain text: survey words are never markup
        return Content.assemble(*parts)

    def _picture_lines(self, picture: ButtonPicture, rows: int, width: int) -> list[Content]:
        """The key, the picture and the words beside it, line by line, each within `width`."""
        key = Content.assemble(*self._key_part())
        drawn = picture.lines(rows)
        left = key.cell_length + picture.columns(rows) + 1
        chosen = ("✔ ", "bold") if self.chosen else ""
        words = Content.assemble(chosen, self.label).wrap(max(1, width - left))
        height = max(rows, len(words))
        top = (height - len(words)) // 2  # the words and key beside the middle of the picture
        lines = []
        for row in range(height):
            line = words[row - top] if 0 <= row - top < len(words) else Content("")
            start = key if row == top else Content(" " * key.cell_length)
            shown = drawn[row] if row < rows else Content(" " * picture.columns(rows))
            lines.append(Content.assemble(start, shown, " ", line))
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.picture is None or self.picture_rows == 0:
            return super().get_content_height(container, viewport, width)
        return self.lines_with(self.picture_rows, width)

    def render(self) -> Content:
        if self.picture is None or self.picture_rows == 0:
            return self._words()
        lines = self._picture_lines(self.picture, self.picture_rows, self.content_size.width)
        return Content("\n").join(lines)

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
