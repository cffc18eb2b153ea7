"""A bundle gives back exactly what the kiosk sealed, and stays small."""

from __future__ import annotations

import pytest

from kiosk.bundles import open_bundle
from kiosk.bundles.export import build_bundle, mark_delivered
from kiosk.store import SealedOpener
from tests.unit.bundles.bundle_kiosk import Kiosk, make_kiosk


def _without_ids(responses: list) -> list:  # type: ignore[type-arg]
    return [r.model_dump(exclude={"id"}) for r in responses]


def test_a_bundle_carries_every_new_answer_and_each_withdrawal(kiosk: Kiosk) -> None:
    kiosk.store.withdraw(kiosk.saved[4].receipt)
    built = build_bundle(kiosk.store, kiosk.keys, include_exported=False)
    bundle = open_bundle(built.data)
    assert bundle.kiosk_id == kiosk.keys.signing.key_id
    assert bundle.bundle_id == built.bundle_id
    assert bundle.withdrawn == (kiosk.saved[4].receipt,)
    assert [item for item in bundle.items] == list(kiosk.store.export_items())
    opener = SealedOpener(kiosk.organiser)
    opened = [opener.open(item) for item in bundle.items]
    kept = kiosk.saved[:4] + kiosk.saved[5:]
    assert _without_ids(opened) == _without_ids(kept)


def test_exported_answers_are_left_out_next_time_unless_all_are_asked_for(kiosk: Kiosk) -> None:
    first = build_bundle(kiosk.store, kiosk.keys, include_exported=False)
    mark_delivered(kiosk.store, first)
    kiosk.store.withdraw(kiosk.saved[0].receipt)
    second = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=False).data)
    assert second.items == ()
    assert second.withdrawn == (kiosk.saved[0].receipt,)
    again = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=True).data)
    assert len(again.items) == len(kiosk.saved) - 1


def test_an_unconfirmed_export_is_sent_again(kiosk: Kiosk) -> None:
    build_bundle(kiosk.store, kiosk.keys, include_exported=False)  # written but never confirmed
    again = build_bundle(kiosk.store, kiosk.keys, include_exported=False)
    assert again.response_count == len(kiosk.saved)


@pytest.mark.parametrize("count", [10, 100, 1000])
def test_a_closed_ten_question_response_costs_at_most_56_bytes(count: int) -> None:
    kiosk = make_kiosk(count)
    built = build_bundle(kiosk.store, kiosk.keys, include_exported=False)
    per_response = len(built.data) / count
    if count == 1000:
        assert per_response <= 56
    assert per_response <= 56 + 900 / count  # the signature and tables, shared by all
