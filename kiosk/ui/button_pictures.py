"""Answer buttons' pictures: read off the screen's thread, kept small, drawn in half blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.ui.half_blocks import half_block_lines
from kiosk.ui.picture_terminal import cell_shape, picture_widget
from surveys.pictures import read_picture

if TYPE_CHECKING:
    from PIL.Image import Image
    from textual.content import Content

KEPT_PIXELS = 48
"""A button's picture is kept at most this many pixels each way: far more than it draws."""
MIN_ROWS = 3
"""Fewer rows than this and a picture on a button is too small to make out: the symbol."""
MAX_ROWS = 4
"""The most rows a button's picture takes, however much room there is."""


@dataclass
class ButtonPicture:
    """One picture for an answer button, and its lines for the rows it was last drawn at."""

    image: Image
    cell_shape: float
    """How many times taller than wide a terminal cell is."""
    _drawn: tuple[int, list[Content]] = field(default=(0, []), repr=False)

    def columns(self, rows: int) -> int:
        """The columns the picture takes when `rows` tall, keeping its shape."""
        shape = self.image.width / max(1, self.image.height)
        return max(1, round(rows * shape * self.cell_shape))

    def lines(self, rows: int) -> list[Content]:
        """The picture drawn `rows` tall, one line of text for each row."""
        if self._drawn[0] != rows:
            self._drawn = (rows, half_block_lines(self.image, self.columns(rows), rows))
        return self._drawn[1]


def read_button_picture(path: Path) -> ButtonPicture | None:
    """The picture at `path` ready for a button; None if it cannot be shown here.

    Reading a file takes a while: call this off the screen's thread.
    """
    if picture_widget() is None:  # a terminal never asked how to draw: symbols only
        return None
    image = read_picture(path)
    if image is None:
        return None
    image.thumbnail((KEPT_PIXELS, KEPT_PIXELS))
    return ButtonPicture(image, cell_shape())
