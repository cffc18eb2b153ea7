"""Sealing responses to the organiser with about 17 bytes each.

Each kiosk run (a "batch") makes an ephemeral X25519 key pair; its private half lives only in
memory and is dropped once the batch key is derived. The batch key is a BLAKE2b hash of the
X25519 shared secret with the organiser and both public keys. Each response body is then
encrypted with XChaCha20-Poly1305 under that key, its nonce the response's counter in the
batch, its readable metadata bound in as associated data. So a response costs a 16-byte tag
plus its counter; the batch header (batch id, ephemeral public key, organiser key id) is kept
once. Only the organiser's private key can derive the batch key again.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import cbor2
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_scalarmult,
)
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey

from kiosk.keys import KeysError, OrganiserKeyPair, OrganiserPublicKey
from kiosk.store.codec import ResponseMeta, decode_body, encode_body
from kiosk.store.errors import StoreError
from surveys.response import Response

KEY_PERSON = b"sayso-batch-v1"


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


def _batch_key(shared: bytes, ephemeral_public: bytes, organiser_sealing: bytes) -> bytes:
    material = shared + ephemeral_public + organiser_sealing
    return hashlib.blake2b(material, digest_size=32, person=KEY_PERSON).digest()


def _nonce(counter: int) -> bytes:
    return counter.to_bytes(24, "little")


def _associated_data(batch: BatchHeader, counter: int, meta: ResponseMeta) -> bytes:
    return cbor2.dumps([batch.batch_id, counter, meta.as_list()])


class BatchSealer:
    """Seals the responses of one kiosk run to one organiser."""

    def __init__(self, organiser: OrganiserPublicKey) -> None:
        ephemeral = PrivateKey.generate()
        ephemeral_public = bytes(ephemeral.public_key)
        shared = crypto_scalarmult(bytes(ephemeral), organiser.sealing)
        self._key = _batch_key(shared, ephemeral_public, organiser.sealing)
        self.header = BatchHeader(secrets.token_bytes(16), ephemeral_public, organiser.key_id)
        self._next_counter = 0

    def seal(self, response: Response) -> SealedResponse:
        """The sealed form of `response`; each call uses a fresh counter, even if saving fails."""
        counter = self._next_counter
        self._next_counter += 1
        meta = ResponseMeta.of(response)
        aad = _associated_data(self.header, counter, meta)
        ciphertext = crypto_aead_xchacha20poly1305_ietf_encrypt(
            encode_body(response), aad, _nonce(counter), self._key
        )
        return SealedResponse(self.header, counter, meta, ciphertext)


def open_sealed(sealed: SealedResponse, organiser: OrganiserKeyPair) -> Response:
    """The response inside `sealed`; needs the organiser's private key it was sealed to."""
    public = organiser.public
    if sealed.batch.organiser_key_id != public.key_id:
        raise KeysError(
            f"These answers were sealed for organiser key {sealed.batch.organiser_key_id}, "
            f"but this computer holds key {public.key_id}. Open them where that key is kept.",
            title="A different organiser key is needed",
        )
    shared = crypto_scalarmult(organiser.sealing_private, sealed.batch.ephemeral_public)
    key = _batch_key(shared, sealed.batch.ephemeral_public, public.sealing)
    aad = _associated_data(sealed.batch, sealed.counter, sealed.meta)
    try:
        body = crypto_aead_xchacha20poly1305_ietf_decrypt(
            sealed.ciphertext, aad, _nonce(sealed.counter), key
        )
    except CryptoError:
        raise StoreError(
            f"The answers with receipt {sealed.meta.receipt} have been changed or damaged "
            "since they were saved, so they cannot be opened."
        ) from None
    return decode_body(body, sealed.meta)
