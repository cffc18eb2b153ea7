"""A bundle is imported whole or not at all, whichever of its answers is wrong."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from unittest import mock

import cbor2
import pytest

from kiosk.bundles import BundleDamagedError, open_bundle
from kiosk.bundles.codec import Bundle, encode_payload
from kiosk.bundles.export import build_bundle
from kiosk.bundles.signing import sign
from kiosk.organiser import OrganiserStore, import_bundle
from tests.unit.bundles.bundle_kiosk import Kiosk, make_kiosk

Reopen = Callable[[], OrganiserStore]
COUNT, WRONG = 1000, 499


def _resigned(kiosk: Kiosk, bundle: Bundle) -> Bundle:
    """`bundle` signed again by its own kiosk, so only the sealed answers can give it away."""
    return open_bundle(sign(encode_payload(bundle), kiosk.keys.signing))


@pytest.fixture(scope="module")
def kiosk() -> Kiosk:
    """A kiosk holding a thousand answers, made once for these tests."""
    return make_kiosk(COUNT, seed=3)


def test_a_bundle_whose_500th_answer_was_changed_imports_nothing(
    organiser_store: Reopen, kiosk: Kiosk
) -> None:
    bundle = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=True).data)
    items = list(bundle.items)
    changed = bytearray(items[WRONG].ciphertext)
    changed[3] ^= 0x01
    items[WRONG] = dataclasses.replace(items[WRONG], ciphertext=bytes(changed))
    tampered = _resigned(kiosk, dataclasses.replace(bundle, items=tuple(items)))
    with pytest.raises(BundleDamagedError, match=items[WRONG].meta.receipt):
        import_bundle(organiser_store(), tampered, kiosk.organiser)
    assert organiser_store().count() == 0
    assert import_bundle(organiser_store(), bundle, kiosk.organiser).new == {"ten-closed": COUNT}


def test_an_answer_sealed_properly_but_not_answers_imports_nothing(
    organiser_store: Reopen,
) -> None:
    kiosk = make_kiosk(WRONG, seed=5)
    odd = make_kiosk(2, kiosk.organiser, seed=6).saved
    with mock.patch("kiosk.store.sealing.encode_compact", return_value=cbor2.dumps(["no"])):
        kiosk.store.save(odd[0])
    kiosk.store.save(odd[1])
    bundle = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=True).data)
    with pytest.raises(BundleDamagedError, match=f"{odd[0].receipt} .* do not read as answers"):
        import_bundle(organiser_store(), bundle, kiosk.organiser)
    assert organiser_store().count() == 0


def test_importing_a_big_bundle_again_changes_nothing(
    organiser_store: Reopen, kiosk: Kiosk
) -> None:
    bundle = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=True).data)
    store = organiser_store()
    import_bundle(store, bundle, kiosk.organiser)
    before = [r.model_dump_json() for r in store.responses()]
    counts = import_bundle(organiser_store(), bundle, kiosk.organiser)
    assert (counts.new, counts.already_had) == ({}, {"ten-closed": COUNT})
    assert [r.model_dump_json() for r in organiser_store().responses()] == before
    assert sorted(r.receipt for r in organiser_store().responses()) == sorted(
        r.receipt for r in kiosk.saved
    )


def test_a_withdrawal_in_a_big_bundle_removes_the_answer_for_good(organiser_store: Reopen) -> None:
    kiosk = make_kiosk(COUNT, seed=8)
    first = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=False).data)
    import_bundle(organiser_store(), first, kiosk.organiser)
    gone = {kiosk.saved[n].receipt for n in (0, WRONG, COUNT - 1)}
    for receipt in gone:
        assert kiosk.store.withdraw(receipt)
    second = open_bundle(build_bundle(kiosk.store, kiosk.keys, include_exported=True).data)
    counts = import_bundle(organiser_store(), second, kiosk.organiser)
    assert counts.withdrawn == {"ten-closed": 3}
    import_bundle(organiser_store(), first, kiosk.organiser)
    store = organiser_store()
    assert store.count() == COUNT - 3
    assert gone.isdisjoint(r.receipt for r in store.responses())
