"""A whole XLSForm as a Say So survey: settings, groups flattened, questions in order."""

from __future__ import annotations

from typing import Any

from surveys.model import Text
from surveys.xlsform.conditions import show_if_from
from surveys.xlsform.languages import Languages
from surveys.xlsform.notes import Notes
from surveys.xlsform.questions import Context, QuestionMaker, identifier
from surveys.xlsform.reading import XLSForm
from surveys.xlsform.standard_words import STANDARD_WORDS

GROUPS = {"group", "repeat", "loop"}
ASKED_ONCE = {
    "repeat": "Say So asks the questions in a repeat once, not again and again.",
    "loop": "Say So asks the questions in a loop once, not once for each choice.",
}
TABLE_HEADING = "reserved_name_for_field_list_labels_"
"""pyxform's name for the heading row it adds to a table-list group."""


def survey_data(read: XLSForm, notes: Notes) -> dict[str, Any]:
    """The survey file's contents, as plain data, with everything not carried over noted."""
    form = read.form
    languages = Languages(form, notes)
    maker = QuestionMaker(read, languages, notes)
    questions: list[dict[str, Any]] = []
    _walk(form.get("children", []), Context(), maker, questions, notes)
    if not questions:
        notes.add(None, "there are no questions Say So can ask, so one information step says so.")
        questions.append({"id": "no_questions", "type": "information", "text": "Thank you."})
    data: dict[str, Any] = {
        "id": identifier(str(read.settings.get("form_id") or form.get("id_string") or "survey")),
        "version": str(read.settings.get("version") or form.get("version") or "1"),
        "title": _every_language(str(form.get("title") or read.name), "title", languages, notes),
        "language": languages.main,
    }
    if len(languages.all) > 1:
        data["languages"] = languages.all[1:]
    if read.has_entities:
        notes.add(
            None,
            "Say So does not make or change entities (datasets), so this is left out.",
            "entities",
        )
    if "version" not in read.settings:
        notes.add(None, "there is no version, so the survey is version 1.", "settings")
    data["audiences"] = [
        {"id": "everyone", "text": _standard("audience", languages), "symbol": "🙂"}
    ]
    for key in ("consent", "help", "next_steps"):
        data[key] = _standard(key, languages)
    notes.add(
        None,
        "Say So's own easy-read words are used for who is answering, consent, help "
        "and what happens next: please check them" + _translate(languages) + ".",
        "settings",
    )
    data["questions"] = questions
    return data


def _walk(
    children: list[dict[str, Any]],
    context: Context,
    maker: QuestionMaker,
    questions: list[dict[str, Any]],
    notes: Notes,
) -> None:
    for element in children:
        if element.get("control", {}).get("bodyless") or maker.read.added_by_pyxform(element):
            continue  # pyxform's own record of the form instance, not in the spreadsheet
        row = maker.read.row(str(element.get("name", "")))
        earlier = {q["id"]: q for q in questions}
        relevant = str((element.get("bind") or {}).get("relevant") or "").strip()
        show_if = show_if_from(relevant, earlier, row, notes) if relevant else []
        if element.get("type") in GROUPS:
            _walk(
                element.get("children", []),
                _inner(element, context, show_if, maker, row),
                maker,
                questions,
                notes,
            )
            continue
        if str(element.get("name", "")).startswith(TABLE_HEADING):
            notes.add(row, "the table-list group is asked one question at a time, with no table.")
            continue
        question = maker.make(element, Context(context.groups, [*context.show_if, *show_if]))
        if question is not None:
            questions.append(question)


def _inner(
    group: dict[str, Any],
    context: Context,
    show_if: list[dict[str, Any]],
    maker: QuestionMaker,
    row: int | None,
) -> Context:
    if group.get("type") in ASKED_ONCE:
        maker.notes.add(row, ASKED_ONCE[str(group["type"])])
    label = maker.languages.text(group.get("label"), "group label", row, maker.notes)
    groups = [*context.groups, label] if label else list(context.groups)
    return Context(groups, [*context.show_if, *show_if])


def _every_language(words: str, what: str, languages: Languages, notes: Notes) -> Text:
    if len(languages.all) > 1:
        notes.add(
            None, f"the {what} is the same in every language: please translate it.", "settings"
        )
    return languages.same(words)


def _standard(key: str, languages: Languages) -> Text:
    return languages.same(STANDARD_WORDS[key])


def _translate(languages: Languages) -> str:
    others = languages.all[1:]
    return f" and translate them into {', '.join(others)}" if others else ""
