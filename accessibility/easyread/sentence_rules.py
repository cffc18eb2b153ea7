"""Rules about one sentence: its length, one idea in it, and numbers written as digits."""

from __future__ import annotations

import re
from collections.abc import Iterator

from accessibility.easyread.findings import Hit
from accessibility.easyread.sentences import Sentence, Word
from accessibility.easyread.wordlists import word_lists

JOINING_WORDS = {"and", "or", "but"}
# "one" is very often not a number: "no one", "this one", "one of", "waiting for one".
NOT_NUMBER_BEFORE_ONE = {"no", "any", "every", "some", "this", "that", "which", "each", "the"}
NOT_NUMBER_AFTER_ONE = {"of", "another", "or", "and", "day", "by", "to", "who", "that"}


def sentence_length(sentence: Sentence, limit: int) -> Iterator[Hit]:
    """A sentence with more than `limit` words."""
    count = len(sentence.words)
    if count > limit:
        parts = -(-count // limit)
        yield Hit(
            "sentence-length",
            sentence.start,
            sentence.display,
            f"This sentence has {count} words. Easy read uses {limit} or fewer.",
            f"Try splitting it into {parts} shorter sentences.",
        )


def one_idea(sentence: Sentence) -> Iterator[Hit]:
    """A sentence that chains ideas: 2 or more joining words, or a joining word with a comma.

    Joining words and commas inside a name ("Education, Health and Care Plan") do not count.
    """
    words = sentence.words
    joins = [
        word.text.lower()
        for index, word in enumerate(words)
        if word.text.lower() in JOINING_WORDS and not _inside_name(words, index)
    ]
    commas = sum(
        _comma_after(sentence, word) and not _inside_name(words, index, gap=0)
        for index, word in enumerate(words)
    )
    if len(joins) >= 2 or (joins and commas):
        named = ", ".join(f"'{j}'" for j in dict.fromkeys(joins))
        why = f"joins ideas with {named}" + (" and commas" if commas else "")
        yield Hit(
            "one-idea",
            sentence.start,
            sentence.display,
            f"This sentence {why}. Easy read has one idea in each sentence.",
            "Try giving each idea its own short sentence, or make a list with 1 item on each line.",
        )


def _inside_name(words: list[Word], index: int, gap: int = 1) -> bool:
    """Whether the words either side of `index` (or of the comma after it) start with capitals."""
    before, after = index - gap, index + 1
    if before < 1 or after >= len(words):
        return False
    return words[before].text[0].isupper() and words[after].text[0].isupper()


def _comma_after(sentence: Sentence, word: Word) -> bool:
    end = word.start - sentence.start + len(word.text)
    return sentence.text[end : end + 2].startswith(",")


def number_words(sentence: Sentence) -> Iterator[Hit]:
    """Numbers written as words ("three") rather than digits ("3")."""
    words = sentence.words
    for index, word in enumerate(words):
        parts = word.text.lower().split("-")
        if not all(part in word_lists().number_words for part in parts):
            continue
        if parts == ["one"] and not _one_is_a_number(words, index):
            continue
        digits = _as_digits(parts)
        yield Hit(
            "number-words",
            word.start,
            sentence.display,
            f"'{word.text}' is a number written as a word. Numbers are easier to read as digits.",
            f"Write '{digits}' instead of '{word.text}'.",
        )


def _one_is_a_number(words: list[Word], index: int) -> bool:
    before = words[index - 1].text.lower() if index > 0 else ""
    if before in NOT_NUMBER_BEFORE_ONE or index + 1 == len(words):
        return False
    after = words[index + 1].text.lower()
    return after not in NOT_NUMBER_AFTER_ONE and not re.match(r"^[A-Z]", words[index + 1].text)


def _as_digits(parts: list[str]) -> str:
    values = [word_lists().number_words[part] for part in parts]
    if len(values) == 2 and values[1] < 10:
        return str(values[0] + values[1])
    return "-".join(str(value) for value in values)
