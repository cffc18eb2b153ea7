"""A small picture drawn as text: each cell a half block, its top and bottom a pixel each.

Answer buttons draw their pictures this way in every terminal, as part of their own words,
so a button keeps its borders, its keys and its touch target exactly as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.color import Color
from textual.content import Content
from textual.style import Style

if TYPE_CHECKING:
    from PIL.Image import Image

UPPER_HALF = "▀"
PAPER = (255, 255, 255)
"""What shows through a picture's see-through parts: white, whatever the theme."""


def half_block_lines(image: Image, columns: int, rows: int) -> list[Content]:
    """`image` shrunk to `columns` by `rows` cells, one line of text for each row."""
    # Inside: Pillow is loaded already (the picture was read with it); 0 ms here.
    from PIL import Image as PillowImage

    paper = PillowImage.new("RGBA", image.size, (*PAPER, 255))
    flat = PillowImage.alpha_composite(paper, image.convert("RGBA")).convert("RGB")
    small = flat.resize((columns, rows * 2), PillowImage.Resampling.LANCZOS)
    pixels = small.load()
    assert pixels is not None
    lines = []
    for row in range(rows):
        cells = []
        for column in range(columns):
            top, bottom = pixels[column, row * 2], pixels[column, row * 2 + 1]
            style = Style(foreground=_colour(top), background=_colour(bottom))
            cells.append((UPPER_HALF, style))
        lines.append(Content.assemble(*cells))
    return lines


def _colour(pixel: object) -> Color:
    red, green, blue = pixel if isinstance(pixel, tuple) else (0, 0, 0)
    return Color(red, green, blue)
