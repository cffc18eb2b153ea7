"""The organiser store's own failures."""

from __future__ import annotations

from kiosk.bundles.errors import BundleKioskError
from surveys.errors import SaySoError


class OrganiserStoreError(SaySoError):
    """The organiser store cannot be opened or written."""

    title = "The organiser store cannot be used"


class ReportFileError(SaySoError):
    """A report file could not be written."""

    title = "The report file cannot be written"


def other_kiosk(kiosk_id: str, owner: str) -> BundleKioskError:
    """The error for answers that another kiosk sent first."""
    return BundleKioskError(
        f"This bundle is signed by kiosk {kiosk_id}, but some of its answers were first "
        f"imported from kiosk {owner}. Nothing in it was used. Check where the file came from."
    )
