"""A 'you said, we did' YAML file, read with line-numbered errors and checked for easy read.

title: You said, we did
survey: my-school          # optional: the survey it answers
date: 2026-04-01           # optional: today when left out
answered: 142              # optional: counted from the organiser store when left out
said:
  - symbol: 🎲
    you_said: The games were fun.
    we_did: We bought 2 new games.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from accessibility.easyread import LintSettings, Severity, check_text_source
from kiosk.feedback.errors import FeedbackError
from surveys.errors import SurveyError
from surveys.file_kinds import FileKind
from surveys.sources import read_text_file
from surveys.yaml_reading import read_yaml

KEYS = {"title", "survey", "date", "answered", "said"}
PAIR_KEYS = {"symbol", "you_said", "we_did"}
FEEDBACK_FILE = FileKind("feedback file", "a feedback file is usually well under a kilobyte")


@dataclass(frozen=True)
class FeedbackPlan:
    """What the organiser wrote: the kiosk lines, and what the bundle says about them."""

    title: str
    lines: tuple[str, ...]
    survey_id: str | None
    made_on: date | None
    answered: int | None


class _Problems(list[str]):
    def add(self, name: str, line: int, message: str) -> None:
        self.append(f"{name}, line {line}: {message}")


def read_feedback_file(path: Path) -> FeedbackPlan:
    """The plan in `path`; `FeedbackError` listing every problem with its line otherwise."""
    name = str(path)
    try:
        tree = read_yaml(read_text_file(path, FEEDBACK_FILE), name, FEEDBACK_FILE)
    except SurveyError as error:
        raise FeedbackError(error.message) from None
    problems = _Problems()
    if not isinstance(tree, CommentedMap):
        raise FeedbackError(f"{name}, line 1: write 'title:' and 'said:' as in the example.")
    for key in tree:
        if key not in KEYS:
            problems.add(name, tree.lc.key(key)[0] + 1, f"'{key}' is not a feedback setting.")
    title = _text(tree, "title", name, problems, required=True)
    survey = _text(tree, "survey", name, problems)
    lines = _pairs(tree, name, problems)
    made_on, answered = _day(tree, name, problems), _count(tree, name, problems)
    if problems:
        raise FeedbackError("The feedback file has problems:\n" + "\n".join(problems))
    return FeedbackPlan(title or "", tuple(lines), survey, made_on, answered)


def _line(node: CommentedMap, key: str) -> int:
    return int(node.lc.value(key)[0]) + 1 if key in node else int(node.lc.line) + 1


def _text(
    node: CommentedMap, key: str, name: str, problems: _Problems, required: bool = False
) -> str | None:
    value: Any = node.get(key)
    if value is None:
        if required:
            problems.add(name, _line(node, key), f"'{key}' is missing. Add it.")
        return None
    if not isinstance(value, str) or not value.strip():
        problems.add(name, _line(node, key), f"'{key}' should be some words.")
        return None
    return " ".join(value.split())


def _pairs(tree: CommentedMap, name: str, problems: _Problems) -> list[str]:
    said = tree.get("said")
    if not isinstance(said, CommentedSeq) or not said:
        problems.add(name, _line(tree, "said"), "'said' should list 'you_said' and 'we_did'.")
        return []
    lines: list[str] = []
    for pair in said:
        if not isinstance(pair, CommentedMap):
            problems.add(name, _line(tree, "said"), "each item needs 'you_said' and 'we_did'.")
            continue
        for key in set(pair) - PAIR_KEYS:
            problems.add(name, pair.lc.key(key)[0] + 1, f"'{key}' is not a pair setting.")
        symbol = _text(pair, "symbol", name, problems) or "💬"
        you_said = _easy(pair, "you_said", name, problems)
        we_did = _easy(pair, "we_did", name, problems)
        lines += [f"{symbol}  You said: {you_said}", f"    We did: {we_did}"]
    return lines


def _easy(pair: CommentedMap, key: str, name: str, problems: _Problems) -> str:
    text = _text(pair, key, name, problems, required=True) or ""
    found = check_text_source(text, name, LintSettings())
    for finding in found:
        if finding.severity == Severity.ERROR:
            problems.add(name, _line(pair, key), f"not easy read yet: {finding.message}")
    return text


def _day(tree: CommentedMap, name: str, problems: _Problems) -> date | None:
    value: Any = tree.get("date")
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.add(name, _line(tree, "date"), "'date' should look like 2026-04-01.")
        return None


def _count(tree: CommentedMap, name: str, problems: _Problems) -> int | None:
    value: Any = tree.get("answered")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.add(name, _line(tree, "answered"), "'answered' should be a whole number.")
        return None
    return int(value)
