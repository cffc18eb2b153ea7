"""Sentences a listener needs: which key gives which answer, said in the kiosk's words."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.ui.words import word


def key_name(key: str, language: str) -> str:
    """How a key is said: "Space", "R", "1"."""
    return word("key_space", language) if key == "space" else key.upper()


def press_for(key: str, label: str, language: str) -> str:
    """ "Press 1 for Very sad." in `language`."""
    label = " ".join(label.split()).rstrip(".")
    return word("press_for", language).format(key=key_name(key, language), label=label)


def press_list(keyed: Iterable[tuple[str, str]], language: str) -> str:
    """One "Press ... for ..." sentence for each (key, words) pair, in order."""
    return " ".join(press_for(key, label, language) for key, label in keyed)


def said_letters(code: str) -> str:
    """A receipt code one character at a time, with a pause after each."""
    return ". ".join(character for character in code if character != "-")


def lines(*parts: str) -> str:
    """The parts that have words, one to a line (espeak-ng pauses at each)."""
    return "\n".join(part.strip() for part in parts if part and part.strip())
