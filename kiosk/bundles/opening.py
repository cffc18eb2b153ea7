"""Opening a bundle: the signature first, then the contents; nothing half-read comes out."""

from __future__ import annotations

from pathlib import Path

from kiosk.bundles.codec import Bundle, BundleIndex, decode_payload, index_payload
from kiosk.bundles.errors import BundleError
from kiosk.bundles.signing import verified_payload
from surveys.ordinary_files import FileTooBig, NotOrdinaryFile, read_ordinary_file

MAX_BUNDLE = 256 * 1024 * 1024


def open_bundle(data: bytes) -> Bundle:
    """The bundle in `data`, whose signature is checked before anything is parsed.

    Raises a `BundleError` subclass if it is not a bundle, not intact or from another version.
    """
    verified = verified_payload(data)
    return decode_payload(verified.payload, verified.kiosk_key)


def index_bundle(data: bytes) -> BundleIndex:
    """What the bundle in `data` holds, its signature checked first; its rows are not opened."""
    verified = verified_payload(data)
    return index_payload(verified.payload, verified.kiosk_key)


def read_bundle_file(path: Path) -> Bundle:
    """The bundle in the file at `path`; a `BundleError` naming the file if it cannot be used."""
    return open_bundle(read_bundle_bytes(path))


def read_bundle_bytes(path: Path) -> bytes:
    """The bytes of the bundle file at `path`, not yet checked; a `BundleError` if unreadable.

    A pipe or a device (/dev/zero) is refused at once: reading one could wait or grow for ever.
    """
    try:
        return read_ordinary_file(path, MAX_BUNDLE)
    except NotOrdinaryFile:
        raise BundleError(
            f"{path.name} is not an ordinary file (it is a pipe, a device or a folder), so it "
            "was not read. Give the bundle file the kiosk saved."
        ) from None
    except FileTooBig:
        raise BundleError(
            f"{path.name} is far too big to be a Say So bundle, so it was not read."
        ) from None
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise BundleError(f"{path} cannot be read ({reason}). Check the file is there.") from None
