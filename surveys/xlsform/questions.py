"""One XLSForm question as one Say So question, noting whatever does not carry over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from surveys.model import OPTION_TEXT_LIMIT, QUESTION_TEXT_LIMIT, Text
from surveys.xlsform.languages import Languages
from surveys.xlsform.notes import Notes
from surveys.xlsform.ranges import rating_from_integer, rating_from_range
from surveys.xlsform.reading import XLSForm
from surveys.xlsform.types import (
    AS_TYPED_WORDS,
    LEFT_OUT,
    METADATA,
    MULTIPLE,
    SINGLE,
    UNUSED_BINDS,
    canonical_type,
)

REFERENCE = re.compile(r"\$\{[^}]+\}")
MAX_OPTIONS = 9
TRUE_WORDS = {"yes", "true", "true()", "1"}


def identifier(name: str) -> str:
    """An XLSForm name as a Say So id: letters, digits, _ and -, up to 40 long."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)[:40] or "_"


@dataclass
class Context:
    """Where a question stands: the labels of the groups around it, and their show-ifs."""

    groups: list[Any] = field(default_factory=list)
    show_if: list[dict[str, Any]] = field(default_factory=list)


class QuestionMaker:
    """Makes Say So questions (as plain data for the survey file) from pyxform's elements."""

    def __init__(self, read: XLSForm, languages: Languages, notes: Notes) -> None:
        self.read = read
        self.languages = languages
        self.notes = notes

    def make(self, element: dict[str, Any], context: Context) -> dict[str, Any] | None:
        """The question for `element`, or None when Say So leaves it out (and says why)."""
        kind = canonical_type(str(element.get("type", "")))
        row = self.read.row(str(element.get("name", "")))
        if kind in METADATA or kind in LEFT_OUT:
            self.notes.add(row, f"'{kind}': {METADATA.get(kind) or LEFT_OUT[kind]}")
            return None
        question = self._base(element, row, context)
        answer = self._answer(kind, element, row)
        if answer is None:
            return None
        question = {"id": question.pop("id"), "type": answer.pop("type"), **question, **answer}
        used = {"constraint"} if kind == "integer" and question["type"] == "rating" else set()
        self._note_unused(element, row, used)
        return question

    def _answer(self, kind: str, element: dict[str, Any], row: int | None) -> dict[str, Any] | None:
        if kind in SINGLE | MULTIPLE:
            return self._choices(kind, element, row)
        if kind == "text":
            return {"type": "free_text"}
        if kind == "note":
            return {"type": "information"}
        if kind == "integer":
            return rating_from_integer(element, row, self.notes)
        if kind == "range":
            return rating_from_range(element, row, self.notes)
        if kind in AS_TYPED_WORDS:
            self.notes.add(row, f"'{kind}': Say So asks for {AS_TYPED_WORDS[kind]} as typed words.")
            return {"type": "free_text", "max_length": 40}
        self.notes.add(row, f"'{kind}' is a question type Say So does not have, so it is left out.")
        return None

    def _base(self, element: dict[str, Any], row: int | None, context: Context) -> dict[str, Any]:
        name = str(element.get("name", ""))
        question: dict[str, Any] = {"id": identifier(name)}
        if question["id"] != name:
            self.notes.add(row, f"the name '{name}' is '{question['id']}' in Say So.")
        text = self._text(element.get("label"), "label", row)
        if text is None:
            words = name.replace("_", " ").strip() or "Question"
            self.notes.add(row, f"the question has no label, so its name '{words}' is shown.")
            text = self.languages.same(words)
        hint = self._text(element.get("hint"), "hint", row)
        long_text = self._joined([*context.groups, hint])
        question["text"], long_text = self._fitted(text, long_text, QUESTION_TEXT_LIMIT, row)
        if long_text is not None:
            question["long_text"] = long_text
        picture = self._picture(element.get("media"), row)
        if picture:
            question["picture"] = picture
        bind = element.get("bind", {}) or {}
        if str(bind.get("required", "")).strip().lower() in TRUE_WORDS:
            question["required"] = True
        if context.show_if:
            question["show_if"] = list(context.show_if)
        return question

    def _text(self, value: Any, what: str, row: int | None) -> Text | None:
        text = self.languages.text(value, what, row, self.notes)
        words = [text] if isinstance(text, str) else list((text or {}).values())
        if any(REFERENCE.search(w) for w in words):
            self.notes.add(
                row,
                f"the {what} shows an earlier answer with ${{...}}; "
                "Say So shows those words as they are written.",
            )
        return text

    def _joined(self, parts: list[Text | None]) -> Text | None:
        """Texts one after another, line by line, in every language."""
        given = [p for p in parts if p]
        if not given:
            return None
        if all(isinstance(p, str) for p in given):
            return "\n".join(str(p) for p in given)
        codes = self.languages.all
        return {
            c: "\n".join(p if isinstance(p, str) else p.get(c, "") for p in given) for c in codes
        }

    def _fitted(
        self, text: Text, long_text: Text | None, limit: int, row: int | None, sheet: str = "survey"
    ) -> tuple[Text, Text | None]:
        """Words over `limit` letters are shortened, and said in full as more words."""
        texts = {"": text} if isinstance(text, str) else dict(text)
        if all(len(words) <= limit for words in texts.values()):
            return text, long_text
        self.notes.add(
            row,
            f"the label is over {limit} letters, so it is shortened; "
            "the whole label is shown under it.",
            sheet,
        )
        short = {code: _shortened(words, limit) for code, words in texts.items()}
        return (short[""] if isinstance(text, str) else short), self._joined([text, long_text])

    def _picture(self, media: Any, row: int | None, sheet: str = "survey") -> str | None:
        if not isinstance(media, dict):
            return None
        if media.get("audio"):
            self.notes.add(
                row, "the audio file is not played: Say So reads the words aloud instead.", sheet
            )
        for other in ("video", "big-image"):
            if media.get(other):
                self.notes.add(
                    row, f"the {other} file is not shown: Say So shows one picture.", sheet
                )
        image = media.get("image")
        if isinstance(image, dict):
            by_code = {self.languages.codes.get(name, name): path for name, path in image.items()}
            image = by_code.get(self.languages.main) or next(iter(image.values()), None)
            if len(set(by_code.values())) > 1:
                self.notes.add(row, "each language has its own picture; Say So shows one.", sheet)
        if image:
            self.notes.add(
                row, f"put the picture '{image}' in the same folder as the survey file.", sheet
            )
        return str(image) if image else None

    def _choices(
        self, kind: str, element: dict[str, Any], row: int | None
    ) -> dict[str, Any] | None:
        list_name = str(element.get("list_name") or element.get("itemset") or "")
        options = self._different(
            [self._option(list_name, choice) for choice in element.get("choices", []) or []],
            list_name,
        )
        if element.get("choice_filter"):
            self.notes.add(row, "the choice filter is not used: every choice is shown.")
        if not 2 <= len(options) <= MAX_OPTIONS:
            self.notes.add(
                row,
                f"the list '{list_name}' has {len(options)} choices; Say So shows "
                f"2 to {MAX_OPTIONS} buttons, so this is asked as typed words.",
            )
            return {"type": "free_text"}
        return {
            "type": "single_choice" if kind in SINGLE else "multiple_choice",
            "options": options,
        }

    def _different(self, options: list[dict[str, Any]], list_name: str) -> list[dict[str, Any]]:
        """Each choice name once: a second with the same name (for a choice filter) is noted."""
        kept: dict[str, dict[str, Any]] = {}
        for option in options:
            if option["id"] in kept:
                row = self.read.choice_rows.get((list_name, option["id"]))
                self.notes.add(
                    row,
                    f"the list '{list_name}' has '{option['id']}' more than once; "
                    "Say So shows the first one.",
                    "choices",
                )
            kept.setdefault(option["id"], option)
        return list(kept.values())

    def _option(self, list_name: str, choice: dict[str, Any]) -> dict[str, Any]:
        name = str(choice.get("name", ""))
        row = self.read.choice_rows.get((list_name, name))
        option: dict[str, Any] = {"id": identifier(name)}
        label = self.languages.text(choice.get("label"), "label", row, self.notes, "choices")
        if label is None:
            self.notes.add(
                row, f"the choice has no label, so its name '{name}' is shown.", "choices"
            )
            label = self.languages.same(name)
        option["text"], long_text = self._fitted(label, None, OPTION_TEXT_LIMIT, row, "choices")
        if long_text is not None:
            option["long_text"] = long_text
        picture = self._picture(choice.get("media"), row, "choices")
        if picture:
            option["picture"] = picture
        return option

    def _note_unused(self, element: dict[str, Any], row: int | None, used: set[str]) -> None:
        bind = element.get("bind") or {}
        for key, what in UNUSED_BINDS.items():
            if bind.get(key) and key not in used:
                self.notes.add(row, f"{what}.")
        if element.get("default"):
            self.notes.add(row, "the default answer is not filled in: participants choose.")
        if (element.get("control") or {}).get("appearance"):
            self.notes.add(row, "the appearance is not used: Say So has its own big buttons.")


def _shortened(words: str, limit: int) -> str:
    if len(words) <= limit:
        return words
    cut = words[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…"
