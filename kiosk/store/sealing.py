"""Sealing responses to the organiser with about 17 bytes each.

Each kiosk run (a "batch") makes an ephemeral X25519 key pair; its private half lives only in
memory and is dropped once the batch key is derived. The batch key is a BLAKE2b hash of the
X25519 shared secret with the organiser and both public keys. Each response body is then
encrypted with XChaCha20-Poly1305 under that key, its nonce the response's counter in the
batch, its readable metadata bound in as associated data. So a response costs a 16-byte tag
plus its counter; the batch header (batch id, ephemeral public key, organiser key id) is kept
once. Only the organiser's private key can derive the batch key again.

Format 2 (compact, `kiosk.store.compact`) leaves the survey facts to a `SurveyLayout` kept once,
keeps times to the whole second, and derives the response id from the batch id and counter,
so a closed ten-question response seals to under 30 bytes. Format 1 bodies (stores written
before format 2) still open as they always did.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import cbor2
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_scalarmult,
)
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey

from kiosk.keys import KeysError, OrganiserKeyPair, OrganiserPublicKey
from kiosk.store.codec import ResponseMeta, decode_body
from kiosk.store.compact import decode_compact, encode_compact
from kiosk.store.errors import StoreError
from kiosk.store.layout import SurveyLayout
from surveys.response import Response

KEY_PERSON = b"sayso-batch-v1"
ID_PERSON = b"sayso-id-v2"
FULL_FORMAT, COMPACT_FORMAT = 1, 2


@dataclass(frozen=True)
class BatchHeader:
    """What the organiser needs once per batch to open its responses."""

    batch_id: bytes
    ephemeral_public: bytes
    organiser_key_id: str


@dataclass(frozen=True)
class SealedResponse:
    """A response as the kiosk keeps and exports it: readable metadata, sealed body."""

    batch: BatchHeader
    counter: int
    meta: ResponseMeta
    ciphertext: bytes
    exported: bool = False
    layout: SurveyLayout | None = None
    """The survey layout of a format 2 body; None for format 1, whose body names its survey."""

    @property
    def format(self) -> int:
        """The body format: 1 (full) or 2 (compact)."""
        return FULL_FORMAT if self.layout is None else COMPACT_FORMAT

    @property
    def response_id(self) -> uuid.UUID | None:
        """The response's id, known without opening it for format 2; None for format 1."""
        return None if self.layout is None else derived_id(self.batch.batch_id, self.counter)


def derived_id(batch_id: bytes, counter: int) -> uuid.UUID:
    """The id of the `counter`-th response of a batch: the same wherever it is worked out."""
    material = batch_id + counter.to_bytes(8, "big")
    digest = hashlib.blake2b(material, digest_size=16, person=ID_PERSON).digest()
    return uuid.UUID(bytes=digest, version=4)


def _whole_second(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def as_stored(response: Response, response_id: uuid.UUID) -> Response:
    """`response` as a format 2 store gives it back: derived id, times to the whole second."""
    return response.model_copy(
        update={
            "id": response_id,
            "started_at": _whole_second(response.started_at),
            "finished_at": _whole_second(response.finished_at),
        }
    )


def _batch_key(shared: bytes, ephemeral_public: bytes, organiser_sealing: bytes) -> bytes:
    material = shared + ephemeral_public + organiser_sealing
    return hashlib.blake2b(material, digest_size=32, person=KEY_PERSON).digest()


def _nonce(counter: int) -> bytes:
    return counter.to_bytes(24, "little")


def _associated_data(
    batch: BatchHeader, counter: int, meta: ResponseMeta, layout: SurveyLayout | None
) -> bytes:
    if layout is None:
        return cbor2.dumps([batch.batch_id, counter, meta.as_list()])
    return cbor2.dumps([COMPACT_FORMAT, batch.batch_id, counter, meta.as_list(), layout.digest])


class BatchSealer:
    """Seals the responses of one kiosk run to one organiser."""

    def __init__(self, organiser: OrganiserPublicKey) -> None:
        ephemeral = PrivateKey.generate()
        ephemeral_public = bytes(ephemeral.public_key)
        shared = crypto_scalarmult(bytes(ephemeral), organiser.sealing)
        self._key = _batch_key(shared, ephemeral_public, organiser.sealing)
        self.header = BatchHeader(secrets.token_bytes(16), ephemeral_public, organiser.key_id)
        self._next_counter = 0

    def seal(self, response: Response, layout: SurveyLayout | None = None) -> SealedResponse:
        """`response` sealed in format 2 against `layout` (a loose one if None).

        Each call uses a fresh counter, even if saving fails.
        """
        counter = self._next_counter
        self._next_counter += 1
        layout = layout or SurveyLayout.loose(response)
        stored = as_stored(response, derived_id(self.header.batch_id, counter))
        meta = ResponseMeta.of(stored)
        aad = _associated_data(self.header, counter, meta, layout)
        ciphertext = crypto_aead_xchacha20poly1305_ietf_encrypt(
            encode_compact(stored, layout), aad, _nonce(counter), self._key
        )
        return SealedResponse(self.header, counter, meta, ciphertext, layout=layout)


def open_sealed(sealed: SealedResponse, organiser: OrganiserKeyPair) -> Response:
    """The response inside `sealed`; needs the organiser's private key it was sealed to."""
    return SealedOpener(organiser).open(sealed)


class SealedOpener:
    """Opens many sealed responses, working out each batch's key once."""

    def __init__(self, organiser: OrganiserKeyPair) -> None:
        self._organiser = organiser
        self._public = organiser.public
        self._key_id = organiser.public.key_id
        self._keys: dict[BatchHeader, bytes] = {}

    def _key(self, batch: BatchHeader) -> bytes:
        key = self._keys.get(batch)
        if key is None:
            shared = crypto_scalarmult(self._organiser.sealing_private, batch.ephemeral_public)
            key = self._keys[batch] = _batch_key(
                shared, batch.ephemeral_public, self._public.sealing
            )
        return key

    def open(self, sealed: SealedResponse) -> Response:
        """The response inside `sealed`; `KeysError` or `StoreError` if it cannot be opened."""
        body = self.open_body(sealed)
        if sealed.layout is None:
            return decode_body(body, sealed.meta)
        return decode_compact(
            body, sealed.meta, sealed.layout, derived_id(sealed.batch.batch_id, sealed.counter)
        )

    def open_body(self, sealed: SealedResponse) -> bytes:
        """The body of `sealed` decrypted, its tag and metadata checked, not yet decoded."""
        return _open_body(sealed, self._key_id, self._key(sealed.batch))


def _open_body(sealed: SealedResponse, key_id: str, key: bytes) -> bytes:
    if sealed.batch.organiser_key_id != key_id:
        raise KeysError(
            f"These answers were sealed for organiser key {sealed.batch.organiser_key_id}, "
            f"but this computer holds key {key_id}. Open them where that key is kept.",
            title="A different organiser key is needed",
        )
    aad = _associated_data(sealed.batch, sealed.counter, sealed.meta, sealed.layout)
    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(
            sealed.ciphertext, aad, _nonce(sealed.counter), key
        )
    except CryptoError:
        raise StoreError(
            f"The answers with receipt {sealed.meta.receipt} have been changed or damaged "
            "since they were saved, so they cannot be opened."
        ) from None
