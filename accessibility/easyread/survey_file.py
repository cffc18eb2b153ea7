"""Check a survey file: every text field in every language, and the survey's shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accessibility.easyread.checker import check_text
from accessibility.easyread.findings import RULES, Finding, finding_from_hit
from accessibility.easyread.placing import FieldPlacer
from accessibility.easyread.settings import LintSettings
from accessibility.easyread.survey_rules import (
    FieldProblem,
    option_lengths,
    picture_file_problems,
    question_pictures,
    symbol_widths,
)
from surveys.checks import Location, text_fields
from surveys.errors import SurveyError, SurveyProblem
from surveys.loader import locate, parse_survey
from surveys.model import Survey
from surveys.yaml_reading import read_yaml

INVALID_SUGGESTION = "Fix this first: the easy-read checks run once the survey file loads."


def check_survey_source(
    source: str, name: str, settings: LintSettings, base_dir: Path | None = None
) -> list[Finding]:
    """Every easy-read problem in a survey's YAML text; a survey that does not load says why."""
    try:
        survey = parse_survey(source, name=name, base_dir=base_dir)
    except SurveyError as error:
        lines = source.splitlines()
        return [_invalid(name, lines, problem) for problem in error.problems]
    tree = read_yaml(source, name)
    lines = source.splitlines()
    findings = []
    for location, language, words in _texts(survey):
        placer = FieldPlacer(lines, *locate(tree, location))
        for hit in check_text(words, settings, language):
            if hit.rule == "symbol-width" and "speak" in location:
                continue  # spoken, never drawn
            findings.append(finding_from_hit(hit, name, *placer.place(words, hit.offset), language))
    problems = [
        *question_pictures(survey),
        *option_lengths(survey, settings.max_option_words),
        *symbol_widths(survey),
        *(picture_file_problems(survey, base_dir) if base_dir is not None else ()),
    ]
    findings += [_field_finding(problem, name, tree) for problem in problems]
    return sorted(findings, key=lambda f: (f.line or 0, f.column or 0, list(RULES).index(f.rule)))


def _texts(survey: Survey) -> list[tuple[Location, str, str]]:
    """Each text field as (location, language, words), one entry per language."""
    texts = []
    for location, value in text_fields(survey):
        if isinstance(value, str):
            texts.append((location, survey.language, value))
        else:
            texts.extend(((*location, lang), lang, words) for lang, words in value.items())
    return texts


def _field_finding(problem: FieldProblem, name: str, tree: Any) -> Finding:
    line, column = locate(tree, problem.location)
    rule = RULES[problem.rule]
    return Finding(
        name,
        line,
        column,
        problem.text,
        rule.id,
        problem.message,
        problem.suggestion,
        rule.severity,
        problem.language,
    )


def _invalid(name: str, lines: list[str], problem: SurveyProblem) -> Finding:
    rule = RULES["survey-invalid"]
    line = problem.line
    text = lines[line - 1].strip() if line is not None and 0 < line <= len(lines) else ""
    message = problem.message[:1].upper() + problem.message[1:]
    return Finding(
        name, line, problem.column, text, rule.id, message, INVALID_SUGGESTION, rule.severity
    )
