"""The word lists behind the rules, read once from `words.yaml` beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from ruamel.yaml import YAML


@dataclass(frozen=True)
class WordLists:
    """Participles, feelings, everyday long words, plainer words and number words."""

    irregular_participles: frozenset[str]
    not_passive: frozenset[str]
    common_long_words: frozenset[str]
    plainer_words: dict[str, str]
    number_words: dict[str, int]


@cache
def word_lists() -> WordLists:
    """The word lists that come with Say So."""
    source = (resources.files("accessibility.easyread") / "words.yaml").read_text("utf-8")
    data = YAML(typ="safe").load(source)
    return WordLists(
        irregular_participles=frozenset(data["irregular_participles"]),
        not_passive=frozenset(data["not_passive"]),
        common_long_words=frozenset(data["common_long_words"]),
        plainer_words={str(k): str(v) for k, v in data["plainer_words"].items()},
        number_words={str(k): int(v) for k, v in data["number_words"].items()},
    )
