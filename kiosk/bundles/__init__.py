"""Signed, compact bundles that carry a kiosk's sealed answers to the organiser. No Textual here."""

from kiosk.bundles.codec import Bundle
from kiosk.bundles.errors import (
    BundleDamagedError,
    BundleError,
    BundleKeyError,
    BundleKioskError,
    BundleVersionError,
)
from kiosk.bundles.opening import open_bundle, read_bundle_file

__all__ = [
    "Bundle",
    "BundleDamagedError",
    "BundleError",
    "BundleKeyError",
    "BundleKioskError",
    "BundleVersionError",
    "open_bundle",
    "read_bundle_file",
]
