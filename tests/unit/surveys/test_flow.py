"""The flow engine: order, branching, skipping, going back, changing and the record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from surveys.catalog import load_builtin
from surveys.errors import AnswerError
from surveys.flow import Flow
from surveys.hashing import survey_hash
from surveys.model import Faces
from surveys.profiles import AccessProfile


def school_flow(audience: str = "young_person", **profile: Any) -> Flow:
    return Flow(load_builtin("my-school"), audience, profile=AccessProfile(**profile))


def skip_to_the_end(flow: Flow) -> None:
    while flow.step is not None:
        flow.skip()


def ids(flow: Flow) -> list[str]:
    return [q.id for q in flow.shown()]


def test_a_happy_child_is_not_asked_what_makes_school_hard() -> None:
    flow = school_flow()
    step = flow.step
    assert step is not None
    assert (step.question.id, step.progress) == ("feel_school", "1 of 6")
    step = flow.answer(5)
    assert step is not None
    assert (step.question.id, step.progress) == ("get_help", "2 of 6")


def test_an_unhappy_child_is_asked_what_makes_school_hard() -> None:
    flow = school_flow()
    step = flow.answer(2)
    assert step is not None
    assert (step.question.id, step.progress) == ("hard_things", "2 of 7")
    assert flow.answer(["noise", "travel"]) is not None
    assert flow.answers()[1].value == ["noise", "travel"]


def test_questions_for_another_audience_are_left_out() -> None:
    assert "who_helps" in ids(school_flow("young_person"))
    assert "who_helps" not in ids(school_flow("other"))


def test_wording_changes_for_an_audience() -> None:
    flow = school_flow("other")
    question = flow.shown()[0]
    assert flow.words(question) == "How do young people feel about this school?"
    assert school_flow().words(question) == "How do you feel about school?"


def test_changing_an_answer_drops_answers_to_questions_no_longer_shown() -> None:
    flow = school_flow()
    flow.answer(1)
    flow.answer(["work"])
    skip_to_the_end(flow)
    step = flow.edit("feel_school")
    assert step.answer is not None
    assert step.answer.value == 1
    assert flow.answer(5) is None  # nothing new to ask: back to the review
    assert "hard_things" not in [a.question for a in flow.answers()]
    assert flow.editing is False


def test_changing_an_answer_that_shows_a_new_question_asks_it_then_returns() -> None:
    flow = school_flow()
    flow.answer(5)
    flow.answer("yes")
    skip_to_the_end(flow)
    flow.edit("feel_school")
    step = flow.answer(1)
    assert step is not None
    assert (step.question.id, step.progress) == ("hard_things", "2 of 7")
    assert flow.answer(["noise"]) is None
    assert [a.question for a in flow.answers()][:3] == ["feel_school", "hard_things", "get_help"]
    assert flow.answers()[2].value == "yes"


def test_back_keeps_the_answer_and_stops_at_the_first_question() -> None:
    flow = school_flow()
    flow.answer(4)
    step = flow.back()
    assert step is not None
    assert step.answer is not None
    assert step.answer.value == 4
    assert flow.back() is None
    assert flow.step is not None
    assert flow.step.question.id == "feel_school"


def test_skips_are_recorded_with_their_reason() -> None:
    flow = school_flow()
    flow.skip("prefer_not_to_say")
    flow.skip("dont_know")
    answers = flow.answers()
    assert [(a.question, a.status, a.value) for a in answers] == [
        ("feel_school", "prefer_not_to_say", None),
        ("get_help", "dont_know", None),
    ]


def test_each_step_says_what_it_allows() -> None:
    flow = school_flow()
    first = flow.step
    assert first is not None
    assert not first.can_go_back
    assert first.allows("prefer_not_to_say")
    assert not first.allows("dont_know")
    assert first.allows("skipped") is (not first.question.required)
    flow.answer(4)
    second = flow.step
    assert second is not None
    assert second.can_go_back
    assert second.allows("dont_know")


def test_i_dont_know_is_refused_where_the_survey_does_not_offer_it() -> None:
    with pytest.raises(AnswerError, match="needs an answer"):
        school_flow().skip("dont_know")


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "choose one"), (6, "choose one"), ("5", "choose one"), (True, "choose one")],
)
def test_a_face_outside_the_scale_is_refused(value: object, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        school_flow().answer(value)  # type: ignore[arg-type]


def test_answers_are_checked_for_every_type() -> None:
    flow = school_flow()
    flow.answer(1)
    with pytest.raises(AnswerError, match="at least one"):
        flow.answer([])
    with pytest.raises(AnswerError, match="at least one"):
        flow.answer(["dragons"])
    flow.answer(["noise"])
    with pytest.raises(AnswerError, match="choose one"):
        flow.answer("perhaps")
    flow.answer("no")
    flow.answer("friend")
    with pytest.raises(AnswerError, match="every picture"):
        flow.answer({"art": "like"})
    flow.answer({i: "like" for i in ("art", "sport", "reading", "music", "lunch", "trips")})
    with pytest.raises(AnswerError, match="choose one"):
        flow.answer(6)
    flow.answer(3)
    with pytest.raises(AnswerError, match="write something"):
        flow.answer("   ")
    with pytest.raises(AnswerError, match="200 letters or fewer"):
        flow.answer("x" * 201)
    assert flow.answer("  More quiet places.  ") is None
    assert flow.answers()[-1].value == "More quiet places."


def test_fewer_choices_offers_three_faces_on_a_five_face_scale() -> None:
    question = load_builtin("my-school").questions[0]
    assert isinstance(question, Faces)
    assert school_flow(fewer_choices=True).faces(question) == [1, 3, 5]
    assert school_flow().faces(question) == [1, 2, 3, 4, 5]


def test_the_record_holds_everything_the_organiser_needs() -> None:
    times = iter(
        [datetime(2026, 11, 22, 10, 0, tzinfo=UTC), datetime(2026, 11, 22, 10, 4, tzinfo=UTC)]
    )
    survey = load_builtin("event-feedback")
    flow = Flow(
        survey, "parent_carer", profile=AccessProfile(read_aloud=True), clock=lambda: next(times)
    )
    flow.answer(3)
    flow.answer("food")
    flow.skip()
    flow.answer("More shade, please.")
    record = flow.finish("with_help", "K7M-2QX")
    assert record.survey_id == "event-feedback"
    assert record.survey_version == "1"
    assert record.survey_hash == survey_hash(survey)
    assert (record.audience, record.language, record.who_answered) == (
        "parent_carer",
        "en",
        "with_help",
    )
    assert record.profile.read_aloud is True
    assert record.finished_at - record.started_at == timedelta(minutes=4)
    assert [(a.question, a.status, a.value) for a in record.answers] == [
        ("enjoyed", "answered", 3),
        ("best_part", "answered", "food"),
        ("come_again", "skipped", None),
        ("what_else", "answered", "More shade, please."),
    ]
    assert record.complete is True
    assert record.receipt == "K7M-2QX"


def test_an_unknown_audience_is_refused() -> None:
    with pytest.raises(KeyError):
        Flow(load_builtin("my-school-parents"), "young_person")
