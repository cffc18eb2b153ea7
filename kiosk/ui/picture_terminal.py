"""How pictures are drawn in this terminal: its graphics protocol (Kitty, Sixel) or half blocks.

textual-image asks the terminal what it can draw by writing to it and reading the reply, which
only works before Textual starts reading the keyboard: `get_ready` asks, before the app runs.
Without that (tests, snapshots, the browser mode, whose terminal is not a TTY), pictures are
drawn in coloured half blocks, which every terminal shows. A terminal that was not asked is
never asked later: there, pictures give way to their symbols.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual_image.widget._base import Image as ImageWidget

_chosen: list[type[ImageWidget]] = []


def get_ready(pictures_needed: bool) -> None:
    """Ask the terminal how to draw pictures, if the survey may have some (before the app runs)."""
    if not pictures_needed or _chosen:
        return
    # Start-up seam: textual-image (Pillow, NumPy) and the terminal's answers, about 150 ms
    # (python -X importtime), only for a survey that names pictures.
    from textual_image import widget
    from textual_image.renderable import Image as best
    from textual_image.renderable import SixelImage, TGPImage

    if best is SixelImage:
        _chosen.append(widget.SixelImage)
    elif best is TGPImage:
        _chosen.append(widget.TGPImage)
    else:  # no graphics protocol: half blocks, as everywhere else
        _chosen.append(widget.HalfcellImage)


def picture_widget() -> type[ImageWidget] | None:
    """The widget class that draws pictures here, or None if this terminal was never asked."""
    if _chosen:
        return _chosen[0]
    if _is_terminal():
        return None  # asking now would take the keys Textual is reading
    # Start-up seam: textual-image (Pillow, NumPy), 750-1300 ms (python -X importtime), only
    # when a picture is drawn.
    from textual_image.widget import HalfcellImage

    _chosen.append(HalfcellImage)
    return HalfcellImage


def cell_shape() -> float:
    """How many times taller than wide a terminal cell is (as the terminal said, or 2)."""
    # Inside: textual-image stays unloaded until a picture is drawn; by then this is 0 ms
    # (python -X importtime), and the size is cached.
    from textual_image._terminal import get_cell_size

    cell = get_cell_size()
    return cell.height / max(1, cell.width)


def _is_terminal() -> bool:
    stdout = sys.__stdout__
    return stdout is not None and stdout.isatty()
