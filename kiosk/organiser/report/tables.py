"""The report every output draws: tables of counts, each already made safe to show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kiosk.organiser.report.labels import (
    NOT_ASKED,
    PILES,
    STATUSES,
    WHO,
    QuestionWords,
    SurveyWords,
)
from kiosk.organiser.report.suppress import Shown, suppress
from kiosk.organiser.report.tally import ANSWERED, QuestionTally, SurveyTally


@dataclass(frozen=True)
class Row:
    """One count in a table: what it counts, the stored value, and how it is shown."""

    label: str
    value: str
    count: int
    shown: Shown
    percent: float | None

    def words(self, threshold: int) -> str:
        """The count as a report shows it: a number, "fewer than 5", or "hidden"."""
        if self.shown is Shown.COUNT:
            return str(self.count)
        if self.shown is Shown.FEWER:
            return f"fewer than {threshold}"
        return "hidden" if self.shown is Shown.HIDDEN else "not shown"

    @property
    def safe_count(self) -> int | None:
        """The count if it may be shown, else None."""
        return self.count if self.shown is Shown.COUNT else None


@dataclass(frozen=True)
class Table:
    """One table of counts with the total they are out of."""

    key: str
    """Which column of the responses this table counts (for hiding values in the CSV)."""
    title: str
    total: int
    rows: tuple[Row, ...]

    def hidden_values(self) -> set[str]:
        """The stored values whose counts are not shown."""
        return {row.value for row in self.rows if row.shown is not Shown.COUNT}


@dataclass
class QuestionSection:
    """One question and its tables."""

    id: str
    text: str
    kind: str
    reached: int
    tables: list[Table] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    """What people wrote: for the full CSV only, never for summaries."""


@dataclass
class SurveySection:
    """One survey's part of a report."""

    id: str
    title: str
    people: int
    threshold: int
    tables: list[Table] = field(default_factory=list)
    questions: list[QuestionSection] = field(default_factory=list)

    @property
    def too_few(self) -> bool:
        """Whether so few people answered that nothing more is shown."""
        return self.people < self.threshold

    def hidden(self) -> dict[str, set[str]]:
        """For each table key, the stored values whose counts are not shown."""
        tables = self.tables + [t for q in self.questions for t in q.tables]
        return {table.key: table.hidden_values() for table in tables}


def make_table(
    key: str, title: str, counts: list[tuple[str, str, int]], total: int, threshold: int
) -> Table:
    """A table of (label, stored value, count), each count shown only if it is safe."""
    states = suppress([count for _, _, count in counts], total, threshold)
    rows = tuple(
        Row(label, value, count, state, 100 * count / total if state is Shown.COUNT else None)
        for (label, value, count), state in zip(counts, states, strict=True)
    )
    return Table(key, title, total, rows)


def survey_section(tally: SurveyTally, words: SurveyWords, threshold: int) -> SurveySection:
    """One survey's tables, from its counts and words."""
    section = SurveySection(tally.survey_id, words.title, tally.people, threshold)
    if section.too_few:
        return section
    people = tally.people

    def table(key: str, title: str, counts: Counter[str], names: dict[str, str]) -> Table:
        order = list(names) + sorted(set(counts) - set(names))
        rows = [(names.get(v, v), v, counts[v]) for v in order if v in counts or v in names]
        return make_table(key, title, rows, people, threshold)

    section.tables = [
        table("audience", "Who took part", tally.audiences, words.audiences),
        table("who", "Who answered", tally.who, {**WHO, "not_asked": NOT_ASKED}),
        table("kiosk", "Responses per kiosk", tally.kiosks, {}),
        table("day", "Responses per day", tally.days, {}),
    ]
    for question_id in list(words.questions) + sorted(set(tally.questions) - set(words.questions)):
        counted = tally.questions.get(question_id, QuestionTally())
        section.questions.append(_question(words.question(question_id), counted, threshold))
    return section


def _question(words: QuestionWords, tally: QuestionTally, threshold: int) -> QuestionSection:
    section = QuestionSection(words.id, words.text, words.kind, tally.reached, texts=tally.texts)
    key, reached = f"question:{words.id}", tally.reached
    offered = [s for s in STATUSES if s in words.statuses or tally.statuses[s]]
    statuses = [(STATUSES[s], s, tally.statuses[s]) for s in offered]
    answered = tally.statuses[ANSWERED]
    if words.kind == "picture_sort":
        for item_id, item in (words.items or {i: i for i in tally.piles}).items():
            piles = tally.piles.get(item_id, Counter())
            rows = [(label, pile, piles[pile]) for pile, label in PILES.items()]
            section.tables.append(
                make_table(f"pile:{words.id}:{item_id}", item, rows, answered, threshold)
            )
    elif words.kind == "multiple_choice":
        rows = [(words.value(v), v, tally.values[v]) for v in _order(words, tally)]
        section.tables.append(make_table(f"choice:{words.id}", "Chosen", rows, answered, threshold))
    if words.kind in ("picture_sort", "multiple_choice", "free_text") or tally.texts:
        rows = [("Answered", ANSWERED, answered), *statuses]
    else:
        rows = [(words.value(v), v, tally.values[v]) for v in _order(words, tally)] + statuses
    section.tables.insert(0, make_table(key, "Answers", rows, reached, threshold))
    return section


def _order(words: QuestionWords, tally: QuestionTally) -> list[str]:
    return list(words.values) + sorted(set(tally.values) - set(words.values))
