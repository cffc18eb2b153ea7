"""The bordered buttons on a kiosk screen read as text, as boxes in CSS pixels on the page."""

from __future__ import annotations

from dataclasses import dataclass

TOP_LEFT, BOTTOM_LEFT = ("╭", "█▀"), ("╰", "█▄")
"""How a button's border starts, top and bottom: thin, or thick when it has the focus."""
Cell = tuple[float, float, float, float]
"""Where the screen starts on the page (x, y), and one character cell's width and height."""


def buttons_on(lines: list[str], cell: Cell) -> list[Box]:
    """Every bordered button in `lines`, with where it is on the page."""
    left, top, width, height = cell
    boxes = []
    for row, line in enumerate(lines):
        for column in range(len(line)):
            if not _starts(line, column, TOP_LEFT):
                continue
            end = _border_end(line, column)
            below = range(row + 1, len(lines))
            bottom = next((r for r in below if _starts(lines[r], column, BOTTOM_LEFT)), None)
            if bottom is None:
                continue
            label = " ".join(lines[row + 1][column + 1 : end].strip(" │█").split())
            x, y = left + column * width, top + row * height
            boxes.append(Box(label, x, y, (end - column + 1) * width, (bottom - row + 1) * height))
    return boxes


@dataclass(frozen=True)
class Box:
    """Where a button is on the page, in CSS pixels, and the words on it."""

    label: str
    x: float
    y: float
    width: float
    height: float


def _starts(line: str, column: int, corners: tuple[str, str]) -> bool:
    thin, thick = corners
    return line[column] == thin or line[column : column + 2] == thick


def _border_end(line: str, column: int) -> int:
    """The column of the top-right corner that closes the border starting at `column`."""
    closing = "╮" if line[column] == "╭" else "█"
    found = line.find(closing, column + 1)
    return found if found != -1 else len(line) - 1
