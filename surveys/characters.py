"""Which characters survey text may hold: no control characters, and never only blanks.

A control character (such as ESC, BEL or a C1 code) can retitle the window, erase lines or
recolour a terminal, so survey text never holds one; a line break is the only exception.
A text of nothing but spaces or invisible characters (such as a zero-width space) would
show an empty screen, so it counts as blank. Pure: no YAML, no pydantic.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

LINE_BREAK = "\n"
TEXT_FILE_BREAKS = "\t\n\r"
"""What a Markdown or plain text file may hold besides printable characters."""

_NAMES = {
    "\x00": "null",
    "\x07": "bell",
    "\x08": "backspace",
    "\t": "tab",
    "\r": "carriage return",
    "\x1b": "escape",
    "\x7f": "delete",
    "\x85": "next line",
    "\x9b": "control sequence introducer",
}
_BLANK_LETTERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")
"""Characters that are letters to Unicode but show as nothing (Hangul fillers, blank Braille)."""


def is_control(character: str) -> bool:
    """Whether `character` is a C0 or C1 control character (or DEL)."""
    code = ord(character)
    return code < 0x20 or 0x7F <= code <= 0x9F


def control_characters(text: str, allowed: str = LINE_BREAK) -> Iterator[tuple[int, str]]:
    """The offset and character of each control character in `text` not in `allowed`."""
    for offset, character in enumerate(text):
        if is_control(character) and character not in allowed:
            yield offset, character


def is_half_character(character: str) -> bool:
    """Whether `character` is a lone surrogate: half of a pair, which no screen can show."""
    return "\ud800" <= character <= "\udfff"


def describe(character: str) -> str:
    """A control character as a person can look it up, e.g. 'U+001B (escape)'."""
    code = f"U+{ord(character):04X}"
    name = _NAMES.get(character)
    return f"{code} ({name})" if name else code


def is_blank(text: str) -> bool:
    """Whether `text` would show nothing: only spaces, line breaks or invisible characters."""
    return all(_invisible(character) for character in text)


def _invisible(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] in ("Z", "C") or character.isspace() or character in _BLANK_LETTERS


def shown_safely(text: str, keep: str = LINE_BREAK) -> str:
    """`text` with each control character not in `keep` drawn as a harmless symbol."""
    return "".join(_symbol(c) if is_control(c) and c not in keep else c for c in text)


def _symbol(character: str) -> str:
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode picture of it, such as ␛ for escape
    return "\u2421" if code == 0x7F else "\ufffd"
