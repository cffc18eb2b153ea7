"""From a spreadsheet to the text of a survey file that loads, with the notes on top."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from surveys.errors import SurveyError
from surveys.loader import parse_survey
from surveys.model import Survey
from surveys.xlsform.errors import XLSFormError
from surveys.xlsform.notes import ConversionNote, Notes
from surveys.xlsform.reading import PYXFORM_ROW, read_xlsform
from surveys.xlsform.survey import survey_data


@dataclass(frozen=True)
class Conversion:
    """A converted survey: its file text, the survey it loads as, and what did not carry over."""

    text: str
    survey: Survey
    notes: list[ConversionNote]
    warnings: list[str]
    """pyxform's own advice on the spreadsheet, as it would give it for ODK."""


def convert_xlsform(path: Path) -> Conversion:
    """Convert the XLSForm at `path`, or raise `XLSFormError` saying which row is wrong."""
    read = read_xlsform(path)
    notes = Notes()
    data = survey_data(read, notes)
    text = _header(path.name, notes.items) + _yaml(data)
    try:
        survey = parse_survey(text, name=f"{path.stem}.yaml")
    except SurveyError as error:
        raise XLSFormError(
            f"{path.name} converts to a survey Say So cannot use yet:\n{error.message}"
        ) from None
    return Conversion(text, survey, notes.items, [_plain_row(w) for w in read.warnings])


def _yaml(data: dict[str, Any]) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]  # keep the order
    yaml.width = 4096
    yaml.representer.ignore_aliases = lambda _data: True  # survey files never use anchors
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _header(name: str, notes: list[ConversionNote]) -> str:
    lines = [f"# Converted from the XLSForm {name} by `sayso convert`."]
    if notes:
        lines.append("# What Say So shows differently, or leaves out:")
        lines += [f"#   {_one_line(str(note))}" for note in notes]
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _plain_row(warning: str) -> str:
    return " ".join(PYXFORM_ROW.sub(lambda m: f"row {m.group(1)}: ", warning.strip()).split())
