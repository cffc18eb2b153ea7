"""Answer buttons in one or two columns, relabelled in place for each new question.

A question screen stays up for a run of questions, so its answer buttons are made once (as
many as the survey's biggest question needs) and each question relabels them; spare buttons
are hidden and hold nothing. Making and styling new widgets is most of the cost of a new
screen, and a participant waits for it after every answer.

Options with pictures show them in place of their symbols when every button still fits
without scrolling; the pictures are read off the screen's thread and kept for the next time.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import ScrollableContainer
from textual.message import Message

from kiosk.ui.button_pictures import MAX_ROWS, MIN_ROWS, ButtonPicture, read_button_picture
from kiosk.ui.options import OptionView
from kiosk.ui.widgets.answered import Answered
from kiosk.ui.widgets.choice_button import ButtonValue, ChoiceButton


def spare_button() -> ChoiceButton:
    """A hidden button, ready to become any option."""
    button = ChoiceButton("")
    button.forget()
    return button


class OptionGrid(ScrollableContainer, can_focus=False, inherit_bindings=False):
    """Option buttons numbered from 1; `show_options` relabels them for a question.

    The arrow keys move between the buttons (the screen's keys), not scroll the grid: the
    grid scrolls to whichever button has the focus.
    """

    DEFAULT_CSS = """
    OptionGrid {
        layout: grid; grid-size: 1; grid-gutter: 0 1; grid-rows: auto;
        height: 1fr; padding: 0 1;
    }
    """

    class _PictureRead(Message):
        def __init__(self, path: Path, picture: ButtonPicture | None) -> None:
            super().__init__()
            self.path = path
            self.picture = picture

    def __init__(
        self, options: Sequence[OptionView[ButtonValue]] = (), *, spare: int = 0, columns: int = 1
    ) -> None:
        super().__init__()
        self.options = list(options)
        self.spare = spare
        self.styles.grid_size_columns = columns
        self.pictures: dict[Path, ButtonPicture | None] = {}
        """The option pictures read so far (None: it cannot be shown)."""
        self._asked: set[Path] = set()

    def compose(self) -> ComposeResult:
        for option in self.options:
            yield ChoiceButton.for_option(option)
        for _ in range(self.spare):
            yield spare_button()

    def option_buttons(self) -> list[ChoiceButton]:
        """The option buttons, shown or spare, in order."""
        return [b for b in self.query_children(ChoiceButton) if b.id != "done"]

    def show_options(
        self,
        options: Sequence[OptionView[ButtonValue]],
        chosen: Container[object],
        columns: int = 1,
    ) -> None:
        """Show `options` (marking those in `chosen`), hiding the spare buttons."""
        buttons = self.option_buttons()
        if len(options) > len(buttons):
            extra = [spare_button() for _ in range(len(options) - len(buttons))]
            done = self.query_children("#done")
            self.mount(*extra, before=done.first() if done else None)
            buttons += extra
        for button, option in zip(buttons, options, strict=False):
            button.show_option(option, chosen=option.value in chosen)
        for button in buttons[len(options) :]:
            button.forget()
        self.styles.grid_size_columns = columns  # inline, so no styles to work out again
        self._show_pictures(buttons[: len(options)])
        self.scroll_home(animate=False, immediate=True)

    def forget(self) -> None:
        """Hide every option and hold no answer."""
        for button in self.option_buttons():
            button.forget()

    def _show_pictures(self, buttons: list[ChoiceButton]) -> None:
        """Give each button the picture read before, and read the others."""
        unread = []
        for button in buttons:
            path = button.picture_path
            if path is not None:
                button.picture = self.pictures.get(path)
                if path not in self._asked:
                    self._asked.add(path)
                    unread.append(path)
        if unread:
            self._read_pictures(unread)
        self.fit_pictures()

    @work(thread=True, exit_on_error=False, group="option-pictures")
    def _read_pictures(self, paths: list[Path]) -> None:
        for path in paths:
            self.post_message(self._PictureRead(path, read_button_picture(path)))

    @on(_PictureRead)
    def _picture_read(self, message: _PictureRead) -> None:
        message.stop()
        self.pictures[message.path] = message.picture
        for button in self.option_buttons():
            if button.picture_path == message.path:
                button.picture = message.picture
        self.fit_pictures()

    def on_resize(self) -> None:
        self.fit_pictures()

    def fit_pictures(self) -> bool:
        """Draw the option pictures as big as the room allows; True if that changed any."""
        cells = [b for b in self.query_children(ChoiceButton) if b.display]
        pictured = any(b.picture is not None for b in cells if b.id != "done")
        rows = self._rows_that_fit(cells) if pictured else 0
        changed = [b.show_picture(rows) for b in cells if b.id != "done"]
        return any(changed)

    def _rows_that_fit(self, cells: list[ChoiceButton]) -> int:
        """The most rows a picture may take with every button still on the screen; 0 if none."""
        room = self.scrollable_content_region.height
        columns = self.styles.grid_size_columns or 1
        gutter = self.styles.grid_gutter_horizontal * (columns - 1)
        cell_width = (self.scrollable_content_region.width - gutter) // columns
        grid_rows = -(-len(cells) // columns)
        for rows in range(MAX_ROWS, MIN_ROWS - 1, -1):
            needed = self.styles.grid_gutter_vertical * (grid_rows - 1)
            for start in range(0, len(cells), columns):
                row = cells[start : start + columns]
                needed += max(self._height(button, rows, cell_width) for button in row)
            if needed <= room:
                return rows
        return 0

    @staticmethod
    def _height(button: ChoiceButton, rows: int, cell_width: int) -> int:
        chrome = button.styles.gutter
        lines = button.lines_with(rows, cell_width - chrome.width)
        return max(3, lines + chrome.height)  # buttons are at least 3 rows tall


class ChoiceGrid(OptionGrid):
    """Choosing a button answers at once."""

    def show(self, options: Sequence[OptionView[ButtonValue]], chosen: object = None) -> None:
        """Show a question's options, in two columns past four, marking an earlier answer."""
        self.show_options(options, [chosen], columns=2 if len(options) > 4 else 1)

    @on(ChoiceButton.Pressed)
    def _chosen(self, event: ChoiceButton.Pressed) -> None:
        event.stop()
        if event.button.value is not None:  # a hidden spare has no value and takes no press
            self.post_message(Answered(event.button.value))
