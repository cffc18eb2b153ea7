"""XLSForm spreadsheets become survey files that load, in both languages, with every feature mapped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from surveys.loader import load_survey_file
from surveys.model import Information, MultipleChoice, Rating, SingleChoice
from surveys.xlsform import Conversion, convert_xlsform
from tests.unit.xlsform.forms import EVERY_FEATURE, row, write_form


@pytest.fixture
def converted(tmp_path: Path) -> Conversion:
    return convert_xlsform(write_form(tmp_path / "school.xlsx", EVERY_FEATURE))


def test_the_survey_file_round_trips_through_the_loader(
    converted: Conversion, tmp_path: Path
) -> None:
    Image.new("RGB", (8, 8), "white").save(tmp_path / "school.png")  # the form's media::image
    written = tmp_path / "school.yaml"
    written.write_text(converted.text, encoding="utf-8")
    assert load_survey_file(written) == converted.survey


def test_settings_become_the_survey_id_version_title_and_languages(converted: Conversion) -> None:
    survey = converted.survey
    assert (survey.id, survey.version) == ("my-school-xls", "7")
    assert survey.text(survey.title) == "My school"
    assert survey.all_languages() == ["en", "cy"]


def test_each_question_type_is_mapped_with_its_choices_and_translations(
    converted: Conversion,
) -> None:
    survey = converted.survey
    feel = survey.question("feel")
    assert isinstance(feel, SingleChoice)
    assert feel.required
    assert [o.id for o in feel.options] == ["happy", "ok", "sad"]
    assert feel.options[2].text == {"en": "Sad", "cy": "Trist"}
    assert feel.text == {
        "en": "How do you feel about school?",
        "cy": "Sut wyt ti'n teimlo am yr ysgol?",
    }
    assert feel.long_text == {"en": "Think about this week.", "cy": "Meddylia am yr wythnos hon."}
    assert feel.picture == "school.png"
    assert isinstance(survey.question("helpers"), MultipleChoice)
    assert isinstance(survey.question("welcome"), Information)
    assert survey.question("why_sad").type == "free_text"
    stars, club = survey.question("stars"), survey.question("club")
    assert isinstance(stars, Rating)
    assert stars.max == 5
    assert isinstance(club, Rating)
    assert club.max == 3


def test_groups_are_flattened_with_their_label_kept_as_context(converted: Conversion) -> None:
    helpers = converted.survey.question("helpers")
    assert helpers.long_text == {"en": "Getting help", "cy": "Cael help"}
    assert [q.id for q in converted.survey.questions][:4] == [
        "feel",
        "welcome",
        "helpers",
        "why_sad",
    ]


def test_relevant_becomes_show_if(converted: Conversion) -> None:
    def shown_if(question_id: str) -> list[dict[str, object]]:
        question = converted.survey.question(question_id)
        return [c.model_dump(exclude_none=True) for c in question.show_if]

    assert shown_if("helpers") == [{"question": "feel", "none_of": ["sad"]}]
    assert shown_if("why_sad") == [{"question": "feel", "equals": "sad"}]
    assert shown_if("more") == [
        {"question": "helpers", "any_of": ["teacher"]},
        {"question": "helpers", "none_of": ["nobody"]},
    ]
    assert shown_if("either") == [{"question": "feel", "any_of": ["happy", "ok"]}]


def test_audio_and_missing_translations_are_noted_with_their_row(converted: Conversion) -> None:
    said = [str(note) for note in converted.notes]
    assert (
        "survey sheet, row 6: the audio file is not played: Say So reads the words aloud instead."
        in said
    )
    assert any(n.startswith("settings sheet: Say So's own easy-read words") for n in said)
    assert converted.text.startswith("# Converted from the XLSForm school.xlsx")
    assert "#   survey sheet, row 6: the audio file is not played" in converted.text


def test_what_say_so_cannot_ask_is_listed_with_sheet_row_and_what_it_does(tmp_path: Path) -> None:
    form = write_form(
        tmp_path / "odd.xlsx",
        [
            row("text", "name", "Your name", "Dy enw"),
            row("calculate", "total", calculation="1 + 1"),
            row("geopoint", "where", "Where are you?", "Ble wyt ti?"),
            row("begin repeat", "kids", "Each child", "Pob plentyn"),
            row("integer", "age", "How old?", "Faint yw dy oed?", constraint=". > 3 and . < 30"),
            row("end repeat", ""),
            row("select_one feel", "feel", "Feel?", "Teimlo?", choice_filter="name != 'ok'"),
            row("text", "later", "More?", "Mwy?", relevant="${age} > 10"),
        ],
    )
    said = "\n".join(str(note) for note in convert_xlsform(form).notes)
    assert "row 3: 'calculate': Say So does not calculate values, so this is left out." in said
    assert "row 4: 'geopoint': Say So does not record places, so this question is left out." in said
    assert "row 5: Say So asks the questions in a repeat once" in said
    assert "row 6: Say So asks for this whole number as typed words" in said
    assert "row 6: the constraint is not checked." in said
    assert "row 8: the choice filter is not used: every choice is shown." in said
    assert "row 9: the relevant '${age} > 10' cannot be a show-if" in said
    assert "so the question is always shown" in said
