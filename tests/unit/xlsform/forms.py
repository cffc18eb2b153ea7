"""Real XLSForm spreadsheets for the tests, written with openpyxl as a spreadsheet program would."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

Sheet = list[list[str]]

EN, CY = "label::English (en)", "label::Welsh (cy)"
SURVEY_COLUMNS = [
    "type",
    "name",
    EN,
    CY,
    "hint::English (en)",
    "hint::Welsh (cy)",
    "relevant",
    "required",
    "media::image",
    "media::audio",
    "constraint",
    "calculation",
    "parameters",
    "choice_filter",
]


def row(type_: str, name: str, en: str = "", cy: str = "", **columns: str) -> list[str]:
    """One survey row; other columns by name with '_' for ':' (hint_en, media_image ...)."""
    values = dict.fromkeys(SURVEY_COLUMNS, "")
    values.update({"type": type_, "name": name, EN: en, CY: cy})
    aliases = {
        "hint_en": "hint::English (en)",
        "hint_cy": "hint::Welsh (cy)",
        "image": "media::image",
        "audio": "media::audio",
    }
    for key, value in columns.items():
        values[aliases.get(key, key)] = value
    return [values[c] for c in SURVEY_COLUMNS]


EVERY_FEATURE: Sheet = [
    row(
        "select_one feel",
        "feel",
        "How do you feel about school?",
        "Sut wyt ti'n teimlo am yr ysgol?",
        hint_en="Think about this week.",
        hint_cy="Meddylia am yr wythnos hon.",
        required="yes",
        image="school.png",
    ),
    row("note", "welcome", "Now some questions about help.", "Nawr rhai cwestiynau am help."),
    row("begin group", "help_group", "Getting help", "Cael help"),
    row(
        "select_multiple helpers",
        "helpers",
        "Who helps you?",
        "Pwy sy'n dy helpu di?",
        relevant="${feel} != 'sad'",
    ),
    row(
        "text",
        "why_sad",
        "What makes school hard?",
        "Beth sy'n gwneud yr ysgol yn anodd?",
        relevant="${feel} = 'sad'",
        audio="why.mp3",
    ),
    row("end group", ""),
    row(
        "integer",
        "stars",
        "How good are the lessons?",
        "Pa mor dda yw'r gwersi?",
        constraint=". >= 1 and . <= 5",
    ),
    row(
        "range",
        "club",
        "How much do you like clubs?",
        "Faint wyt ti'n hoffi clybiau?",
        parameters="start=1 end=3 step=1",
    ),
    row(
        "text",
        "more",
        "Tell us more.",
        "Dywed fwy wrthym.",
        relevant="selected(${helpers}, 'teacher') and not(selected(${helpers}, 'nobody'))",
    ),
    row(
        "text",
        "either",
        "What do you like?",
        "Beth wyt ti'n ei hoffi?",
        relevant="${feel} = 'happy' or ${feel} = 'ok'",
    ),
]
CHOICES: Sheet = [
    ["feel", "happy", "Happy", "Hapus"],
    ["feel", "ok", "OK", "Iawn"],
    ["feel", "sad", "Sad", "Trist"],
    ["helpers", "teacher", "A teacher", "Athro"],
    ["helpers", "friend", "A friend", "Ffrind"],
    ["helpers", "nobody", "Nobody", "Neb"],
]
SETTINGS: Sheet = [["my-school-xls", "7", "My school", "English (en)"]]


def write_form(
    path: Path,
    survey: Sheet,
    choices: Sheet = CHOICES,
    settings: Sheet = SETTINGS,
    survey_sheet: str = "survey",
) -> Path:
    """An .xlsx XLSForm at `path` with these rows under the usual column names."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = survey_sheet
    sheet.append(SURVEY_COLUMNS)
    for values in survey:
        sheet.append(values)
    listed = book.create_sheet("choices")
    listed.append(["list_name", "name", EN, CY])
    for values in choices:
        listed.append(values)
    configured = book.create_sheet("settings")
    configured.append(["form_id", "version", "form_title", "default_language"])
    for values in settings:
        configured.append(values)
    book.save(path)
    return path
