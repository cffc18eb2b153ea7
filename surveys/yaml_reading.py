"""Read a survey (or feedback) file's YAML safely: no aliases, and every text checked.

Survey files need none of YAML's anchors (``&name``) or aliases (``*name``); an alias can
repeat a part many times over (nine levels of nine aliases make 387 million copies), so
both are refused before anything is built. Nesting is limited to `MAX_DEPTH` levels, far
more than a survey needs. Every text is checked for control characters.
Each problem is a `SurveyError` with the line and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, MaxDepthExceededError
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.reader import ReaderError

from surveys.characters import (
    TEXT_FILE_BREAKS,
    control_characters,
    describe,
    is_half_character,
)
from surveys.errors import SurveyError, SurveyProblem
from surveys.file_kinds import SURVEY_FILE, FileKind

MAX_DEPTH = 20
"""The deepest nesting a survey file may have; the demo survey needs 6."""

Place = tuple[int, int]
"""A 1-based line and column."""


class _AliasRefused(MarkedYAMLError):
    """An anchor or alias was found; survey and feedback files need neither."""


class _NoAliasComposer(Composer):
    """ruamel's composer, refusing anchors and aliases before it repeats anything."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent) or event.anchor is not None:
            raise _AliasRefused(problem_mark=event.start_mark)
        return super().compose_node(parent, index)


def read_yaml(source: str, name: str, kind: FileKind = SURVEY_FILE) -> Any:
    """The YAML tree of a file's text, or `SurveyError` saying where it is wrong.

    The messages call the file a `kind` (a survey file unless told otherwise).
    """
    raw = list(_raw_control_characters(source, name, kind))
    if raw:
        raise SurveyError(raw)
    yaml = YAML(typ="rt")
    yaml.Composer = _NoAliasComposer
    yaml.max_depth = MAX_DEPTH
    try:
        tree = yaml.load(source)
    except YAMLError as error:
        raise SurveyError([_yaml_problem(error, source, name, kind)]) from None
    controls = [SurveyProblem(name, *place, message) for place, message in _text_controls(tree)]
    if controls:
        raise SurveyError(controls)
    return tree


def _raw_control_characters(source: str, name: str, kind: FileKind) -> Iterator[SurveyProblem]:
    for offset, character in control_characters(source, TEXT_FILE_BREAKS):
        message = (
            f"there is a control character, {describe(character)}, here. Take it out: "
            f"a {kind.name} can only hold printable characters and line breaks."
        )
        yield SurveyProblem(name, *_place(source, offset), message)


def _place(source: str, offset: int) -> Place:
    line_start = source.rfind("\n", 0, offset) + 1
    return source.count("\n", 0, offset) + 1, offset - line_start + 1


def _yaml_problem(error: YAMLError, source: str, name: str, kind: FileKind) -> SurveyProblem:
    if isinstance(error, ReaderError):
        message = f"this character cannot be in a {kind.name}. Take it out."
        return SurveyProblem(name, *_place(source, error.position), message)
    if not isinstance(error, MarkedYAMLError):
        return SurveyProblem(name, None, None, "the YAML is not valid. Check the indenting.")
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return SurveyProblem(name, line, column, _marked_message(error, kind))


def _marked_message(error: MarkedYAMLError, kind: FileKind) -> str:
    if isinstance(error, _AliasRefused):
        return (
            f"{kind.plural} cannot use YAML anchors ('&') or aliases ('*'). "
            "Write the words out in full each time."
        )
    if isinstance(error, MaxDepthExceededError):
        return (
            f"the settings are nested too deeply (more than {MAX_DEPTH} levels). "
            "Check the indenting and the brackets."
        )
    if isinstance(error, DuplicateKeyError):
        key = str(error.problem).split('"')[1] if '"' in str(error.problem) else "a setting"
        return f"'{key}' appears twice here. Each setting can appear only once."
    problem = error.problem or error.context or "this is not valid YAML"
    return (
        f"the YAML is not valid here: {problem}. "
        "Check the indenting and that each ':' has a space after it."
    )


def _text_controls(tree: Any) -> Iterator[tuple[Place, str]]:
    for place, text in _texts(tree, (1, 1)):
        found = list(dict.fromkeys(c for _, c in control_characters(text)))
        if found:
            names = " and ".join(describe(c) for c in found)
            what, them = (
                ("control characters", "them") if len(found) > 1 else ("a control character", "it")
            )
            yield (
                place,
                f"this text holds {what}, {names}, that could change what the kiosk screen shows. Take {them} out.",
            )
        half = next((c for c in text if is_half_character(c)), None)
        if half is not None:  # only an escape such as "\ud83d" makes one; it stops the screen
            yield (
                place,
                f"this text holds {describe(half)}, half of a character, which no screen can "
                "show. Write the whole character (or the emoji itself), or take it out.",
            )


def _texts(node: Any, place: Place) -> Iterator[tuple[Place, str]]:
    """Every text (keys too) in the tree, each with where it starts."""
    if isinstance(node, str):
        yield place, node
    elif isinstance(node, CommentedMap):
        for key, value in node.items():
            key_line, key_column = node.lc.key(key)
            value_line, value_column = node.lc.value(key)
            yield from _texts(key, (key_line + 1, key_column + 1))
            yield from _texts(value, (value_line + 1, value_column + 1))
    elif isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            item_line, item_column = node.lc.item(index)
            yield from _texts(item, (item_line + 1, item_column + 1))
