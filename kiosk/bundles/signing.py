"""The outside of a bundle: a fixed header, the payload, and the kiosk's Ed25519 signature.

    b"SAYSOB" | format (1 byte) | kiosk verify key (32) | payload | signature (64)

The signature covers everything before it. `verified_payload` checks the magic, the format
and the signature before a single byte of the payload is parsed.
"""

from __future__ import annotations

from dataclasses import dataclass

from nacl.exceptions import BadSignatureError
from nacl.exceptions import ValueError as NaclValueError
from nacl.signing import SigningKey, VerifyKey

from kiosk.bundles.errors import BundleDamagedError, BundleVersionError
from kiosk.keys import KioskSigningKey
from kiosk.keys.pairs import key_id

MAGIC = b"SAYSOB"
FORMAT = 1
KEY_SIZE = 32
SIGNATURE_SIZE = 64
HEADER_SIZE = len(MAGIC) + 1 + KEY_SIZE

NOT_A_BUNDLE = (
    "This is not a Say So bundle, or it was cut short or changed after the kiosk made it, "
    "so nothing in it was used. Export it again from the kiosk and bring the new file."
)


@dataclass(frozen=True)
class Verified:
    """A payload whose signature checked out, and the kiosk key that made it."""

    kiosk_key: bytes
    payload: bytes

    @property
    def kiosk_id(self) -> str:
        """The fingerprint of the kiosk key, as `sayso keys show` prints it."""
        return key_id(self.kiosk_key)


def sign(payload: bytes, kiosk: KioskSigningKey) -> bytes:
    """The whole signed bundle for `payload`."""
    signed = MAGIC + bytes([FORMAT]) + kiosk.verifying + payload
    return signed + SigningKey(kiosk.seed).sign(signed).signature


def verified_payload(data: bytes) -> Verified:
    """The payload of a signed bundle; `BundleError` if it is not one, or not intact."""
    if len(data) < HEADER_SIZE + SIGNATURE_SIZE or not data.startswith(MAGIC):
        raise BundleDamagedError(NOT_A_BUNDLE)
    if data[len(MAGIC)] != FORMAT:
        raise BundleVersionError(
            f"This bundle uses format {data[len(MAGIC)]}, but this version of Say So reads "
            f"format {FORMAT} only. Update Say So on this computer, then import it again."
        )
    signed, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    kiosk_key = data[len(MAGIC) + 1 : HEADER_SIZE]
    try:
        VerifyKey(kiosk_key).verify(signed, signature)
    except (BadSignatureError, NaclValueError):
        raise BundleDamagedError(NOT_A_BUNDLE) from None
    return Verified(kiosk_key, signed[HEADER_SIZE:])
