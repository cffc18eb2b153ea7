"""Properties of the flow engine over random surveys with show-if chains and random journeys.

- a question whose show-if is false is never the current step;
- every answer to a question still shown is kept exactly, and no answer to a hidden one is;
- moving on never makes progress go backwards.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from surveys.flow import Flow, Step
from surveys.model import Condition, Survey
from surveys.response import Answer

VALUES: dict[str, list[Any]] = {"yes_no": ["yes", "no", "not_sure"], "faces": [1, 2, 3]}


@st.composite
def surveys(draw: st.DrawFn) -> Survey:
    count = draw(st.integers(2, 8))
    questions: list[dict[str, Any]] = []
    for index in range(count):
        kind = draw(st.sampled_from(sorted(VALUES)))
        question: dict[str, Any] = {"id": f"q{index}", "type": kind, "text": f"Question {index}"}
        if kind == "faces":
            question["scale"] = 3
        if index and draw(st.booleans()):
            target = draw(st.integers(0, index - 1))
            values = VALUES[questions[target]["type"]]
            test = draw(st.sampled_from(["any_of", "none_of", "equals", "answered"]))
            condition: dict[str, Any] = {"question": f"q{target}"}
            if test == "answered":
                condition["answered"] = draw(st.booleans())
            elif test == "equals":
                condition["equals"] = draw(st.sampled_from(values))
            else:
                condition[test] = draw(st.lists(st.sampled_from(values), min_size=1, unique=True))
            question["show_if"] = condition
        questions.append(question)
    return Survey.model_validate(
        {
            "id": "random",
            "version": 1,
            "title": "Random",
            "audiences": [{"id": "young_person", "text": "Me"}],
            "consent": "OK?",
            "help": "Ask.",
            "next_steps": "Thanks.",
            "questions": questions,
        }
    )


actions = st.lists(
    st.tuples(st.sampled_from(["answer", "answer", "skip", "back", "edit"]), st.integers(0, 20)),
    max_size=40,
)


def holds(condition: Condition, answers: dict[str, Answer]) -> bool:
    answer = answers.get(condition.question)
    answered = answer is not None and answer.status == "answered"
    if condition.answered is not None:
        return answered == condition.answered
    if answer is None or not answered:
        return False
    if condition.equals is not None:
        return answer.value == condition.equals
    if condition.any_of is not None:
        return answer.value in condition.any_of
    assert condition.none_of is not None
    return answer.value not in condition.none_of


def act(flow: Flow, action: str, pick: int, given: dict[str, Any]) -> tuple[Step | None, bool]:
    """Do one action; return the new step and whether it was a move forward."""
    step = flow.step
    if step is None:
        shown = flow.shown()
        return flow.edit(shown[pick % len(shown)].id), False
    question = step.question
    if action == "answer":
        value = VALUES[question.type][pick % 3]
        given[question.id] = value
        return flow.answer(value), True
    if action == "skip":
        given[question.id] = None
        return flow.skip(), True
    if action == "back":
        return flow.back() or flow.step, False
    return flow.edit(flow.shown()[pick % len(flow.shown())].id), False


@settings(max_examples=300, deadline=None)
@given(survey=surveys(), journey=actions)
def test_the_flow_never_breaks_its_promises(survey: Survey, journey: list[tuple[str, int]]) -> None:
    flow = Flow(survey, "young_person")
    given_answers: dict[str, Any] = {}
    for action, pick in journey:
        before = flow.step
        after, forward = act(flow, action, pick, given_answers)
        shown = {q.id for q in flow.shown()}
        kept = {a.question: a for a in flow.answers()}

        if after is not None:
            assert all(holds(c, kept) for c in after.question.show_if)
            assert after.question.id in shown

        given_answers = {q: v for q, v in given_answers.items() if q in shown}
        assert {q: a.value for q, a in kept.items()} == given_answers

        if forward and before is not None and after is not None:
            assert after.number > before.number
            if not flow.editing:
                assert after.number == before.number + 1
