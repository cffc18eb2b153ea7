"""Passive voice: a form of "be" followed by a past participle ("is decided", "was given").

Easy read says who does things: "We will read your answers", not "Your answers
will be read". Feelings that look like participles ("I am worried") are not passive.
"""

from __future__ import annotations

from collections.abc import Iterator

from accessibility.easyread.findings import Hit
from accessibility.easyread.sentences import Sentence, Word
from accessibility.easyread.wordlists import word_lists

BE_VERBS = {"am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't"}
BE_VERBS |= {"weren't", "it's", "that's", "they're", "we're", "you're", "he's", "she's"}
IN_BETWEEN = {"not", "never", "also", "always", "often", "usually", "then", "now", "being"}


def passive_voice(sentence: Sentence) -> Iterator[Hit]:
    """Each be-verb followed (perhaps after 'not' or 'always') by a past participle."""
    words = sentence.words
    after_last = 0
    for index, word in enumerate(words):
        if index < after_last or word.text.lower().replace("’", "'") not in BE_VERBS:
            continue
        participle = _participle_after(words, index + 1)
        if participle is None:
            continue
        after_last = words.index(participle) + 1
        phrase = sentence.text[word.start - sentence.start : participle.start - sentence.start]
        phrase = " ".join([*phrase.split(), participle.text])
        yield Hit(
            "passive-voice",
            word.start,
            sentence.display,
            f"'{phrase}' is passive: it does not say who does it.",
            "Say who does it first, like 'We will read your answers' "
            "instead of 'Your answers will be read'.",
        )


def _participle_after(words: list[Word], index: int) -> Word | None:
    while index < len(words) and words[index].text.lower() in IN_BETWEEN:
        index += 1
    if index >= len(words):
        return None
    word = words[index]
    return word if is_past_participle(word.text) else None


def is_past_participle(word: str) -> bool:
    """Whether `word` looks like a past participle ("decided", "given"), feelings aside."""
    lower = word.lower()
    lists = word_lists()
    if lower in lists.not_passive or not lower.isalpha():
        return False
    if lower in lists.irregular_participles:
        return True
    return len(lower) >= 5 and lower.endswith("ed") and not lower.endswith("eed")
