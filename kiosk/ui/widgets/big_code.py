"""A receipt code in big block letters, easy to read from a distance."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

GLYPHS: dict[str, tuple[str, str, str]] = {
    "2": ("▀▀█", "█▀▀", "▀▀▀"), "3": ("▀▀█", " ▀█", "▀▀▀"), "4": ("█ █", "▀▀█", "  ▀"),
    "5": ("█▀▀", "▀▀█", "▀▀▀"), "6": ("█▀▀", "█▀█", "▀▀▀"), "7": ("▀▀█", "  █", "  ▀"),
    "8": ("█▀█", "█▀█", "▀▀▀"), "9": ("█▀█", "▀▀█", "▀▀▀"), "A": ("█▀█", "█▀█", "▀ ▀"),
    "B": ("█▀▄", "█▀▄", "▀▀ "), "C": ("█▀▀", "█  ", "▀▀▀"), "D": ("█▀▄", "█ █", "▀▀ "),
    "E": ("█▀▀", "█▀▀", "▀▀▀"), "F": ("█▀▀", "█▀▀", "▀  "), "G": ("█▀▀", "█ █", "▀▀▀"),
    "H": ("█ █", "█▀█", "▀ ▀"), "J": ("  █", "  █", "▀▀▀"), "K": ("█ █", "█▀▄", "▀ ▀"),
    "M": ("█▄█", "█ █", "▀ ▀"), "N": ("█▀█", "█ █", "▀ ▀"), "P": ("█▀█", "█▀▀", "▀  "),
    "Q": ("█▀█", "█ █", "▀▀█"), "R": ("█▀█", "█▀▄", "▀ ▀"), "S": ("█▀▀", "▀▀█", "▀▀▀"),
    "T": ("▀█▀", " █ ", " ▀ "), "U": ("█ █", "█ █", "▀▀▀"), "V": ("█ █", "█ █", " ▀ "),
    "W": ("█ █", "█ █", "▀▀▀"), "X": ("█ █", "▄▀▄", "▀ ▀"), "Y": ("█ █", "▀█▀", " ▀ "),
    "Z": ("▀▀█", "▄▀ ", "▀▀▀"), "-": ("   ", "▀▀▀", "   "),
}  # fmt: skip


def block_letters(code: str) -> list[str]:
    """Three lines of block letters for `code`; unknown characters are left as they are."""
    rows = ["", "", ""]
    for character in code.upper():
        glyph = GLYPHS.get(character, (character * 3, character * 3, character * 3))
        for row in range(3):
            rows[row] += glyph[row] + "  "
    return [row.rstrip() for row in rows]


class BigCode(Widget):
    """Shows a code large, with the plain code under it for copying by eye."""

    DEFAULT_CSS = """
    BigCode {
        width: auto; height: auto; padding: 1 4; margin: 1 1;
        border: heavy $focus-border; background: $surface; color: $text; text-style: bold;
    }
    """

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def render(self) -> Text:
        return Text("\n".join([*block_letters(self.code), "", self.code]))
