"""Long words: words of 4 or more syllables, unless everyone knows them."""

from __future__ import annotations

from collections.abc import Iterator

from accessibility.easyread.findings import Hit
from accessibility.easyread.sentences import Sentence
from accessibility.easyread.syllables import syllable_count
from accessibility.easyread.wordlists import word_lists


def long_words(sentence: Sentence, syllables: int) -> Iterator[Hit]:
    """Words of `syllables` or more syllables; names and acronyms are left alone."""
    for index, word in enumerate(sentence.words):
        if not _should_check(word.text, first=index == 0):
            continue
        count = max(syllable_count(part) for part in word.text.split("-"))
        if count < syllables:
            continue
        plainer = word_lists().plainer_words.get(word.text.lower())
        suggestion = f"Try '{plainer}'." if plainer else "Try a shorter, everyday word."
        yield Hit(
            "long-word",
            word.start,
            sentence.display,
            f"'{word.text}' is a long word ({count} syllables). Long words are hard to read.",
            suggestion,
        )


def _should_check(word: str, first: bool) -> bool:
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if word.lower() in word_lists().common_long_words or word.isupper():
        return False
    return first or not word[0].isupper()
