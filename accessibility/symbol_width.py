"""Symbols every terminal draws at the same width, so button borders stay straight.

An emoji built from several code points (a ZWJ sequence such as 🧑‍🏫, a flag, a skin tone,
an emoji-style variation selector as in ✏️, a keycap) is drawn one, two or four cells wide
depending on the terminal and its font, while the kiosk lays out the screen with one answer.
The cell after it then shifts, and the button's right border breaks. A symbol of one code
point has one width everywhere: two cells for the wide (W/F) ones, otherwise one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

JOINERS = {
    "\u200d": "it is several emoji joined into one by a hidden character",
    "\ufe0f": "it has a hidden second character that asks for emoji style",
}

SINGLE_SYMBOLS: dict[str, str] = {
    "🧑\u200d🏫": "🧑",
    "🧑\u200d🍼": "👪",
    "🧑\u200d🦽": "♿",
    "🧑\u200d🤝\u200d🧑": "👫",
    "🧑\u200d💼": "👔",
    "✏️": "📝",
    "✍️": "📝",
    "🍽️": "🍴",
    "🗣️": "💬",
    "✉️": "📧",
}
"""Single-code-point symbols of the same meaning, for the sequences people use most."""


def symbol_problem(symbol: str) -> str | None:
    """Why terminals may draw `symbol` at different widths, in plain words; None if they won't."""
    for character in unicodedata.normalize("NFC", symbol):
        code = ord(character)
        if character in JOINERS:
            return JOINERS[character]
        if 0x1F1E6 <= code <= 0x1F1FF:
            return "it is a flag, built from two letter symbols"
        if 0x1F3FB <= code <= 0x1F3FF:
            return "it has a skin tone, which is a second character"
        if unicodedata.category(character) in ("Mn", "Me", "Cf"):
            return "it has a character that changes the one before it"
    return None


def steady_symbol(symbol: str) -> str:
    """`symbol` if every terminal draws it alike; else a symbol of one character like it."""
    symbol = unicodedata.normalize("NFC", symbol)
    if symbol_problem(symbol) is None:
        return symbol
    if symbol in SINGLE_SYMBOLS:
        return SINGLE_SYMBOLS[symbol]
    if 0x1F1E6 <= ord(symbol[0]) <= 0x1F1FF:
        return "🚩"
    first = symbol.split("\u200d", 1)[0]
    return "".join(c for c in first if symbol_problem(c) is None) or "•"


def symbols_in(text: str) -> Iterator[tuple[int, str]]:
    """Each symbol in running text, with its offset: a picture character and what joins it.

    A symbol here is what a person sees as one picture: an emoji and the characters that
    change it (a joiner and the next emoji, a skin tone, a style selector, a keycap), or two
    letter symbols that make a flag.
    """
    start: int | None = None
    for index, character in enumerate(text):
        if start is not None and _joins(text, start, index):
            continue
        if start is not None:
            yield start, text[start:index]
            start = None
        if unicodedata.category(character) == "So":
            start = index
        elif _changes_the_one_before(character) and index and text[index - 1] in KEYCAP_BASES:
            start = index - 1
    if start is not None:
        yield start, text[start:]


KEYCAP_BASES = frozenset("0123456789#*")
"""Characters that a style selector and a keycap turn into an emoji (1️⃣)."""


def _changes_the_one_before(character: str) -> bool:
    code = ord(character)
    return (
        character in JOINERS
        or 0x1F3FB <= code <= 0x1F3FF
        or unicodedata.category(character) in ("Mn", "Me", "Cf")
    )


def _joins(text: str, start: int, index: int) -> bool:
    """Whether `text[index]` belongs to the symbol that began at `start`."""
    if _changes_the_one_before(text[index]) or text[index - 1] == "\u200d":
        return True
    return index - start == 1 and _is_flag_letter(text[start]) and _is_flag_letter(text[index])


def _is_flag_letter(character: str) -> bool:
    return 0x1F1E6 <= ord(character) <= 0x1F1FF


def steady_text(text: str) -> str:
    """`text` with each symbol that terminals draw at different widths made steady."""
    parts: list[str] = []
    end = 0
    for start, symbol in symbols_in(text):
        if symbol_problem(symbol) is not None:
            parts += [text[end:start], steady_symbol(symbol)]
            end = start + len(symbol)
    return "".join(parts) + text[end:] if parts else text


def symbol_cells(symbol: str) -> int:
    """How many cells a steady symbol takes: two for wide characters, otherwise one each."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in symbol)


def suggestion(symbol: str) -> str:
    """What to use instead, for a survey author."""
    return (
        f"Use a symbol of one character, such as {steady_symbol(symbol)}, so every "
        "terminal draws it the same width and button borders stay straight."
    )
