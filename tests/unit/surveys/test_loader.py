"""Bad survey files give plain-words errors with the right file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveys.errors import SurveyError
from surveys.loader import load_survey_file, parse_survey

BROKEN = Path(__file__).parent / "broken"
TYPES = (
    "single_choice, multiple_choice, faces, yes_no, rating, free_text, picture_sort, information"
)
YAML_HINT = "Check the indenting and that each ':' has a space after it."

CASES = [
    ("unknown_type.yaml", 11, 5, f"'slider' is not a question type. Use one of: {TYPES}."),
    ("no_type.yaml", 11, 5, f"this question has no 'type'. Use one of: {TYPES}."),
    (
        "later_show_if.yaml",
        16,
        17,
        "show_if points to 'q2', which comes later or is this question. "
        "A question can only depend on questions before it.",
    ),
    (
        "missing_show_if.yaml",
        25,
        17,
        "show_if points to 'q9', but there is no question with that id.",
    ),
    (
        "bad_value.yaml",
        26,
        15,
        "'maybe' is not an answer to 'q1'. Its answers are: no, not_sure, yes.",
    ),
    ("dup_id.yaml", 15, 9, "the question id 'q1' is used twice. Each id must be different."),
    (
        "dup_option.yaml",
        22,
        13,
        "the option id 'teacher' is used twice. Each id must be different.",
    ),
    (
        "long_option.yaml",
        23,
        15,
        "option text is 70 characters long; keep it to 60 or fewer so it fits on a button.",
    ),
    (
        "long_question.yaml",
        13,
        11,
        "question text is 213 characters long; keep it to 200 or fewer so the answers "
        "still fit on the screen below it.",
    ),
    (
        "yaml_syntax.yaml",
        17,
        20,
        f"the YAML is not valid here: mapping values are not allowed here. {YAML_HINT}",
    ),
    (
        "yaml_indent.yaml",
        16,
        10,
        f"the YAML is not valid here: mapping values are not allowed here. {YAML_HINT}",
    ),
    (
        "extra_key.yaml",
        18,
        12,
        "'symbl' is not a setting a survey can have here. Check the spelling.",
    ),
    ("missing_consent.yaml", 1, 1, "'consent' is missing. Add a line 'consent: ...'."),
    ("bad_faces.yaml", 13, 12, "'scale' must be 3 or 5."),
    ("dup_key.yaml", 9, 1, "'help' appears twice here. Each setting can appear only once."),
    ("text_number.yaml", 13, 5, "'text' should be words, or one line per language like 'en: ...'."),
    (
        "bad_audience.yaml",
        15,
        17,
        "'parents' is not one of this survey's audiences (young_person).",
    ),
    (
        "linked_lacks_audience.yaml",
        9,
        13,
        "the survey 'my-school' has no audience 'teacher', so people who choose it would have "
        "nothing to answer. Add 'teacher' to the audiences of 'my-school'.",
    ),
    (
        "cond_two_tests.yaml",
        24,
        5,
        "a show_if needs exactly one of: equals, any_of, none_of, answered.",
    ),
]


def test_the_valid_file_loads() -> None:
    survey = load_survey_file(BROKEN / "_valid.yaml")
    assert [q.id for q in survey.questions] == ["q1", "q2"]


@pytest.mark.parametrize(("name", "line", "column", "message"), CASES)
def test_broken_survey_names_file_line_column_and_fix(
    name: str, line: int, column: int, message: str
) -> None:
    path = BROKEN / name
    with pytest.raises(SurveyError) as caught:
        load_survey_file(path)
    assert [(p.file, p.line, p.column, p.message) for p in caught.value.problems] == [
        (str(path), line, column, message)
    ]
    assert str(caught.value) == f"{path}, line {line}, column {column}: {message}"


def test_missing_translations_are_each_reported_with_their_line() -> None:
    with pytest.raises(SurveyError) as caught:
        load_survey_file(BROKEN / "partial_translation.yaml")
    problems = caught.value.problems
    assert [p.line for p in problems] == [4, 7, 8, 9, 10, 14, 19, 23, 25]
    assert problems[5].message == "this text has no translation into cy."
    assert problems[0].message.startswith("this text has no translation into cy. Write it")


def test_an_error_never_shows_pydantic_or_yaml_internals() -> None:
    for path in BROKEN.glob("*.yaml"):
        if path.name == "_valid.yaml":
            continue
        with pytest.raises(SurveyError) as caught:
            load_survey_file(path)
        text = str(caught.value)
        for internal in ("pydantic", "Traceback", "ruamel", "input_value", "errors.pydantic"):
            assert internal not in text, (path.name, text)


def test_a_missing_file_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(SurveyError, match="there is no file here"):
        load_survey_file(tmp_path / "nothing.yaml")


def test_a_picture_must_be_beside_the_survey(tmp_path: Path) -> None:
    source = (BROKEN / "_valid.yaml").read_text(encoding="utf-8")
    survey_file = tmp_path / "s.yaml"
    survey_file.write_text(
        source.replace("    symbol: 🏫", "    picture: school.png"), encoding="utf-8"
    )
    with pytest.raises(SurveyError) as caught:
        load_survey_file(survey_file)
    assert caught.value.problems[0].line == 14
    assert "the picture 'school.png' is not there" in caught.value.problems[0].message
    (tmp_path / "school.png").write_bytes(b"\x89PNG")
    assert load_survey_file(survey_file).questions[0].picture == "school.png"


def test_an_empty_file_says_how_a_survey_starts() -> None:
    with pytest.raises(SurveyError, match="must start with settings like 'id: my-survey'"):
        parse_survey("", name="empty.yaml")


def test_translations_load_and_resolve_per_language() -> None:
    source = (BROKEN / "partial_translation.yaml").read_text(encoding="utf-8")
    welsh = {
        "title: A tiny survey": "title: {en: A tiny survey, cy: Arolwg bach}",
        "text: I am a young person": "text: {en: I am a young person, cy: Person ifanc ydw i}",
        "consent: Is that OK?": "consent: {en: Is that OK?, cy: Ydy hynny'n iawn?}",
        "help: Ask a member of staff.": "help: {en: Ask staff., cy: Gofynnwch i staff.}",
        "next_steps: We will read every answer.": "next_steps: {en: We read it all., cy: Darllenwn y cyfan.}",
        "en: Do you like school?": "en: Do you like school?\n      cy: Wyt ti'n hoffi'r ysgol?",
        "text: Who helps you?": "text: {en: Who helps you?, cy: Pwy sy'n dy helpu di?}",
        "text: A teacher": "text: {en: A teacher, cy: Athro}",
        "text: A friend": "text: {en: A friend, cy: Ffrind}",
    }
    for old, new in welsh.items():
        source = source.replace(old, new)
    survey = parse_survey(source, name="welsh.yaml")
    assert survey.all_languages() == ["en", "cy"]
    assert survey.text(survey.questions[0].text, "cy") == "Wyt ti'n hoffi'r ysgol?"
    assert survey.text(survey.questions[0].text, "pl") == "Do you like school?"


def test_a_linked_survey_that_is_not_there_is_refused_with_its_line(tmp_path: Path) -> None:
    source = (BROKEN / "linked_lacks_audience.yaml").read_text(encoding="utf-8")
    survey_file = tmp_path / "s.yaml"
    survey_file.write_text(source.replace("survey: my-school", "survey: no-such-survey"))
    with pytest.raises(SurveyError) as caught:
        load_survey_file(survey_file)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (9, 13)
    assert problem.message == (
        "the survey 'no-such-survey' that 'teacher' answers cannot be loaded. "
        "Check its name, and that it loads by itself."
    )


def test_a_file_saved_in_another_encoding_says_which_line_in_plain_words(tmp_path: Path) -> None:
    survey = tmp_path / "survey.yaml"
    survey.write_bytes("id: club\ntitle: Caf\u00e9 club\n".encode("latin-1"))  # not UTF-8
    with pytest.raises(SurveyError) as raised:
        load_survey_file(survey)
    message = str(raised.value)
    assert "line 2 holds characters saved another way" in message
    assert "Save the file as UTF-8" in message
    assert "UnicodeDecodeError" not in message
