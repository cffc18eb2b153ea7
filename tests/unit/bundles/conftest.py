"""Fixtures for bundle tests."""

from __future__ import annotations

import pytest

from tests.unit.bundles.bundle_kiosk import Kiosk, make_kiosk


@pytest.fixture
def kiosk() -> Kiosk:
    """A kiosk with twenty answers."""
    return make_kiosk(20)
