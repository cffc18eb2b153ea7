"""A question's picture beside its words, read off the screen's thread and sized to the screen.

It shows nothing (and the words keep their symbol) until the picture is read; a picture that
cannot be read, a terminal too small for it, or one that would push the answers off the
screen gives way to the symbol.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from kiosk.ui.picture_terminal import cell_shape, picture_widget
from surveys.pictures import read_picture

if TYPE_CHECKING:
    from PIL.Image import Image

MIN_ROWS = 4
"""Fewer rows than this and a picture is too small to make out: the symbol instead."""
MAX_ROWS = 10
ROWS_LEFT_FOR_THE_REST = 18
"""Rows the rest of a question screen needs before a picture gets any (found at 80x24)."""


def picture_rows(screen_height: int) -> int:
    """How many rows a picture may take on a screen this tall; 0 when there is no room."""
    rows = min(MAX_ROWS, screen_height - ROWS_LEFT_FOR_THE_REST)
    return rows if rows >= MIN_ROWS else 0


def picture_columns(rows: int, shape: float) -> int:
    """The columns a picture of this shape (width over height) takes when `rows` tall."""
    return max(1, round(rows * shape * cell_shape()))  # a cell is about twice as tall as wide


class QuestionPicture(Widget):
    """Shows one picture file at a time, or nothing; says when it is shown or hidden."""

    DEFAULT_CSS = """
    QuestionPicture { width: auto; height: auto; margin: 0 1 1 1; display: none; }
    """

    class Changed(Message):
        """The picture was shown (True) or hidden (False)."""

        def __init__(self, shown: bool) -> None:
            super().__init__()
            self.shown = shown

    class Resized(Message):
        """The picture was laid out at a new size."""

    class _Read(Message):
        def __init__(self, path: Path, image: Image | None) -> None:
            super().__init__()
            self.path = path
            self.image = image

    def __init__(self, room: Callable[[], int] | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.room = room or (lambda: picture_rows(self.screen.size.height))
        """How many rows the picture may take now (at first: what the screen's height leaves)."""
        self.path: Path | None = path
        """The picture asked for now, or None (given here: shown once mounted)."""
        self.rows = 0
        """The rows the picture is given now."""
        self._shape = 1.0
        """The picture's width over its height."""
        self.reading = False
        """Whether the picture asked for is still being read."""
        self.fitted = False
        """Whether the screen has made room for the answers since the picture was shown."""

    def on_mount(self) -> None:
        if self.path is not None:
            self.show(self.path)

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    @property
    def shown(self) -> bool:
        """Whether a picture is on the screen now."""
        return bool(self.display)

    def show(self, path: Path | None) -> None:
        """Show the picture at `path` once it is read (None: no picture)."""
        self.path = path
        self.fitted = False
        self._hide()
        self.reading = path is not None and picture_widget() is not None
        if path is not None and self.reading:
            self._read(path)

    def give_way(self, rows: int) -> None:
        """Take `rows` fewer rows, or hide the picture if it would be too small."""
        self._take_rows(self.rows - rows)

    def fit(self, screen_height: int) -> None:
        """Take the rows a screen this tall leaves for a picture (after the screen is resized)."""
        if self.path is not None and self.children:
            self._take_rows(picture_rows(screen_height))

    def refit(self) -> bool:
        """Take the rows `room` gives now; True if that changed the picture's size."""
        before = self.rows
        if self.path is not None and self.children:
            self._take_rows(self.room())
        return self.rows != before

    @work(thread=True, exclusive=True, exit_on_error=False, group="picture")
    def _read(self, path: Path) -> None:
        self.post_message(self._Read(path, read_picture(path)))

    @on(_Read)
    def _was_read(self, message: _Read) -> None:
        message.stop()
        drawer = picture_widget()
        if message.path != self.path:
            return
        self.reading = False
        if message.image is None or drawer is None:
            return
        self._shape = message.image.width / max(1, message.image.height)
        if self.children:
            self.query_one(drawer).image = message.image
        else:
            self.mount(drawer(message.image))
        self._take_rows(self.room())

    def _take_rows(self, rows: int) -> None:
        if rows < MIN_ROWS or not self.children:
            self._hide()
            return
        self.rows = rows
        self.fitted = False
        drawn = self.children[0].styles
        drawn.width, drawn.height = picture_columns(rows, self._shape), rows
        if not self.display:
            self.display = True
            self.post_message(self.Changed(True))

    def _hide(self) -> None:
        self.rows = 0
        if self.display:
            self.display = False
            self.post_message(self.Changed(False))
