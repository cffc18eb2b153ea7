"""What the receipt lookup screens ask of the kiosk app: the store, the feedback, the folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from kiosk.lookup.throttle import LookupThrottle
from kiosk.ui.feedback import Feedback

if TYPE_CHECKING:
    from kiosk.startup import LoadedKiosk
    from kiosk.ui.settings import KioskSettings


@runtime_checkable
class LookupHost(Protocol):
    """The parts of `KioskApp` the lookup screens use."""

    settings: KioskSettings
    feedback: Feedback | None
    """The latest "you said, we did" (staff mode may load a newer one while the kiosk runs)."""
    receipt_throttle: LookupThrottle
    """The wrong-code count, shared by every participant and kept on disk."""

    @property
    def loaded(self) -> LoadedKiosk | None:
        """The survey, the store and speech, once loaded."""


def data_folder(settings: KioskSettings) -> Path | None:
    """The kiosk's data folder; None in a preview, where nothing is kept."""
    pin = settings.staff_pin
    return None if pin is None else pin.data_dir


def throttle_for(settings: KioskSettings) -> LookupThrottle:
    """The wrong-code count for a kiosk: made once, so it counts on when the disk cannot."""
    return LookupThrottle(data_folder(settings))
