"""Information steps: words to read, then Next; nothing to skip, nothing stored."""

from __future__ import annotations

import pytest

from surveys.catalog import load_builtin
from surveys.errors import AnswerError
from surveys.flow import Flow
from surveys.model import INFORMATION_SEEN, Information


def parents_flow_at_the_note() -> Flow:
    flow = Flow(load_builtin("my-school-parents"), "parent_carer")
    while flow.step is not None and not isinstance(flow.step.question, Information):
        flow.skip()
    return flow


def test_an_information_step_moves_on_with_next_and_is_not_stored() -> None:
    flow = parents_flow_at_the_note()
    step = flow.step
    assert step is not None
    assert step.question.id == "nearly_done"
    after = flow.answer(INFORMATION_SEEN)
    assert after is not None
    assert after.question.id == "better"
    assert "nearly_done" not in {a.question for a in flow.answers()}
    assert "nearly_done" not in {q.id for q, _ in flow.review()}


def test_an_information_step_cannot_be_skipped_or_answered() -> None:
    flow = parents_flow_at_the_note()
    for status in ("skipped", "prefer_not_to_say", "dont_know"):
        with pytest.raises(AnswerError):
            flow.skip(status)
    with pytest.raises(AnswerError, match="Next"):
        flow.answer("yes")
