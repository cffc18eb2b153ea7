"""Count the syllables of an English word by its spelling.

No pronouncing dictionary is needed (nothing is downloaded): vowel groups are
counted, then silent e's and vowel pairs said as two sounds are allowed for. It is
right for most everyday words and errs towards too few, so a word called long
really is long.
"""

from __future__ import annotations

import re

SUFFIX_SILENT_E = re.compile(r"(?<=[^aeiouy])(?<![^aeiouy]l)e(?=(?:ments?|ly|ful|ness|less)$)")
COMPOUND_SILENT_E = re.compile(
    r"(?<=[^aeiouy])e(?=(?:one|thing|body|where|times?|guard\w*|holders?|work\w*|place\w*|ways?)$)"
)
TWO_SOUNDS = re.compile(
    r"ia(?!l|n)|ien(?=c)|[^cgst]io(?!n|u)|[^p]eo|ua(?!r|y)|uo|[^q]ui(?![rlt])|iu|ie(?=t)"
    r"|[aeiou]ing|ya|yo|ye|[^ao]e[aoi]r|ea$|eas$"
)
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllable_count(word: str) -> int:
    """About how many syllables `word` has when said aloud (at least 1)."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 0
    if len(letters) <= 3:
        return 1
    letters = re.sub(r"^every", "evry", letters)
    letters = re.sub(r"^y", "", letters)  # a first 'y' is a consonant: "yes", "young"
    if len(letters) > 5:
        letters = SUFFIX_SILENT_E.sub("", letters)
    letters = COMPOUND_SILENT_E.sub("", letters)
    if not re.search(r"[^aeiouy]le[sd]?$", letters):
        letters = re.sub(r"(?<=[^aeiouy])e$", "", letters)
    letters = re.sub(r"(?<=[^aeiouytd])ed$", "d", letters)
    letters = re.sub(r"(?<=[^aeiouysxzgc])es$", "s", letters)
    count = len(VOWEL_GROUP.findall(letters)) + len(TWO_SOUNDS.findall(letters))
    return max(1, count)
