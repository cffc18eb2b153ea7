"""The XLSForms pyxform tests itself with convert into surveys that load, with every change noted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from surveys.loader import load_survey_file
from surveys.model import Information, MultipleChoice, SingleChoice
from surveys.xlsform import Conversion, XLSFormError, convert_xlsform

EXAMPLES = Path(__file__).parent / "pyxform_examples"
REFUSED = {"unknown_question_type.xls"}  # pyxform itself refuses it: two columns mean the same
FORMS = sorted(p for p in EXAMPLES.glob("*.xls*") if p.name not in REFUSED)


def converted(name: str) -> Conversion:
    return convert_xlsform(EXAMPLES / name)


def said(conversion: Conversion) -> str:
    return "\n".join(str(note) for note in conversion.notes)


def pictures_of(conversion: Conversion) -> set[str]:
    survey = conversion.survey
    found = {q.picture for q in survey.questions if q.picture}
    for question in survey.questions:
        found |= {o.picture for o in getattr(question, "options", []) if o.picture}
    return found


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_each_example_converts_to_a_survey_file_that_loads(form: Path, tmp_path: Path) -> None:
    conversion = convert_xlsform(form)
    for picture in pictures_of(conversion):  # the organiser puts the form's pictures beside it
        Image.new("RGB", (8, 8), "white").save(tmp_path / picture)
    written = tmp_path / f"{form.stem}.yaml"
    written.write_text(conversion.text, encoding="utf-8")
    assert load_survey_file(written) == conversion.survey
    for note in conversion.notes:  # every question-level note says where it is
        assert (
            note.row is not None
            or note.sheet in ("settings", "entities")
            or ("there are no questions" in note.message)
        ), note


def test_the_household_tutorial_keeps_its_questions_and_says_what_it_cannot_follow() -> None:
    tutorial = converted("tutorial.xls")
    assert [q.id for q in tutorial.survey.questions][:3] == [
        "name",
        "relationship_to_household_head",
        "sex",
    ]
    assert isinstance(tutorial.survey.question("sex"), SingleChoice)
    notes = said(tutorial)
    assert "survey sheet, row 2: Say So asks the questions in a repeat once" in notes
    assert "survey sheet, row 11: the relevant '${sex}='female' and ${age_in_years}>=15" in notes
    assert "so the question is always shown" in notes
    assert any(  # pyxform's own advice is passed on, not dropped
        w.startswith("row 1: On the 'choices' sheet, the 'tutorial notes' value is invalid")
        for w in tutorial.warnings
    ), tutorial.warnings


def test_older_type_names_are_asked_as_their_usual_types() -> None:
    widgets = converted("widgets.xls")
    assert widgets.survey.question("my_string").type == "free_text"  # 'string' is 'text'
    assert isinstance(widgets.survey.question("my_select"), MultipleChoice)
    notes = said(widgets)
    assert "'string' is a question type" not in notes
    assert "survey sheet, row 11: 'geopoint': Say So does not record places" in notes


def test_languages_named_without_a_code_get_their_code_and_a_note() -> None:
    spec = converted("xlsform_spec_test.xlsx")
    assert spec.survey.all_languages() == ["en", "zh"]
    notes = said(spec)
    assert "survey sheet, row 1: the language 'chinese' in the column names has no code" in notes
    assert "survey sheet, row 40: 'calculate': Say So does not calculate values" in notes
    assert "survey sheet, row 9: the audio file is not played" in notes


def test_a_choice_list_with_a_name_twice_for_its_filter_keeps_the_first() -> None:
    cascading = converted("choice_filter_test.xlsx")
    county = cascading.survey.question("county")
    assert isinstance(county, SingleChoice)
    assert [o.id for o in county.options].count("king") == 1
    notes = said(cascading)
    assert "choices sheet, row 4: the list 'counties' has 'king' more than once" in notes
    assert "survey sheet, row 3: the choice filter is not used: every choice is shown." in notes


def test_or_other_and_loops_keep_their_show_if_and_questions() -> None:
    other = converted("or_other.xlsx").survey.question("fav_color_other")
    assert [c.model_dump(exclude_none=True) for c in other.show_if] == [
        {"question": "fav_color", "any_of": ["other"]}
    ]
    loop = converted("loop.xlsx")
    assert "survey sheet, row 3: Say So asks the questions in a loop once" in said(loop)


def test_notes_in_a_form_become_information_steps() -> None:
    calculate = converted("calculate.xls")
    assert all(isinstance(q, Information) for q in calculate.survey.questions)
    assert "survey sheet, row 2: 'calculate': Say So does not calculate values" in said(calculate)


def test_a_form_pyxform_refuses_gets_pyxforms_reason_in_plain_words() -> None:
    with pytest.raises(XLSFormError) as caught:
        converted("unknown_question_type.xls")
    message = caught.value.message
    assert "sheet: 'survey'" in message
    assert "Fix the spreadsheet, then convert it again." in message
    assert "Traceback" not in message
