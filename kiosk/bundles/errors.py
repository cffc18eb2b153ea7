"""The ways a bundle can be refused, each with a message that says what to do."""

from __future__ import annotations

from surveys.errors import SaySoError


class BundleError(SaySoError):
    """A bundle cannot be made, read or imported."""

    title = "This bundle cannot be used"


class BundleDamagedError(BundleError):
    """The bundle was changed, cut short or is not a bundle at all (its signature fails)."""

    title = "This bundle is damaged"


class BundleVersionError(BundleError):
    """The bundle was made by a newer (or unknown) version of Say So."""

    title = "This bundle is from a different version of Say So"


class BundleKeyError(BundleError):
    """The answers in the bundle are sealed to an organiser key this computer does not hold."""

    title = "A different organiser key is needed"


class BundleKioskError(BundleError):
    """The bundle's answers belong to a different kiosk from the one that signed it."""

    title = "This bundle mixes up two kiosks"
