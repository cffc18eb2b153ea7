"""What the easy-read checker reports: the rules, their severities, and one finding."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters: errors break the guidance, warnings are worth a look."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    """One easy-read rule: its id, how serious it is, and the languages it can judge."""

    id: str
    severity: Severity
    english_only: bool
    title: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "reading-age", Severity.WARNING, True, "A reading age of 9 or under (see --reading-age)"
        ),
        Rule("sentence-length", Severity.ERROR, False, "Sentences of 15 words or fewer"),
        Rule(
            "one-idea", Severity.WARNING, True, "One idea in each sentence (few 'and', 'or', 'but')"
        ),
        Rule("jargon", Severity.ERROR, False, "No acronyms or jargon without an explanation"),
        Rule("passive-voice", Severity.WARNING, True, "Say who does things (active voice)"),
        Rule("long-word", Severity.WARNING, True, "Everyday words of fewer than 4 syllables"),
        Rule("number-words", Severity.WARNING, True, "Numbers written as digits"),
        Rule("question-picture", Severity.ERROR, False, "A symbol or picture for every question"),
        Rule(
            "picture-file", Severity.ERROR, False, "Pictures are PNG or JPEG files of 2 MB or less"
        ),
        Rule("option-length", Severity.ERROR, False, "Answer options of 5 words or fewer"),
        Rule("symbol-width", Severity.WARNING, False, "Symbols every terminal draws alike"),
        Rule("control-character", Severity.ERROR, False, "No control characters (ESC, BEL, ...)"),
        Rule("survey-invalid", Severity.ERROR, False, "The survey file loads"),
        Rule("file-unreadable", Severity.ERROR, False, "The file can be read"),
    )
}


@dataclass(frozen=True)
class Hit:
    """A finding inside one piece of text, before it is placed in a file."""

    rule: str
    offset: int
    text: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class Finding:
    """One easy-read problem: where it is, the words, what is wrong and what to try."""

    file: str
    line: int | None
    column: int | None
    text: str
    rule: str
    message: str
    suggestion: str
    severity: Severity
    language: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The finding as plain JSON-ready values."""
        values = asdict(self)
        values["severity"] = str(self.severity)
        return values


def finding_from_hit(
    hit: Hit, file: str, line: int | None, column: int | None, language: str | None = None
) -> Finding:
    """A text finding placed at a line and column of a file."""
    return Finding(
        file=file,
        line=line,
        column=column,
        text=hit.text,
        rule=hit.rule,
        message=hit.message,
        suggestion=hit.suggestion,
        severity=RULES[hit.rule].severity,
        language=language,
    )


def fails(findings: list[Finding], fail_on: Severity) -> bool:
    """Whether these findings should fail a check that fails on `fail_on` or worse."""
    if fail_on is Severity.WARNING:
        return bool(findings)
    return any(f.severity is Severity.ERROR for f in findings)
