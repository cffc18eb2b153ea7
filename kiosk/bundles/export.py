"""Making a kiosk's next bundle, writing it safely, and only then marking what it carried."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.bundles.codec import Bundle, encode_payload
from kiosk.bundles.errors import BundleError
from kiosk.bundles.opening import open_bundle
from kiosk.bundles.signing import sign
from kiosk.keys import KioskKeys
from kiosk.safe_files import write_file_atomically
from kiosk.store import ResponseStore


@dataclass(frozen=True)
class BuiltBundle:
    """A signed bundle, and what to mark in the store once it is safely delivered."""

    data: bytes
    bundle_id: bytes
    receipts: tuple[str, ...]
    withdrawn: tuple[str, ...]

    @property
    def label(self) -> str:
        """A short name for people: the first 8 hex digits of the bundle id."""
        return self.bundle_id.hex()[:8]

    @property
    def response_count(self) -> int:
        """How many responses the bundle carries."""
        return len(self.receipts)


def build_bundle(store: ResponseStore, keys: KioskKeys, *, include_exported: bool) -> BuiltBundle:
    """The store's responses not yet exported (all of them with `include_exported`), signed."""
    items = tuple(store.export_items(include_exported=include_exported))
    withdrawn = tuple(store.withdrawn_receipts(include_sent=include_exported))
    bundle = Bundle(secrets.token_bytes(16), datetime.now(UTC), items, withdrawn)
    data = sign(encode_payload(bundle), keys.signing)
    receipts = tuple(item.meta.receipt for item in items)
    return BuiltBundle(data, bundle.bundle_id, receipts, withdrawn)


def write_and_check(built: BuiltBundle, path: Path) -> None:
    """Write the bundle file, read it back and open it; `BundleError` if it did not survive."""
    try:
        write_file_atomically(path, built.data)
        written = path.read_bytes()
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise BundleError(
            f"The bundle could not be written to {path} ({reason}). Nothing was marked as "
            "exported. Choose another place (or free some space) and export again."
        ) from None
    check_bundle(built, written, str(path))


def check_bundle(built: BuiltBundle, data: bytes, where: str) -> None:
    """Check `data` is exactly `built`, whole and readable; `BundleError` saying `where` if not."""
    problem = data != built.data
    if not problem:
        opened = open_bundle(data)
        problem = tuple(i.meta.receipt for i in opened.items) != built.receipts
    if problem:
        raise BundleError(
            f"The bundle read back from {where} is not the one written, so nothing was marked "
            "as exported. Check the disk or memory stick and export again."
        )


def mark_delivered(store: ResponseStore, built: BuiltBundle) -> int:
    """Mark the bundle's responses exported and its withdrawals sent; returns responses marked."""
    marked = store.mark_exported(built.receipts)
    store.mark_withdrawals_sent(built.withdrawn)
    return marked
