"""SEND jargon and acronyms, each with a plain alternative, and finding them in text.

The list ships as `jargon.yaml` beside this module; organisers can add their own
file in the same format. An entry is explained, and so not reported, when the same
text spells it out ("Education, Health and Care Plan (EHCP)"), puts an explanation
in brackets straight after it ("EHCP (a plan for your support)"), or says what it
means ("provision means the help you get").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from accessibility.easyread.errors import EasyReadError
from surveys.errors import SurveyError
from surveys.sources import read_text_file

EXPLAINED_AFTER = r"\s*(?:\(|[-–—:]\s|,?\s*(?:which|that)\s+means\b|\s+means\b)"


@dataclass(frozen=True)
class JargonEntry:
    """One acronym or jargon phrase, the plain words to use, and what an acronym stands for."""

    term: str
    plain: str
    stands_for: str | None = None
    also: tuple[str, ...] = ()

    @property
    def is_acronym(self) -> bool:
        """Acronyms ("EHCP", "SENDCo") are matched with their capitals; phrases in any case."""
        return " " not in self.term and sum(ch.isupper() for ch in self.term) >= 2

    @property
    def pattern(self) -> re.Pattern[str]:
        """A pattern for every spelling of the entry, as a whole word, plural or not."""
        return _pattern((self.term, *self.also), self.is_acronym)


@cache
def _pattern(forms: tuple[str, ...], exact_case: bool) -> re.Pattern[str]:
    spelled = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
    flags = 0 if exact_case else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{spelled})(?:s|es|'s|’s)?(?![\w-])", flags)


@dataclass(frozen=True)
class JargonList:
    """The entries to look for, by term."""

    entries: tuple[JargonEntry, ...]

    def extended(self, other: JargonList) -> JargonList:
        """This list with `other`'s entries added; an entry with the same term replaces ours."""
        theirs = {e.term.lower() for e in other.entries}
        kept = tuple(e for e in self.entries if e.term.lower() not in theirs)
        return JargonList(kept + other.entries)


def unexplained_use(text: str, entry: JargonEntry) -> re.Match[str] | None:
    """The first use of `entry` in `text` when the text never explains it; else None."""
    uses = list(entry.pattern.finditer(text))
    if not uses or _is_explained(text, entry, uses):
        return None
    return uses[0]


def _is_explained(text: str, entry: JargonEntry, uses: list[re.Match[str]]) -> bool:
    for use in uses:
        if re.match(EXPLAINED_AFTER, text[use.end() :]):
            return True
        before, after = text[: use.start()].rstrip(), text[use.end() :].lstrip()
        if before.endswith("(") and after.startswith(")") and before[:-1].strip():
            return True
    if entry.stands_for:
        return _words_only(entry.stands_for) in _words_only(text)
    return False


def _words_only(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def builtin_jargon() -> JargonList:
    """The SEND jargon list that comes with Say So."""
    source = (resources.files("accessibility.easyread") / "jargon.yaml").read_text("utf-8")
    return parse_jargon(source, "the built-in jargon list")


def load_jargon(path: Path | str) -> JargonList:
    """An organiser's jargon file, in the same format as the built-in list."""
    try:
        source = read_text_file(Path(path))
    except SurveyError as error:
        raise EasyReadError(
            f"The jargon file {path} cannot be read: {error.problems[0].message}",
            "Jargon file not read",
        ) from None
    return parse_jargon(source, str(path))


def parse_jargon(source: str, name: str) -> JargonList:
    """Jargon entries from YAML: a list of `term`, `plain`, and optional `stands_for`, `also`."""
    try:
        data = YAML(typ="safe").load(source)
    except YAMLError:
        raise _bad_jargon(name, "it is not valid YAML. Check the indenting.") from None
    if not isinstance(data, list):
        raise _bad_jargon(name, "it should be a list, one entry starting with '- term:'.")
    return JargonList(tuple(_entry(item, name, number) for number, item in enumerate(data, 1)))


def _entry(item: Any, name: str, number: int) -> JargonEntry:
    if not isinstance(item, dict) or not isinstance(item.get("term"), str):
        raise _bad_jargon(name, f"entry {number} needs a 'term'.")
    if not isinstance(item.get("plain"), str) or not item["plain"].strip():
        raise _bad_jargon(name, f"entry {number} ('{item['term']}') needs 'plain' words to use.")
    unknown = set(item) - {"term", "plain", "stands_for", "also"}
    if unknown:
        raise _bad_jargon(
            name, f"entry {number} has unknown settings: {', '.join(sorted(unknown))}."
        )
    also = item.get("also") or []
    if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
        raise _bad_jargon(
            name, f"entry {number} ('{item['term']}'): 'also' should be a list of words."
        )
    stands_for = item.get("stands_for")
    if stands_for is not None and not isinstance(stands_for, str):
        raise _bad_jargon(name, f"entry {number} ('{item['term']}'): 'stands_for' should be words.")
    return JargonEntry(item["term"].strip(), item["plain"].strip(), stands_for, tuple(also))


def _bad_jargon(name: str, problem: str) -> EasyReadError:
    return EasyReadError(f"The jargon list in {name} cannot be used: {problem}", "Jargon list")
