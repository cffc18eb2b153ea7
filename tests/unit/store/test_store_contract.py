"""The ResponseStore contract, checked against the in-memory store and the store on disk."""

from __future__ import annotations

import pytest

from kiosk.store import ReceiptInUseError, open_sealed
from kiosk.store.compact import encode_compact
from tests.unit.store.store_helpers import MakeResponse, StoreUnderTest, as_kept


def test_a_saved_response_is_counted_and_its_receipt_known(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    store = subject.store
    assert store.count() == 0
    store.save(make_response(1))
    assert store.count() == 1
    assert store.has_receipt(make_response(1).receipt)
    assert not store.has_receipt(make_response(2).receipt)


def test_counts_per_survey_and_audience(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    store = subject.store
    store.save(make_response(1, survey_id="a", audience="young_person"))
    store.save(make_response(2, survey_id="a", audience="parent_carer"))
    store.save(make_response(3, survey_id="b", audience="young_person"))
    assert store.count(survey_id="a") == 2
    assert store.count(audience="young_person") == 2
    assert store.count(survey_id="a", audience="parent_carer") == 1
    assert store.count(survey_id="c") == 0


def test_receipts_are_listed_oldest_first(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    for number in (5, 1, 3):
        subject.store.save(make_response(number, survey_id="a" if number != 3 else "b"))
    codes = [make_response(n).receipt for n in (5, 1, 3)]
    assert subject.store.receipts() == codes
    assert subject.store.receipts(survey_id="a") == codes[:2]


def test_withdraw_removes_only_that_response(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    store = subject.store
    store.save(make_response(1))
    store.save(make_response(2))
    assert store.withdraw(make_response(1).receipt)
    assert not store.has_receipt(make_response(1).receipt)
    assert store.receipts() == [make_response(2).receipt]
    assert store.count() == 1
    assert not store.withdraw(make_response(1).receipt)
    assert not store.withdraw("ZZZ-ZZZ")


def test_export_items_open_to_the_same_responses(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    saved = [make_response(n) for n in range(4)]
    for response in saved:
        subject.store.save(response)
    items = list(subject.store.export_items())
    assert as_kept(open_sealed(item, subject.organiser) for item in items) == as_kept(saved)
    assert [item.meta.receipt for item in items] == [r.receipt for r in saved]


def test_sealing_costs_about_seventeen_bytes(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    subject.store.save(make_response(1))
    item = next(subject.store.export_items())
    opened = open_sealed(item, subject.organiser)
    assert as_kept([opened]) == as_kept([make_response(1)])
    assert item.layout is not None
    overhead = len(item.ciphertext) - len(encode_compact(opened, item.layout))
    assert overhead == 16  # the Poly1305 tag; the counter is the nonce, kept as a small integer
    assert item.counter < 24
    assert opened.id == item.response_id  # derived from the batch and counter, not stored


def test_mark_exported_leaves_only_new_responses_to_export(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    store = subject.store
    for number in range(3):
        store.save(make_response(number))
    first = [item.meta.receipt for item in store.export_items()]
    assert store.mark_exported(first[:2]) == 2
    assert store.mark_exported(first[:2]) == 0
    assert [item.meta.receipt for item in store.export_items()] == first[2:]
    everything = list(store.export_items(include_exported=True))
    assert [item.exported for item in everything] == [True, True, False]
    assert store.count() == 3


def test_saving_the_same_response_again_keeps_it_once(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    subject.store.save(make_response(1))
    subject.store.save(make_response(1))
    assert subject.store.count() == 1


def test_a_different_response_cannot_take_a_used_receipt(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    subject.store.save(make_response(1))
    other = make_response(2).model_copy(update={"receipt": make_response(1).receipt})
    with pytest.raises(ReceiptInUseError, match="receipt code"):
        subject.store.save(other)
    assert subject.store.count() == 1


def test_everything_is_still_there_after_reopening(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    store = subject.store
    saved = {
        n: make_response(n, audience="parent_carer" if n % 2 else "young_person") for n in range(5)
    }
    for response in saved.values():
        store.save(response)
    store.withdraw(make_response(2).receipt)
    store.mark_exported([make_response(0).receipt])
    store = subject.reopen()
    assert store.count() == 4
    assert store.count(audience="parent_carer") == 2
    assert [i.meta.receipt for i in store.export_items()] == [
        make_response(n).receipt for n in (1, 3, 4)
    ]
    opened = [open_sealed(i, subject.organiser) for i in store.export_items(include_exported=True)]
    assert as_kept(opened) == as_kept(saved[n] for n in (0, 1, 3, 4))


def test_notices_are_plain_sentences(subject: StoreUnderTest) -> None:
    assert all(notice.endswith(".") for notice in subject.store.notices)


def test_withdrawn_receipts_wait_for_an_export_even_after_reopening(
    subject: StoreUnderTest, make_response: MakeResponse
) -> None:
    for number in range(3):
        subject.store.save(make_response(number))
    codes = [make_response(n).receipt for n in range(3)]
    assert subject.store.withdrawn_receipts() == []
    subject.store.withdraw(codes[2])
    subject.store.withdraw(codes[0])
    store = subject.reopen()
    assert store.withdrawn_receipts() == [codes[2], codes[0]]
    assert store.mark_withdrawals_sent([codes[2], "ZZZ-ZZZ"]) == 1
    assert store.mark_withdrawals_sent([codes[2]]) == 0
    store = subject.reopen()
    assert store.withdrawn_receipts() == [codes[0]]
    assert store.withdrawn_receipts(include_sent=True) == [codes[2], codes[0]]
