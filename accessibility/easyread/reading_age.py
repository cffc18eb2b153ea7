"""Reading age: how old a reader usually is before they find a text easy.

Worked out with textstat's Coleman-Liau index and Automated Readability Index,
which use letters, words and sentences only (so nothing needs downloading), as a
US school grade; a UK reading age is the grade plus 5 years. Short texts are not
judged: a few words give a meaningless grade.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from accessibility.easyread.findings import Hit
from accessibility.easyread.sentences import Sentence

if TYPE_CHECKING:
    from accessibility.easyread.settings import LintSettings

YEARS_BEFORE_GRADE_1 = 5
SHOWN_AGE_LIMIT = 18  # past this the formulas say little more than "very hard"


def estimated_reading_age(text: str) -> float:
    """The reading age in years that `text` needs (at least 5)."""
    # Seam: the first long paragraph. textstat (with nltk and pyphen) takes 232 ms to import
    # (python -X importtime); checking only short texts never waits for it.
    import textstat

    grades = [textstat.coleman_liau_index(text), textstat.automated_readability_index(text)]
    grade = sum(float(g) for g in grades) / len(grades)
    return max(float(YEARS_BEFORE_GRADE_1), grade + YEARS_BEFORE_GRADE_1)


def reading_age(paragraph: Sentence, settings: LintSettings) -> Iterator[Hit]:
    """A paragraph of enough words whose reading age is above the target."""
    if len(paragraph.words) < settings.reading_age_min_words:
        return
    age = estimated_reading_age(paragraph.display)
    target = settings.reading_age_target
    if round(age) > target:
        shown = f"about {round(age)}" if age < SHOWN_AGE_LIMIT else f"{SHOWN_AGE_LIMIT} or more"
        yield Hit(
            "reading-age",
            paragraph.start,
            paragraph.display,
            f"This paragraph needs a reading age of {shown} years. Aim for {target} or under.",
            "Use shorter sentences and shorter, everyday words.",
        )
