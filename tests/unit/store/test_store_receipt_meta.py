"""A receipt code is looked up from what the store keeps in clear: survey and times, no answers."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.store import open_store
from tests.unit.store.store_helpers import MakeResponse, StoreUnderTest

FORMAT1 = Path(__file__).parent / "fixtures" / "format1"


def test_a_kept_receipt_gives_its_survey_and_when_it_was_saved(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    response = make_response(4, survey_id="my-school")
    subject.store.save(response)
    meta = subject.store.receipt_meta(response.receipt)
    assert meta is not None
    assert (meta.survey_id, meta.finished_at) == ("my-school", response.finished_at)
    assert subject.store.receipt_meta("ZZZ-ZZZ") is None


def test_a_withdrawn_receipt_is_no_longer_found(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    subject.store.save(make_response(1))
    subject.store.withdraw(make_response(1).receipt)
    assert subject.store.receipt_meta(make_response(1).receipt) is None
    assert subject.reopen().receipt_meta(make_response(1).receipt) is None


def test_a_format1_store_answers_too(tmp_path: Path, make_response: MakeResponse) -> None:
    shutil.copytree(FORMAT1, tmp_path / "kiosk")
    store = open_store(tmp_path / "kiosk")
    try:
        meta = store.receipt_meta(make_response(2).receipt)
        assert meta is not None
        assert meta.finished_at == make_response(2).finished_at
    finally:
        store.close()
