"""Read a survey file, and say exactly where and how it is wrong when it is.

Errors name the file, line and column and say what to fix in plain words; a raw
YAML or pydantic message never reaches the author.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from surveys.checks import Location, check_survey
from surveys.errors import SurveyError, SurveyProblem
from surveys.model import QUESTION_TYPES, Survey
from surveys.sources import SurveySource, file_source, find_source
from surveys.yaml_reading import read_yaml


def load_survey_file(path: Path | str) -> Survey:
    """Load and check the survey at `path`, or raise `SurveyError`."""
    return load_source(file_source(path))


def load_source(source: SurveySource) -> Survey:
    """Parse and check a survey's text, or raise `SurveyError`."""
    return parse_survey(source.text, name=source.name, base_dir=source.folder)


def parse_survey(
    source: str, name: str = "<survey>", base_dir: Path | None = None, *, linked: bool = True
) -> Survey:
    """Parse survey YAML text; `name` is used in error messages.

    With `linked`, each survey an audience answers instead (`survey:`) is loaded too, and
    must have that audience (its own links are not followed).
    """
    tree = read_yaml(source, name)
    if not isinstance(tree, CommentedMap):
        raise SurveyError(
            [
                SurveyProblem(
                    name, 1, 1, "a survey file must start with settings like 'id: my-survey'."
                )
            ]
        )
    try:
        survey = Survey.model_validate(_plain(tree))
    except ValidationError as error:
        raise SurveyError(_problems(name, tree, _pydantic_findings(error.errors()))) from None
    findings = check_survey(survey)
    if base_dir is not None:
        findings += _missing_pictures(tree, base_dir)
    if linked and not findings:
        findings += _linked_surveys(survey, base_dir)
    if findings:
        raise SurveyError(_problems(name, tree, findings))
    return survey


def _plain(node: Any) -> Any:
    """ruamel's round-trip types as plain Python values."""
    if isinstance(node, dict):
        return {str(k) if isinstance(k, str) else k: _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


def _field(location: Location) -> str:
    names = [str(part) for part in location if isinstance(part, str)]
    return names[-1] if names else "survey"


def _describe(error: ErrorDetails) -> tuple[Location, str]:
    location: Location = tuple(error["loc"])
    field = _field(location)
    kind = error["type"]
    ctx = error.get("ctx", {})
    types = ", ".join(QUESTION_TYPES)
    messages = {
        "missing": f"'{field}' is missing. Add a line '{field}: ...'.",
        "extra_forbidden": f"'{field}' is not a setting a survey can have here. Check the spelling.",
        "union_tag_invalid": f"'{ctx.get('tag')}' is not a question type. Use one of: {types}.",
        "union_tag_not_found": f"this question has no 'type'. Use one of: {types}.",
        "string_type": f"'{field}' should be words.",
        "dict_type": f"'{field}' should be words, or one line per language like 'en: ...'.",
        "list_type": f"'{field}' should be a list, one item per line starting with '-'.",
        "model_type": f"'{field}' should be a group of settings.",
        "int_type": f"'{field}' should be a whole number.",
        "int_parsing": f"'{field}' should be a whole number.",
        "float_parsing": f"'{field}' should be a number.",
        "bool_type": f"'{field}' should be true or false.",
        "bool_parsing": f"'{field}' should be true or false.",
        "literal_error": f"'{field}' must be {ctx.get('expected')}.",
        "too_short": f"'{field}' needs at least {ctx.get('min_length')}.",
        "too_long": f"'{field}' can have at most {ctx.get('max_length')}.",
        "greater_than_equal": f"'{field}' must be at least {ctx.get('ge')}.",
        "less_than_equal": f"'{field}' must be at most {ctx.get('le')}.",
        "string_pattern_mismatch": f"'{field}' can only use letters, numbers, '-' and '_'.",
        "string_too_long": f"'{field}' is too long: at most {ctx.get('max_length')} characters.",
    }
    if kind == "value_error":
        return location, f"{ctx.get('error')}."
    return location, messages.get(kind, f"'{field}': {error['msg']}.")


def _pydantic_findings(errors: Iterable[ErrorDetails]) -> list[tuple[Location, str]]:
    findings: dict[Location, str] = {}
    for error in errors:
        location, message = _describe(error)
        # A text field is "words or translations": report it once, not once per form.
        location = tuple(p for p in location if p not in ("str", "dict[str,str]"))
        if location in findings and error["type"] in ("string_type", "dict_type"):
            message = (
                f"'{_field(location)}' should be words, or one line per language like 'en: ...'."
            )
        findings[location] = message
    return list(findings.items())


def missing_audience(linked: str, audience_id: str) -> str:
    """Plain words for a linked survey that lacks the audience sent to it."""
    return (
        f"the survey '{linked}' has no audience '{audience_id}', so people who choose it "
        f"would have nothing to answer. Add '{audience_id}' to the audiences of '{linked}'."
    )


def _linked_surveys(survey: Survey, base_dir: Path | None) -> list[tuple[Location, str]]:
    findings: list[tuple[Location, str]] = []
    for index, audience in enumerate(survey.audiences):
        if audience.survey is None:
            continue
        where: Location = ("audiences", index, "survey")
        try:
            source = find_source(audience.survey, base_dir)
            other = parse_survey(source.text, source.name, source.folder, linked=False)
        except SurveyError:
            message = (
                f"the survey '{audience.survey}' that '{audience.id}' answers cannot be loaded. "
                "Check its name, and that it loads by itself."
            )
            findings.append((where, message))
            continue
        if audience.id not in {a.id for a in other.audiences}:
            findings.append((where, missing_audience(audience.survey, audience.id)))
    return findings


def _missing_pictures(tree: CommentedMap, base_dir: Path) -> list[tuple[Location, str]]:
    findings: list[tuple[Location, str]] = []
    pictures: list[tuple[Location, Any]] = [(("picture",), tree.get("picture"))]
    for index, question in enumerate(tree.get("questions") or []):
        if isinstance(question, dict):
            pictures.append((("questions", index, "picture"), question.get("picture")))
    for location, picture in pictures:
        if isinstance(picture, str) and not (base_dir / picture).is_file():
            findings.append(
                (location, f"the picture '{picture}' is not there. Put it beside the survey file.")
            )
    return findings


def locate(tree: Any, location: Location) -> tuple[int | None, int | None]:
    """The 1-based line and column in the YAML tree for a location path."""
    node, line, column = tree, None, None
    for part in location:
        if isinstance(node, CommentedMap) and part in node:
            line, column = node.lc.value(part) if _is_scalar(node[part]) else node.lc.key(part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line, column = node.lc.item(part)
            node = node[part]
        elif isinstance(node, CommentedMap | CommentedSeq) and line is None:
            line, column = node.lc.line, node.lc.col
    if line is None and isinstance(tree, CommentedMap):
        line, column = tree.lc.line, tree.lc.col
    return (line + 1 if line is not None else None, column + 1 if column is not None else None)


def _is_scalar(node: Any) -> bool:
    return not isinstance(node, CommentedMap | CommentedSeq)


def _problems(
    name: str, tree: Any, findings: Iterable[tuple[Location, str]]
) -> list[SurveyProblem]:
    problems = [SurveyProblem(name, *locate(tree, loc), message) for loc, message in findings]
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
