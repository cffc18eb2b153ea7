"""Check files: survey YAML files, Markdown, and plain text."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from accessibility.easyread.checker import check_text
from accessibility.easyread.findings import RULES, Finding, finding_from_hit
from accessibility.easyread.markdown import plain_markdown
from accessibility.easyread.settings import LintSettings
from accessibility.easyread.survey_file import check_survey_source
from surveys.characters import TEXT_FILE_BREAKS, control_characters, describe
from surveys.errors import SurveyError
from surveys.sources import read_text_file

SURVEY_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def check_file(path: Path | str, settings: LintSettings | None = None) -> list[Finding]:
    """Every easy-read problem in one file, by its kind (survey YAML, Markdown or text)."""
    path = Path(path)
    settings = settings or LintSettings()
    try:
        source = read_text_file(path)
    except SurveyError as error:
        return [_unreadable(str(path), problem.message) for problem in error.problems]
    if path.suffix.lower() in SURVEY_SUFFIXES:
        return check_survey_source(source, str(path), settings, base_dir=path.parent)
    return check_text_source(
        source, str(path), settings, markdown=path.suffix.lower() in MARKDOWN_SUFFIXES
    )


def check_text_source(
    source: str, name: str, settings: LintSettings, markdown: bool = False, language: str = "en"
) -> list[Finding]:
    """Every easy-read problem in plain text or Markdown, with line and column."""
    text, breaks = plain_markdown(source) if markdown else (source, [])
    line_starts = [0]
    line_starts += [index + 1 for index, ch in enumerate(text) if ch == "\n"]
    findings = _control_characters(source, name)
    for hit in check_text(text, settings, language, breaks):
        line = _line_of(line_starts, hit.offset)
        findings.append(finding_from_hit(hit, name, line + 1, hit.offset - line_starts[line] + 1))
    return sorted(findings, key=lambda f: (f.line or 0, f.column or 0))


def _control_characters(source: str, name: str) -> list[Finding]:
    """A finding for each control character (other than tabs and line breaks) in the file."""
    rule = RULES["control-character"]
    lines = source.split("\n")
    line_starts = [0]
    line_starts += [index + 1 for index, ch in enumerate(source) if ch == "\n"]
    findings = []
    for offset, character in control_characters(source, TEXT_FILE_BREAKS):
        line = _line_of(line_starts, offset)
        column = offset - line_starts[line] + 1
        message = f"There is a control character, {describe(character)}, at column {column}."
        suggestion = "Take it out: it could change what the screen shows."
        text = lines[line].strip()
        findings.append(
            Finding(name, line + 1, column, text, rule.id, message, suggestion, rule.severity)
        )
    return findings


def _line_of(line_starts: list[int], offset: int) -> int:
    return bisect_right(line_starts, offset) - 1


def _unreadable(name: str, problem: str) -> Finding:
    rule = RULES["file-unreadable"]
    message = problem[:1].upper() + problem[1:]
    suggestion = "Check the file name: lint reads ordinary UTF-8 text files of up to 1 MB."
    return Finding(name, None, None, "", rule.id, message, suggestion, rule.severity)
