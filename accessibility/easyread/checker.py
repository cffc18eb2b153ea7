"""Check one piece of text against every easy-read rule that fits its language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from accessibility.easyread.findings import RULES, Hit
from accessibility.easyread.jargon import JargonEntry, JargonList, unexplained_use
from accessibility.easyread.long_words import long_words
from accessibility.easyread.passive import passive_voice
from accessibility.easyread.reading_age import reading_age
from accessibility.easyread.sentence_rules import number_words, one_idea, sentence_length
from accessibility.easyread.sentences import Sentence, paragraphs, sentences
from accessibility.easyread.settings import LintSettings
from accessibility.symbol_width import suggestion, symbol_problem, symbols_in


def is_english(language: str) -> bool:
    """Whether a language code ("en", "en-GB", "en_GB") is English."""
    return re.split(r"[-_]", language.lower())[0] == "en"


def check_text(
    text: str, settings: LintSettings, language: str = "en", breaks: Iterable[int] = ()
) -> list[Hit]:
    """Every easy-read problem in `text`, in order; English-only rules run only on English."""
    breaks = tuple(breaks)
    english = is_english(language)
    found = list(sentences(text, breaks))
    hits: list[Hit] = []
    for sentence in found:
        hits.extend(_sentence_hits(sentence, settings, english))
    jargon = jargon_hits(text, found, settings.jargon, english)
    jargon_starts = {hit.offset for hit in jargon}
    hits = [hit for hit in hits if not (hit.rule == "long-word" and hit.offset in jargon_starts)]
    hits.extend(jargon)
    hits.extend(unsteady_symbols(text))
    if english:
        for paragraph in paragraphs(text, breaks):
            hits.extend(reading_age(paragraph, settings))
    return sorted(hits, key=lambda hit: (hit.offset, list(RULES).index(hit.rule)))


def _sentence_hits(sentence: Sentence, settings: LintSettings, english: bool) -> Iterator[Hit]:
    yield from sentence_length(sentence, settings.max_sentence_words)
    if english:
        yield from one_idea(sentence)
        yield from passive_voice(sentence)
        yield from long_words(sentence, settings.long_word_syllables)
        yield from number_words(sentence)


def unsteady_symbols(text: str) -> Iterator[Hit]:
    """Symbols in the words that terminals draw at different widths (joined emoji, flags)."""
    for offset, symbol in symbols_in(text):
        problem = symbol_problem(symbol)
        if problem is not None:
            yield Hit(
                "symbol-width",
                offset,
                symbol,
                f"The symbol {symbol} may push the words and lines after it out of place: "
                f"{problem}.",
                suggestion(symbol),
            )


def jargon_hits(
    text: str, found: list[Sentence], jargon: JargonList, english: bool = True
) -> list[Hit]:
    """The first use of each acronym or jargon phrase that `text` never explains.

    Acronyms are looked for in every language; jargon phrases only in English.
    A term inside a longer one ("SEN" in "SEN support") is reported once, as the longer one.
    """
    uses = []
    for entry in jargon.entries:
        if not (english or entry.is_acronym):
            continue
        use = unexplained_use(text, entry)
        if use is not None:
            uses.append((use, entry))
    hits = []
    for use, entry in uses:
        if any(_inside(use, other) for other, _ in uses if other is not use):
            continue
        hits.append(_jargon_hit(use, entry, _sentence_at(found, use.start())))
    return hits


def _inside(use: re.Match[str], other: re.Match[str]) -> bool:
    return (
        other.start() <= use.start() and use.end() <= other.end() and other.group() != use.group()
    )


def _sentence_at(found: list[Sentence], offset: int) -> str:
    for sentence in reversed(found):
        if sentence.start <= offset:
            return sentence.display
    return ""


def _jargon_hit(use: re.Match[str], entry: JargonEntry, sentence: str) -> Hit:
    term = use.group()
    kind = "an acronym" if entry.is_acronym else "jargon"
    return Hit(
        "jargon",
        use.start(),
        sentence,
        f"'{term}' is {kind}. Many people do not know what it means.",
        f"Say '{entry.plain}' instead, or explain it the first time, like "
        f"'{term} ({entry.plain})'.",
    )
