"""XLSForm languages ("Welsh (cy)") as Say So language codes, and texts in every language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from surveys.model import Text
from surveys.xlsform.notes import Notes

CODE_IN_NAME = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*\)\s*$")
DEFAULT = "default"
"""pyxform's name for the columns that have no language, such as plain `label`."""
TEXT_KEYS = ("label", "hint")
HEADER_ROW = 1
"""The row of column names, where a sheet says its languages (`label::Welsh (cy)`)."""
CODES_BY_NAME = {
    "english": "en", "welsh": "cy", "cymraeg": "cy", "french": "fr", "francais": "fr",
    "spanish": "es", "espanol": "es", "portuguese": "pt", "german": "de", "italian": "it",
    "polish": "pl", "romanian": "ro", "ukrainian": "uk", "russian": "ru", "arabic": "ar",
    "urdu": "ur", "punjabi": "pa", "bengali": "bn", "hindi": "hi", "gujarati": "gu",
    "somali": "so", "turkish": "tr", "chinese": "zh", "mandarin": "zh", "swahili": "sw",
    "irish": "ga", "gaelic": "gd", "dutch": "nl", "farsi": "fa", "persian": "fa",
}  # fmt: skip
"""Language names that XLSForms often use without a code in brackets."""


def language_code(name: str) -> str | None:
    """The code in a name like "Welsh (cy)", or None when it has none."""
    found = CODE_IN_NAME.search(name)
    return found.group(1).lower() if found else None


class Languages:
    """The survey's languages: the main one first, each XLSForm name mapped to a code."""

    def __init__(self, form: dict[str, Any], notes: Notes) -> None:
        names = list(dict.fromkeys(_language_names(form.get("children", []))))
        default = str(form.get("default_language") or DEFAULT)
        self.codes: dict[str, str] = {}
        for name in [default, *names]:
            if name != DEFAULT and name not in self.codes:
                self.codes[name] = self._code(name, notes)
        if default == DEFAULT:
            main = next(iter(self.codes.values()), "en")
            if not self.codes:
                notes.add(
                    None,
                    "no language is named, so the survey is in English (en). "
                    "Set default_language, like 'English (en)', to change it.",
                    "settings",
                )
        else:
            main = self.codes[default]
        self.main = main
        self.codes[DEFAULT] = main
        self.all = list(dict.fromkeys([main, *self.codes.values()]))

    @staticmethod
    def _code(name: str, notes: Notes) -> str:
        code = language_code(name)
        if code is not None:
            return code
        letters = re.sub(r"[^a-z]", "", name.lower())
        code = CODES_BY_NAME.get(letters) or letters[:8] or "xx"
        notes.add(
            HEADER_ROW,
            f"the language '{name}' in the column names has no code in brackets, like "
            f"'{name.title()} ({code})'; Say So calls it '{code}'.",
            "survey",
        )
        return code

    def same(self, words: str) -> Text:
        """The same words in every language (for a text the spreadsheet gives only once)."""
        return words if len(self.all) == 1 else dict.fromkeys(self.all, words)

    def text(
        self, value: Any, what: str, row: int | None, notes: Notes, sheet: str = "survey"
    ) -> Text | None:
        """`value` (words, or words by XLSForm language) as Say So text in every language."""
        if value is None or value == "" or value == {}:
            return None
        if not isinstance(value, dict):
            value = {DEFAULT: str(value)}
        words = {self.codes.get(k, k): str(v).strip() for k, v in value.items() if str(v).strip()}
        if not words:
            return None
        if len(self.all) == 1:
            return words.get(self.main) or next(iter(words.values()))
        shown = self.main if self.main in words else next(iter(words))
        fallback = words[shown]
        missing = [code for code in self.all if code not in words]
        if missing:
            notes.add(
                row,
                f"the {what} has no words in {', '.join(missing)}; "
                f"the {shown} words are shown instead.",
                sheet,
            )
        return {code: words.get(code, fallback) for code in self.all}


def _language_names(children: list[dict[str, Any]]) -> Iterator[str]:
    for child in children:
        for key in TEXT_KEYS:
            if isinstance(child.get(key), dict):
                yield from child[key]
        for choice in child.get("choices", []) or []:
            if isinstance(choice.get("label"), dict):
                yield from choice["label"]
        yield from _language_names(child.get("children", []) or [])
