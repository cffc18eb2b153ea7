"""The survey example in the README is a working survey."""

from __future__ import annotations

import re
from pathlib import Path

from surveys.flow import Flow
from surveys.loader import parse_survey

README = Path(__file__).parents[2] / "README.md"


def test_the_readme_survey_example_loads_and_branches() -> None:
    example = re.search(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert example is not None
    survey = parse_survey(example.group(1), name="README.md")
    flow = Flow(survey, "young_person")
    step = flow.answer(1)
    assert step is not None
    assert step.question.id == "lunch_hard"
