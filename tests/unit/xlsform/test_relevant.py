"""XLSForm `relevant` expressions: the forms Say So can say, and a reason for the rest."""

from __future__ import annotations

import pytest

from surveys.xlsform.relevant import Unexpressible, parse_relevant


@pytest.mark.parametrize(
    ("expression", "conditions"),
    [
        ("${a} = 'x'", [{"question": "a", "equals": "x"}]),
        ("${a}='x'", [{"question": "a", "equals": "x"}]),
        ('${a} = "x"', [{"question": "a", "equals": "x"}]),
        ("${a} = 3", [{"question": "a", "equals": 3}]),
        ("${a} != 'x'", [{"question": "a", "none_of": ["x"]}]),
        ("selected(${a}, 'x')", [{"question": "a", "any_of": ["x"]}]),
        ("not(selected(${a}, 'x'))", [{"question": "a", "none_of": ["x"]}]),
        ("not(${a} = 'x')", [{"question": "a", "none_of": ["x"]}]),
        ("not(${a} != 'x')", [{"question": "a", "any_of": ["x"]}]),
        ("${a} != ''", [{"question": "a", "answered": True}]),
        ("${a} = ''", [{"question": "a", "answered": False}]),
        (
            "${a} = 'x' and selected(${b}, 'y')",
            [{"question": "a", "equals": "x"}, {"question": "b", "any_of": ["y"]}],
        ),
        ("${a} = 'x' or selected(${a}, 'y')", [{"question": "a", "any_of": ["x", "y"]}]),
        (
            "(${a} = 'x' or ${a} = 'y') and ${b} != ''",
            [
                {"question": "a", "any_of": ["x", "y"]},
                {"question": "b", "answered": True},
            ],
        ),
    ],
)
def test_expressible_forms_become_show_if(
    expression: str, conditions: list[dict[str, object]]
) -> None:
    assert parse_relevant(expression) == conditions


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("${a} > 3", "'>'"),
        ("${a} = 'x' or ${b} = 'y'", "same question"),
        ("${a} = ${b}", "fixed value"),
        ("count-selected(${a}) = 2", "count-selected"),
        ("not(${a} = 'x' and ${b} = 'y')", "more than one test"),
        ("${a} = 'x' and", "the end"),
    ],
)
def test_other_forms_say_what_cannot_be_followed(expression: str, reason: str) -> None:
    with pytest.raises(Unexpressible, match=reason):
        parse_relevant(expression)
