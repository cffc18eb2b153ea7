"""The key pairs Say So uses, and the one-line text form they are kept in.

The organiser has an X25519 pair (answers are sealed to it) and an Ed25519 pair (it signs
"you said, we did" bundles). Each kiosk has its own Ed25519 key to sign its exports.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from kiosk.keys.errors import KeysError

ORGANISER_PUBLIC_TAG = "sayso-organiser-public-v1"
ORGANISER_PRIVATE_TAG = "sayso-organiser-private-v1"
KIOSK_SIGNING_TAG = "sayso-kiosk-signing-v1"


def key_id(public_bytes: bytes) -> str:
    """A short fingerprint people can compare by eye, e.g. ``3f9a-21c4-8be0-77d2``."""
    digest = hashlib.blake2b(public_bytes, digest_size=8).hexdigest()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def to_text(tag: str, raw: bytes) -> str:
    """One line: the tag, a colon, then the key bytes in base64."""
    return f"{tag}:{base64.b64encode(raw).decode('ascii')}\n"


def from_text(tag: str, text: str, size: int, what: str) -> bytes:
    """The key bytes from `to_text`'s line; `KeysError` if it is not a `tag` key."""
    found, _, encoded = text.strip().partition(":")
    if found != tag:
        raise KeysError(f"This file is not {what}. Check you picked the right file.")
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise KeysError(f"This file should hold {what}, but it is damaged. Copy it again.")
    return raw


@dataclass(frozen=True)
class OrganiserPublicKey:
    """What a kiosk holds of the organiser: where to seal answers, how to check feedback."""

    sealing: bytes
    verifying: bytes

    @property
    def key_id(self) -> str:
        """The fingerprint of this organiser key."""
        return key_id(self.sealing + self.verifying)

    def to_text(self) -> str:
        """The key as one line of text, for a `.pub` file."""
        return to_text(ORGANISER_PUBLIC_TAG, self.sealing + self.verifying)

    @classmethod
    def from_text(cls, text: str) -> OrganiserPublicKey:
        """Read a key written by `to_text`."""
        raw = from_text(ORGANISER_PUBLIC_TAG, text, 64, "an organiser public key")
        return cls(sealing=raw[:32], verifying=raw[32:])


@dataclass(frozen=True)
class OrganiserKeyPair:
    """The organiser's private keys; only the organiser's machine keeps these."""

    sealing_private: bytes = field(repr=False)
    signing_seed: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> OrganiserKeyPair:
        """A fresh organiser key pair."""
        return cls(bytes(PrivateKey.generate()), bytes(SigningKey.generate()))

    @property
    def public(self) -> OrganiserPublicKey:
        """The half that kiosks may hold."""
        sealing = bytes(PrivateKey(self.sealing_private).public_key)
        verifying = bytes(SigningKey(self.signing_seed).verify_key)
        return OrganiserPublicKey(sealing, verifying)

    def to_text(self) -> str:
        """The private keys as one line of text, for an owner-only file."""
        return to_text(ORGANISER_PRIVATE_TAG, self.sealing_private + self.signing_seed)

    @classmethod
    def from_text(cls, text: str) -> OrganiserKeyPair:
        """Read keys written by `to_text`."""
        raw = from_text(ORGANISER_PRIVATE_TAG, text, 64, "an organiser private key")
        return cls(sealing_private=raw[:32], signing_seed=raw[32:])


@dataclass(frozen=True)
class KioskSigningKey:
    """The kiosk's own Ed25519 key: it signs the bundles this kiosk exports."""

    seed: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> KioskSigningKey:
        """A fresh kiosk key."""
        return cls(bytes(SigningKey.generate()))

    @property
    def verifying(self) -> bytes:
        """The public half, which the organiser uses to check this kiosk's bundles."""
        return bytes(SigningKey(self.seed).verify_key)

    @property
    def key_id(self) -> str:
        """The fingerprint of this kiosk key."""
        return key_id(self.verifying)

    def to_text(self) -> str:
        """The key as one line of text, for an owner-only file."""
        return to_text(KIOSK_SIGNING_TAG, self.seed)

    @classmethod
    def from_text(cls, text: str) -> KioskSigningKey:
        """Read a key written by `to_text`."""
        return cls(from_text(KIOSK_SIGNING_TAG, text, 32, "a kiosk signing key"))
