"""The OrganiserStore contract, checked against the in-memory store and SQLite."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.bundles import BundleKeyError, BundleKioskError, open_bundle
from kiosk.bundles.codec import Bundle
from kiosk.bundles.export import build_bundle, mark_delivered
from kiosk.keys import KioskSigningKey, OrganiserKeyPair
from kiosk.organiser import OrganiserStore, import_bundle
from tests.unit.bundles.bundle_kiosk import Kiosk, make_kiosk

Reopen = Callable[[], OrganiserStore]


def _bundle(kiosk: Kiosk, everything: bool = False) -> Bundle:
    built = build_bundle(kiosk.store, kiosk.keys, include_exported=everything)
    mark_delivered(kiosk.store, built)
    return open_bundle(built.data)


def _answers(store: OrganiserStore) -> list[tuple[str, object]]:
    return sorted((r.receipt, r.answers) for r in store.responses())


def test_importing_gives_back_the_kiosks_answers(organiser_store: Reopen) -> None:
    kiosk = make_kiosk(30)
    store = organiser_store()
    counts = import_bundle(store, _bundle(kiosk), kiosk.organiser)
    assert counts.new == {"ten-closed": 30}
    store = organiser_store()
    assert store.count() == 30
    assert _answers(store) == sorted((r.receipt, r.answers) for r in kiosk.saved)
    assert store.kiosks() == [kiosk.keys.signing.key_id]


def test_the_same_bundle_three_times_gives_the_same_store(organiser_store: Reopen) -> None:
    kiosk = make_kiosk(25)
    bundle = _bundle(kiosk)
    store = organiser_store()
    import_bundle(store, bundle, kiosk.organiser)
    before = _answers(store)
    for _ in range(2):
        counts = import_bundle(organiser_store(), bundle, kiosk.organiser)
        assert counts.new == {}
        assert counts.already_had == {"ten-closed": 25}
    assert _answers(organiser_store()) == before


def test_a_withdrawal_in_the_next_bundle_removes_the_answer(organiser_store: Reopen) -> None:
    kiosk = make_kiosk(5)
    first = _bundle(kiosk)
    import_bundle(organiser_store(), first, kiosk.organiser)
    gone = kiosk.saved[2].receipt
    assert kiosk.store.withdraw(gone)
    counts = import_bundle(organiser_store(), _bundle(kiosk), kiosk.organiser)
    assert counts.withdrawn == {"ten-closed": 1}
    store = organiser_store()
    assert gone not in [r.receipt for r in store.responses()]
    import_bundle(store, first, kiosk.organiser)  # the old bundle again does not bring it back
    assert store.count() == 4


def test_many_kiosks_merge(organiser_store: Reopen) -> None:
    organiser = OrganiserKeyPair.generate()
    kiosks = [make_kiosk(10, organiser, seed=n) for n in range(3)]
    store = organiser_store()
    for kiosk in kiosks:
        import_bundle(store, _bundle(kiosk), organiser)
    assert store.count() == 30
    assert sorted(store.kiosks()) == sorted(k.keys.signing.key_id for k in kiosks)


def test_a_bundle_sealed_to_another_organiser_is_refused_whole(organiser_store: Reopen) -> None:
    kiosk = make_kiosk(5)
    with pytest.raises(BundleKeyError, match="sealed to organiser key"):
        import_bundle(organiser_store(), _bundle(kiosk), OrganiserKeyPair.generate())
    assert organiser_store().count() == 0


def test_answers_sent_on_by_another_kiosk_are_refused_whole(organiser_store: Reopen) -> None:
    kiosk = make_kiosk(5)
    import_bundle(organiser_store(), _bundle(kiosk), kiosk.organiser)
    kiosk.keys = type(kiosk.keys)(kiosk.keys.organiser, KioskSigningKey.generate())
    kiosk.store.save(make_kiosk(6, kiosk.organiser, seed=9).saved[5])
    with pytest.raises(BundleKioskError, match="first imported from kiosk"):
        import_bundle(organiser_store(), _bundle(kiosk, everything=True), kiosk.organiser)
    assert organiser_store().count() == 5
