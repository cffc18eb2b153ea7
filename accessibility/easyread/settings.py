"""The limits the easy-read checker uses, with the defaults it ships with."""

from __future__ import annotations

from dataclasses import dataclass, field

from accessibility.easyread.jargon import JargonList, builtin_jargon

MAX_SENTENCE_WORDS = 15
MAX_OPTION_WORDS = 5
LONG_WORD_SYLLABLES = 4
READING_AGE_TARGET = 9
READING_AGE_MIN_WORDS = 30


@dataclass(frozen=True)
class LintSettings:
    """What counts as easy read: sentence and option lengths, long words, reading age, jargon."""

    max_sentence_words: int = MAX_SENTENCE_WORDS
    max_option_words: int = MAX_OPTION_WORDS
    long_word_syllables: int = LONG_WORD_SYLLABLES
    reading_age_target: int = READING_AGE_TARGET
    reading_age_min_words: int = READING_AGE_MIN_WORDS
    jargon: JargonList = field(default_factory=builtin_jargon)
