"""Read an XLSForm spreadsheet with pyxform's own reader, in plain words when it cannot.

pyxform reads the sheets, resolves column aliases, translations and choice lists, and
checks the form (a reference to a missing question, say); this module keeps its result
and remembers which spreadsheet row each question and choice came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from surveys.xlsform.errors import XLSFormError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls")
FILE_LIMIT = 10 * 1024 * 1024
"""XLSForms are small; a bigger file is not a survey."""
PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
GENERATED_NAME = re.compile(
    r"^(?:generated_table_list_label_|reserved_name_for_field_list_labels_)(\d+)$"
)
"""Names pyxform gives the labels it adds for a table-list group, ending in that group's row."""
GENERATED_ENDINGS = ("_count", "_other")
"""What pyxform adds to a name for a repeat's count or a choice's "specify other" question."""
FIRST_DATA_ROW = 2
"""Row 1 holds the column names."""


@dataclass
class XLSForm:
    """One read spreadsheet: pyxform's form, its settings, and where each name came from."""

    name: str
    form: dict[str, Any]
    settings: dict[str, str]
    rows: dict[str, int] = field(default_factory=dict)
    choice_rows: dict[tuple[str, str], int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    has_entities: bool = False

    def row(self, name: str) -> int | None:
        """The survey-sheet row of the question or group called `name`.

        For what pyxform adds itself (a repeat's count, an "or other" question, a table's
        labels) it is the row of the question or group it was added for.
        """
        generated = GENERATED_NAME.match(name)
        if generated:
            return int(generated.group(1))
        if name in self.rows:
            return self.rows[name]
        for ending in GENERATED_ENDINGS:
            if name.endswith(ending) and name.removesuffix(ending) in self.rows:
                return self.rows[name.removesuffix(ending)]
        return None

    def added_by_pyxform(self, element: dict[str, Any]) -> bool:
        """Whether `element` is pyxform's own record of the form (its `meta` group)."""
        name = str(element.get("name", ""))
        return element.get("type") == "group" and name == "meta" and name not in self.rows


def read_xlsform(path: Path) -> XLSForm:
    """Read and check the XLSForm at `path`, or raise `XLSFormError` naming the row."""
    definition = _definition(path)
    warnings: list[str] = []
    try:
        form = workbook_to_json(
            definition, fallback_form_name=path.stem or "survey", warnings=warnings
        )
    except PyXFormError as error:
        raise XLSFormError(f"{path.name}: {_plain(str(error))}") from None
    settings = {str(k): str(v) for k, v in (definition.settings or [{}])[0].items()}
    read = XLSForm(path.name, form, settings, warnings=warnings)
    for number, row in enumerate(definition.survey or [], start=FIRST_DATA_ROW):
        name = _column(row, "name")
        if name:
            read.rows.setdefault(name, number)
    for number, row in enumerate(definition.choices or [], start=FIRST_DATA_ROW):
        key = (_column(row, "list_name", "list name"), _column(row, "name"))
        read.choice_rows.setdefault(key, number)
    read.has_entities = bool(definition.entities)
    return read


def _column(row: dict[str, Any], *headers: str) -> str:
    """The value under any of `headers`, however the spreadsheet capitalised them."""
    for key, value in row.items():
        if str(key).strip().lower() in headers and value not in (None, ""):
            return str(value).strip()
    return ""


def _definition(path: Path) -> DefinitionData:
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise XLSFormError(
            f"{path.name} is not an XLSForm spreadsheet. "
            "Say So converts .xlsx or .xls files saved from Excel, LibreOffice or Google Sheets."
        )
    try:
        if path.stat().st_size > FILE_LIMIT:
            raise XLSFormError(f"{path.name} is over 10 MB, which is too big for a survey.")
        return get_xlsform(str(path), file_type=path.suffix.lower())
    except XLSFormError:
        raise
    except OSError as error:
        raise XLSFormError(f"{path.name} cannot be read ({error.strerror}).") from None
    except Exception:  # pyxform and its readers raise many kinds for a file that is not one
        raise XLSFormError(
            f"{path.name} is not a spreadsheet Say So can read. "
            "Open it in a spreadsheet program, save it as .xlsx, then convert it again."
        ) from None


def _plain(message: str) -> str:
    """pyxform's message with its row marker written as words."""
    message = PYXFORM_ROW.sub(lambda m: f"row {m.group(1)}: ", message.strip(), count=1)
    if "'survey'" in message and "sheet named" in message:
        return "it has no sheet called 'survey'. An XLSForm keeps its questions on a sheet with that name."
    return f"{message}\nFix the spreadsheet, then convert it again."
