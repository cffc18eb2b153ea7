"""The compact body format: survey facts in the layout, positions for questions and options."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from kiosk.store import MemoryStore, open_sealed, open_store, read_responses  # noqa: E402
from kiosk.store.compact import decode_compact, encode_compact  # noqa: E402
from kiosk.store.durable import STORE_FILE  # noqa: E402
from kiosk.store.layout import SurveyLayout  # noqa: E402
from kiosk.store.records import LAYOUTS  # noqa: E402
from kiosk.store.storage import JournalStorage  # noqa: E402
from surveys.catalog import load_builtin  # noqa: E402
from surveys.response import Answer, Response  # noqa: E402
from tests.unit.bundles.closed_survey import closed_responses, closed_survey


def _round_trip(response: Response, layout: SurveyLayout) -> Response:
    store_id = uuid.uuid4()
    meta_source = response.model_copy(update={"id": store_id})
    from kiosk.store.codec import ResponseMeta

    return decode_compact(
        encode_compact(response, layout), ResponseMeta.of(meta_source), layout, store_id
    )


def test_a_closed_ten_question_body_seals_to_a_few_dozen_bytes() -> None:
    survey = closed_survey()
    store = MemoryStore(surveys=[survey])
    responses = closed_responses(survey, 200)
    for response in responses:
        store.save(response)
    items = list(store.export_items())
    assert max(len(item.ciphertext) for item in items) < 64
    assert sum(len(item.ciphertext) for item in items) / len(items) < 40
    assert store.organiser_keys is not None
    opened = [open_sealed(item, store.organiser_keys) for item in items]
    assert [r.model_dump(exclude={"id"}) for r in opened] == [
        r.model_dump(exclude={"id"}) for r in responses
    ]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hard_things", ["noise", "work"]),  # options in survey order: a bit set
        ("hard_things", ["work", "noise"]),  # out of order: kept as it is
        ("who_helps", "nobody_at_all"),  # not an option: kept as it is
        ("feel_school", "happy"),  # not a face number: kept as it is
        ("who_helps", 3),  # a number where an option id belongs: not read as a position
    ],
)
def test_values_that_do_not_fit_the_layout_come_back_unchanged(
    question: str, value: object
) -> None:
    survey = load_builtin("my-school")
    layout = SurveyLayout.of(survey)
    base = closed_responses(closed_survey(), 1)[0]
    answers = (Answer(question=question, value=value), Answer(question="not_in_it", value=2))
    response = base.model_copy(update={"answers": answers})
    assert _round_trip(response, layout).answers == answers


def test_every_built_in_survey_answer_shape_round_trips() -> None:
    survey = load_builtin("my-school")
    layout = SurveyLayout.of(survey)
    items = {q.id: q for q in survey.questions}
    sort_items = [o.id for o in items["like_doing"].items]  # type: ignore[union-attr]
    answers = (
        Answer(question="feel_school", value=4),
        Answer(question="hard_things", status="skipped"),
        Answer(question="get_help", value="not_sure"),
        Answer(question="like_doing", value=dict.fromkeys(sort_items, "dislike")),
        Answer(question="listened", status="prefer_not_to_say"),
        Answer(question="change_one", value="More quiet places"),
    )
    base = closed_responses(closed_survey(), 1)[0]
    response = base.model_copy(update={"answers": answers, "language": "cy"})
    assert _round_trip(response, layout).answers == answers
    assert _round_trip(response, layout).language == "cy"


def test_the_layout_is_kept_once_on_disk_and_read_back_after_reopening(tmp_path: Path) -> None:
    survey = closed_survey()
    responses = closed_responses(survey, 5)
    store = open_store(tmp_path, surveys=[survey])
    for response in responses:
        store.save(response)
    store.close()
    on_disk = JournalStorage(tmp_path / STORE_FILE).tables  # read as the store file is
    assert len(on_disk[LAYOUTS]) == 2  # one layout, kept twice
    store = open_store(tmp_path)
    assert {item.layout for item in store.export_items()} == {SurveyLayout.of(survey)}
    store.close()
    back = read_responses(tmp_path)
    assert [r.answers for r in back] == [r.answers for r in responses]
