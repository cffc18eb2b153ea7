"""Importing one opened bundle: check its keys, open its answers, merge them in one go."""

from __future__ import annotations

from kiosk.bundles.codec import Bundle
from kiosk.bundles.errors import BundleDamagedError, BundleKeyError
from kiosk.keys import OrganiserKeyPair
from kiosk.organiser.base import Delivery, ImportCounts, OrganiserStore
from kiosk.store import SealedOpener, StoreError


def _check_keys(bundle: Bundle, organiser: OrganiserKeyPair) -> None:
    held = organiser.public.key_id
    for key_id in {item.batch.organiser_key_id for item in bundle.items} - {held}:
        raise BundleKeyError(
            f"The answers in this bundle are sealed to organiser key {key_id}, but this "
            f"computer holds key {held}. Nothing in it was used. Import it where that key is."
        )


def delivery_of(bundle: Bundle, store: OrganiserStore, organiser: OrganiserKeyPair) -> Delivery:
    """The bundle's answers opened (but not those the store has already), ready to merge."""
    _check_keys(bundle, organiser)
    ids = [item.response_id for item in bundle.items]
    known = store.known_ids([i for i in ids if i is not None])
    opener = SealedOpener(organiser)
    responses, already_had = [], []
    for item, response_id in zip(bundle.items, ids, strict=True):
        if response_id is not None and response_id in known:
            already_had.append((response_id, item.meta.survey_id))
            continue
        try:
            responses.append(opener.open(item))
        except StoreError:
            raise BundleDamagedError(
                f"The answers with receipt {item.meta.receipt} in this bundle cannot be opened: "
                "they were changed after they were sealed. Nothing in the bundle was used."
            ) from None
    return Delivery(
        kiosk_id=bundle.kiosk_id,
        kiosk_key=bundle.kiosk_key,
        bundle_id=bundle.bundle_id,
        batch_ids=tuple(dict.fromkeys(item.batch.batch_id for item in bundle.items)),
        responses=tuple(responses),
        withdrawn=bundle.withdrawn,
        already_had=tuple(already_had),
    )


def import_bundle(
    store: OrganiserStore, bundle: Bundle, organiser: OrganiserKeyPair
) -> ImportCounts:
    """Merge `bundle` into `store`, all or nothing; a `BundleError` says why it was refused."""
    return store.merge(delivery_of(bundle, store, organiser))
