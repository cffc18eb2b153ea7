"""Cut text into paragraphs, sentences and words, keeping where each one starts.

Offsets are character positions in the original text, so a finding can always be
turned back into a line and column. A sentence ends at '.', '!' or '?' followed by
a space or the end; a blank line, or a line that starts a list item, also ends one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)])[ \t]+")
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")
ABBREVIATIONS = {"e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "vs."}
TOKEN = re.compile(r"\S+")
EDGE_PUNCTUATION = "\"'“”‘’()[]{}<>.,;:!?*_`…"


@dataclass(frozen=True)
class Word:
    """One word, without the punctuation around it, and where it starts."""

    text: str
    start: int


@dataclass(frozen=True)
class Sentence:
    """One sentence and where it starts in the text."""

    text: str
    start: int

    @property
    def display(self) -> str:
        """The sentence on one line, as a person would read it."""
        return " ".join(self.text.split())

    @property
    def words(self) -> list[Word]:
        """The words of the sentence (numbers count as words; emoji and dashes do not)."""
        return words_in(self.text, self.start)


def words_in(text: str, base: int = 0) -> list[Word]:
    """The words in `text`, with offsets counted from `base`."""
    found = []
    for match in TOKEN.finditer(text):
        token = match.group()
        stripped = token.strip(EDGE_PUNCTUATION)
        if any(ch.isalnum() for ch in stripped):
            start = base + match.start() + token.index(stripped[0])
            found.append(Word(stripped, start))
    return found


def paragraphs(text: str, breaks: Iterable[int] = ()) -> list[Sentence]:
    """The paragraphs of `text`: runs of lines with no blank line or list item between them.

    `breaks` are offsets of lines (such as headings) that must stand alone as a paragraph end.
    """
    forced = set(breaks)
    spans: list[tuple[int, int]] = []
    start: int | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        line_end = offset + len(line)
        blank = not line.strip()
        if start is not None and (blank or LIST_ITEM.match(line) or offset in forced):
            spans.append((start, offset))
            start = None
        if not blank and start is None:
            start = offset
        if start is not None and any(offset <= b < line_end for b in forced):
            spans.append((start, line_end))
            start = None
        offset = line_end
    if start is not None:
        spans.append((start, len(text)))
    blocks = [_trimmed(Sentence(text[a:b], a)) for a, b in spans]
    return [block for block in blocks if block.text]


def sentences(text: str, breaks: Iterable[int] = ()) -> list[Sentence]:
    """The sentences of `text`, each with its start offset."""
    found: list[Sentence] = []
    for block in paragraphs(text, breaks):
        found.extend(_sentences_in_block(block))
    return found


def _sentences_in_block(block: Sentence) -> list[Sentence]:
    found: list[Sentence] = []
    start = 0
    for match in SENTENCE_END.finditer(block.text):
        if _is_abbreviation(block.text, match.start()):
            continue
        found.append(Sentence(block.text[start : match.end()], block.start + start))
        start = match.end()
    found.append(Sentence(block.text[start:], block.start + start))
    return [_trimmed(s) for s in found if words_in(s.text)]


def _is_abbreviation(text: str, dot: int) -> bool:
    begin = text.rfind(" ", 0, dot) + 1
    return text[begin : dot + 1].lower().lstrip("(") in ABBREVIATIONS


def _trimmed(sentence: Sentence) -> Sentence:
    """The sentence without a list marker or blanks around it."""
    text = sentence.text
    marker = LIST_ITEM.match(text)
    skip = marker.end() if marker else len(text) - len(text.lstrip())
    return Sentence(text[skip:].rstrip(), sentence.start + skip)
