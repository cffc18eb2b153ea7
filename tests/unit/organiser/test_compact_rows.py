"""The import's own reader of compact bodies gives exactly the row the full decoder gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.keys import OrganiserKeyPair
from kiosk.organiser.base import ResponseRow
from kiosk.organiser.rows import CompactReader
from kiosk.store import SealedOpener, SealedResponse
from kiosk.store.compact import decode_compact
from kiosk.store.layout import SurveyLayout
from kiosk.store.sealing import BatchSealer
from surveys.profiles import AccessProfile
from surveys.response import Answer, Response
from tests.unit.bundles.closed_survey import closed_responses, closed_survey

ORGANISER = OrganiserKeyPair.generate()
SURVEY = closed_survey()
LAYOUT = SurveyLayout.of(SURVEY)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
text = st.text(min_size=0, max_size=12)
values = st.one_of(
    st.none(),
    text,
    st.integers(-(2**70), 2**70),
    st.lists(text, max_size=3),
    st.dictionaries(text, text, max_size=3),
)


def _full_row(sealed: SealedResponse, body: bytes) -> ResponseRow | None:
    assert sealed.response_id is not None
    assert sealed.layout is not None
    try:
        response = decode_compact(body, sealed.meta, sealed.layout, sealed.response_id)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, cbor2.CBORError):
        return None
    return ResponseRow.of(response)


def _both(sealed: SealedResponse, body: bytes | None = None) -> tuple[Any, Any]:
    body = SealedOpener(ORGANISER).open_body(sealed) if body is None else body
    assert sealed.response_id is not None
    return CompactReader().row(sealed, body, sealed.response_id), _full_row(sealed, body)


def test_every_closed_answer_is_read_as_the_full_decoder_reads_it() -> None:
    sealer, reader = BatchSealer(ORGANISER.public), CompactReader()
    opener = SealedOpener(ORGANISER)
    for response in closed_responses(SURVEY, 300, seed=4):
        sealed = sealer.seal(response, LAYOUT)
        body = opener.open_body(sealed)
        assert sealed.response_id is not None
        fast = reader.row(sealed, body, sealed.response_id)
        assert fast is not None
        assert fast == _full_row(sealed, body)


answers = st.lists(
    st.builds(
        Answer,
        question=st.sampled_from([q.id for q in SURVEY.questions] + ["not_in_survey", 'ü\n"x']),
        status=st.sampled_from(["answered", "skipped", "prefer_not_to_say", "dont_know"]),
        value=values,
    ),
    max_size=12,
)
profiles = st.builds(
    AccessProfile,
    read_aloud=st.booleans(),
    colours=st.sampled_from(["default", "high_contrast", "calm"]),
    more_time=st.booleans(),
)


@SETTINGS
@given(
    answers=answers,
    profile=profiles,
    who=st.sampled_from([None, "myself", "with_help", "for_me"]),
    language=st.sampled_from(["en", "cy", "", "ar\u200f"]),
    complete=st.booleans(),
    loose=st.booleans(),
    microsecond=st.sampled_from([0, 0, 250_000]),
)
def test_any_response_the_kiosk_seals_reads_the_same_either_way(
    answers: list[Answer],
    profile: AccessProfile,
    who: Any,
    language: str,
    complete: bool,
    loose: bool,
    microsecond: int,
) -> None:
    started = datetime(2026, 6, 1, 9, 0, 5, microsecond, tzinfo=UTC)
    response = closed_responses(SURVEY, 1)[0].model_copy(
        update={
            "answers": tuple(answers),
            "profile": profile,
            "who_answered": who,
            "language": language,
            "complete": complete,
            "started_at": started,
            "finished_at": started + timedelta(minutes=3),
        }
    )
    response = Response.model_validate(response.model_dump())
    layout = SurveyLayout.loose(response) if loose else LAYOUT
    fast, full = _both(BatchSealer(ORGANISER.public).seal(response, layout))
    assert full is not None
    assert fast in (None, full)


bodies = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 40), st.floats(), text, st.binary()),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(text, inner, max_size=3),
    max_leaves=30,
)


@SETTINGS
@given(fields=bodies)
def test_an_odd_body_is_never_read_differently_from_the_full_decoder(fields: Any) -> None:
    sealed = BatchSealer(ORGANISER.public).seal(closed_responses(SURVEY, 1)[0], LAYOUT)
    fast, full = _both(sealed, cbor2.dumps(fields))
    if fast is not None:
        assert fast == full
        assert Response.model_validate_json(fast.record).model_dump_json() == fast.record


@pytest.mark.parametrize(
    "fields",
    [[[True]], [[1.0]], [[[0, 1, True]]], [[], 0, 1], [[], True], [[], 0, True, 5], [[["a"]]]],
)
def test_values_pydantic_would_change_are_left_to_it(fields: Any) -> None:
    sealed = BatchSealer(ORGANISER.public).seal(closed_responses(SURVEY, 1)[0], LAYOUT)
    fast, _ = _both(sealed, cbor2.dumps(fields))
    assert fast is None
