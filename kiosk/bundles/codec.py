"""What a bundle holds, and its payload as CBOR with integer keys.

    {1: bundle id (16 bytes), 2: created (Unix seconds), 3: zstd(readable CBOR), 4: sealed}

The readable part (tables, columns and withdrawn receipt codes, see `columns`) is compressed;
the sealed bodies, which do not compress, follow as they are. The kiosk key and the
signature are outside the payload (`signing`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import cbor2
import zstandard

from kiosk.bundles.columns import decode_columns, encode_columns, response_index
from kiosk.bundles.errors import BundleDamagedError
from kiosk.keys.pairs import key_id
from kiosk.store import SealedResponse
from kiosk.store.receipts import pack_receipt, unpack_receipt

BUNDLE_ID, CREATED, READABLE, SEALED = 1, 2, 3, 4
WITHDRAWN = 9
MAX_READABLE = 64 * 1024 * 1024
LEVEL = 19

MALFORMED = (
    "This bundle is signed by a kiosk but its contents cannot be read, so nothing in it was "
    "used. Export it again from the kiosk; if this keeps happening, ask for help."
)
UNREADABLE = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    AttributeError,
    RecursionError,
    cbor2.CBORError,
    zstandard.ZstdError,
)


@dataclass(frozen=True)
class Bundle:
    """One export from one kiosk: sealed responses and the receipts withdrawn since the last."""

    bundle_id: bytes
    created: datetime
    items: tuple[SealedResponse, ...]
    withdrawn: tuple[str, ...] = ()
    kiosk_key: bytes = b""

    @property
    def kiosk_id(self) -> str:
        """The fingerprint of the kiosk that signed the bundle."""
        return key_id(self.kiosk_key)

    @property
    def label(self) -> str:
        """A short name for people: the first 8 hex digits of the bundle id."""
        return self.bundle_id.hex()[:8]


@dataclass(frozen=True)
class BundleIndex:
    """What a bundle holds, read without opening its rows: enough to ask a store what is new."""

    bundle_id: bytes
    kiosk_key: bytes
    batches: tuple[tuple[bytes, str], ...]
    """Each batch the responses use, in order: (batch id, organiser key id it is sealed to)."""
    response_ids: tuple[uuid.UUID | None, ...]
    """Each response's id; None for a format 1 response, whose id is inside its sealed body."""
    survey_ids: tuple[str, ...]
    withdrawn: tuple[str, ...]

    @property
    def kiosk_id(self) -> str:
        """The fingerprint of the kiosk that signed the bundle."""
        return key_id(self.kiosk_key)


def encode_payload(bundle: Bundle) -> bytes:
    """The payload bytes of `bundle` (to be signed)."""
    readable, sealed = encode_columns(bundle.items)
    readable[WITHDRAWN] = [pack_receipt(code) for code in bundle.withdrawn]
    compressed = zstandard.ZstdCompressor(level=LEVEL).compress(cbor2.dumps(readable))
    created = int(bundle.created.timestamp())
    return cbor2.dumps(
        {BUNDLE_ID: bundle.bundle_id, CREATED: created, READABLE: compressed, SEALED: sealed}
    )


def _readable(compressed: bytes) -> dict[int, Any]:
    # The frame says how big it is; zstandard makes room for that size before it checks
    # `max_output_size`, so a damaged size (petabytes) would fail for want of memory.
    if zstandard.frame_content_size(compressed) > MAX_READABLE:
        raise ValueError("the readable part says it is larger than any bundle")
    data = zstandard.ZstdDecompressor().decompress(compressed, max_output_size=MAX_READABLE)
    readable = cbor2.loads(data)
    if not isinstance(readable, dict):
        raise TypeError("the readable part is not a map")
    return readable


def index_payload(payload: bytes, kiosk_key: bytes) -> BundleIndex:
    """The index of a verified payload; `BundleDamagedError` if it is malformed."""
    try:
        outer = cbor2.loads(payload)
        readable = _readable(bytes(outer[READABLE]))
        batches, ids, surveys = response_index(readable)
        withdrawn = tuple(unpack_receipt(code) for code in readable[WITHDRAWN])
        bundle_id = bytes(outer[BUNDLE_ID])
    except UNREADABLE:
        raise BundleDamagedError(MALFORMED) from None
    return BundleIndex(bundle_id, kiosk_key, tuple(batches), tuple(ids), tuple(surveys), withdrawn)


def decode_payload(payload: bytes, kiosk_key: bytes) -> Bundle:
    """The bundle in a verified payload; `BundleDamagedError` if anything in it is malformed."""
    try:
        outer = cbor2.loads(payload)
        bundle_id, sealed = bytes(outer[BUNDLE_ID]), bytes(outer[SEALED])
        created = datetime.fromtimestamp(int(outer[CREATED]), UTC)
        readable = _readable(bytes(outer[READABLE]))
        items = decode_columns(readable, sealed)
        withdrawn = tuple(unpack_receipt(code) for code in readable[WITHDRAWN])
    except UNREADABLE:
        raise BundleDamagedError(MALFORMED) from None
    return Bundle(bundle_id, created, tuple(items), withdrawn, kiosk_key)
