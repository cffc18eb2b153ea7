"""Organiser and kiosk keys. No Textual here."""

from kiosk.keys.errors import KeysError, KeysMissingError
from kiosk.keys.folder import (
    KeyFolder,
    KioskKeys,
    make_organiser_keys,
    organiser_private_key,
    prepare_kiosk_keys,
    trust_organiser,
)
from kiosk.keys.pairs import (
    KioskSigningKey,
    OrganiserKeyPair,
    OrganiserPublicKey,
)

__all__ = [
    "KeyFolder",
    "KeysError",
    "KeysMissingError",
    "KioskKeys",
    "KioskSigningKey",
    "OrganiserKeyPair",
    "OrganiserPublicKey",
    "make_organiser_keys",
    "organiser_private_key",
    "prepare_kiosk_keys",
    "trust_organiser",
]
