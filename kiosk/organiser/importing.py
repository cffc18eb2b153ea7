"""Importing one opened bundle: check its keys, open its answers, merge them in one go.

Every response is decrypted with the organiser key and its tag checked before anything of the
bundle is kept. A compact body is read straight into its row (`rows`); anything else goes
through the full decoder and pydantic, as the store's own reader does.
"""

from __future__ import annotations

import uuid

import cbor2

from kiosk.bundles.codec import Bundle
from kiosk.bundles.errors import BundleDamagedError, BundleKeyError
from kiosk.keys import OrganiserKeyPair
from kiosk.organiser.base import Delivery, ImportCounts, OrganiserStore, ResponseRow
from kiosk.organiser.bundle_ids import BundleIdCheck
from kiosk.organiser.rows import UNREADABLE, CompactReader
from kiosk.store import SealedOpener, SealedResponse, StoreError
from kiosk.store.codec import decode_body
from kiosk.store.compact import decode_compact
from surveys.response import Response


def check_keys(key_ids: set[str], organiser: OrganiserKeyPair) -> None:
    """`BundleKeyError` unless every answer is sealed to this organiser's key."""
    held = organiser.public.key_id
    for key_id in key_ids - {held}:
        raise BundleKeyError(
            f"The answers in this bundle are sealed to organiser key {key_id}, but this "
            f"computer holds key {held}. Nothing in it was used. Import it where that key is."
        )


def _decoded(item: SealedResponse, body: bytes, response_id: uuid.UUID | None) -> Response:
    """The full decoder, with pydantic's checks; `BundleDamagedError` if the body is not one."""
    try:
        if item.layout is None or response_id is None:
            return decode_body(body, item.meta)
        return decode_compact(body, item.meta, item.layout, response_id)
    except (cbor2.CBORError, *UNREADABLE):
        raise BundleDamagedError(
            f"The answers with receipt {item.meta.receipt} in this bundle were sealed but do "
            "not read as answers. Nothing in the bundle was used. Ask for help with the kiosk."
        ) from None


def _row(
    opener: SealedOpener,
    reader: CompactReader,
    ids: BundleIdCheck,
    item: SealedResponse,
    response_id: uuid.UUID | None,
) -> ResponseRow:
    try:
        body = opener.open_body(item)
    except StoreError:
        raise BundleDamagedError(
            f"The answers with receipt {item.meta.receipt} in this bundle cannot be opened: "
            "they were changed after they were sealed. Nothing in the bundle was used."
        ) from None
    row = None if response_id is None else reader.row(item, body, response_id)
    if row is not None:
        return row  # its question ids are its layout's, or were checked as it was read
    response = _decoded(item, body, response_id)
    ids.opened(response)
    return ResponseRow.of(response)


def unknown_items(
    bundle: Bundle, store: OrganiserStore, organiser: OrganiserKeyPair
) -> tuple[list[int], list[tuple[uuid.UUID, str]]]:
    """Where the answers the store lacks are in the bundle, and (id, survey) of those it has."""
    check_keys({item.batch.organiser_key_id for item in bundle.items}, organiser)
    ids = [item.response_id for item in bundle.items]
    known = store.known_ids([i for i in ids if i is not None])
    wanted, held = [], []
    for place, (item, response_id) in enumerate(zip(bundle.items, ids, strict=True)):
        if response_id is not None and response_id in known:
            held.append((response_id, item.meta.survey_id))
        else:
            wanted.append(place)
    return wanted, held


def opened_rows(
    bundle: Bundle, wanted: list[int], organiser: OrganiserKeyPair
) -> list[ResponseRow]:
    """The rows of the answers at the `wanted` places, each decrypted and checked.

    Every answer's ids are checked, those the store holds already too, so a bundle naming
    a bad id is refused whole.
    """
    check_keys({item.batch.organiser_key_id for item in bundle.items}, organiser)
    ids = BundleIdCheck()
    for item in bundle.items:
        ids.sealed(item)
    opener, reader = SealedOpener(organiser), CompactReader()
    chosen = [bundle.items[place] for place in wanted]
    return [_row(opener, reader, ids, item, item.response_id) for item in chosen]


def delivery(
    bundle: Bundle, rows: list[ResponseRow], held: list[tuple[uuid.UUID, str]]
) -> Delivery:
    """The bundle ready to merge, with its opened `rows` and the answers the store `held`."""
    return Delivery(
        kiosk_id=bundle.kiosk_id,
        kiosk_key=bundle.kiosk_key,
        bundle_id=bundle.bundle_id,
        batch_ids=tuple(dict.fromkeys(item.batch.batch_id for item in bundle.items)),
        responses=(),
        withdrawn=bundle.withdrawn,
        already_had=tuple(held),
        rows=tuple(rows),
    )


def delivery_of(bundle: Bundle, store: OrganiserStore, organiser: OrganiserKeyPair) -> Delivery:
    """The bundle's answers opened (but not those the store has already), ready to merge."""
    wanted, held = unknown_items(bundle, store, organiser)
    return delivery(bundle, opened_rows(bundle, wanted, organiser), held)


def import_bundle(
    store: OrganiserStore, bundle: Bundle, organiser: OrganiserKeyPair
) -> ImportCounts:
    """Merge `bundle` into `store`, all or nothing; a `BundleError` says why it was refused."""
    return store.merge(delivery_of(bundle, store, organiser))
