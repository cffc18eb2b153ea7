"""The built-in surveys load, and between them use everything the format offers."""

from __future__ import annotations

import pytest

from surveys.catalog import DEMO_SURVEY, builtin_ids, find_survey, load_builtin
from surveys.errors import SurveyError
from surveys.model import QUESTION_TYPES


def test_there_are_three_builtin_surveys() -> None:
    assert builtin_ids() == ["event-feedback", "my-school", "my-school-parents"]
    assert DEMO_SURVEY in builtin_ids()


@pytest.mark.parametrize("survey_id", builtin_ids())
def test_builtin_survey_loads_with_a_symbol_on_every_question(survey_id: str) -> None:
    survey = load_builtin(survey_id)
    assert survey.id == survey_id
    assert all(q.symbol for q in survey.questions)


def test_builtin_surveys_use_every_question_type_and_a_show_if() -> None:
    questions = [q for i in builtin_ids() for q in load_builtin(i).questions]
    assert {q.type for q in questions} == set(QUESTION_TYPES)
    assert any(q.show_if for q in questions)


def test_parents_choose_their_own_version_of_the_demo_survey() -> None:
    demo = load_builtin(DEMO_SURVEY)
    linked = demo.audience("parent_carer").survey
    assert linked is not None
    assert find_survey(linked).audiences[0].id == "parent_carer"


def test_an_unknown_survey_name_lists_the_builtin_ones() -> None:
    with pytest.raises(SurveyError, match="no built-in survey called 'nope'.*my-school"):
        find_survey("nope")
