"""Long words: words of 4 or more syllables, unless everyone knows them."""

from __future__ import annotations

from collections.abc import Iterator

from accessibility.easyread.findings import Hit
from accessibility.easyread.sentences import Sentence
from accessibility.easyread.syllables import syllable_count

# Long words that most children and adults know well, so they stay.
COMMON_LONG_WORDS = set(
    [
        "activity",
        "activities",
        "information",
        "everybody",
        "anybody",
        "television",
        "watermelon",
        "caterpillar",
        "helicopter",
    ]
)
# Shorter words to suggest for long words that often turn up in letters and surveys.
PLAINER_WORDS = {
    "accessible": "easy to use",
    "additional": "more, or extra",
    "alternative": "other",
    "appropriate": "right",
    "approximately": "about",
    "assistance": "help",
    "available": "there, or ready",
    "communicate": "talk, or tell",
    "communication": "talking, or how we tell you",
    "consideration": "thought",
    "difficulty": "problem",
    "difficulties": "problems",
    "environment": "place",
    "especially": "most of all",
    "experience": "what happened to you",
    "individual": "person",
    "necessary": "needed",
    "opportunity": "chance",
    "participate": "take part",
    "particularly": "most of all",
    "regarding": "about",
    "responsibility": "job",
    "unfortunately": "sadly",
}


def long_words(sentence: Sentence, syllables: int) -> Iterator[Hit]:
    """Words of `syllables` or more syllables; names and acronyms are left alone."""
    for index, word in enumerate(sentence.words):
        if not _should_check(word.text, first=index == 0):
            continue
        count = max(syllable_count(part) for part in word.text.split("-"))
        if count < syllables:
            continue
        plainer = PLAINER_WORDS.get(word.text.lower())
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
    if word.lower() in COMMON_LONG_WORDS or word.isupper():
        return False
    return first or not word[0].isupper()
