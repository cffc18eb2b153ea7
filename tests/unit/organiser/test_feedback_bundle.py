"""Feedback bundles: signed by the organiser, checked on the kiosk, tampering refused."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.feedback.bundle import make_feedback, open_feedback
from kiosk.feedback.errors import FeedbackError
from kiosk.keys import OrganiserKeyPair

LINES = ["👍 You said the games were fun.", "🛠 We got 2 new games."]


def _made(organiser: OrganiserKeyPair) -> bytes:
    receipts = {"K7M-2QX": "2026-03-12"}
    return make_feedback(organiser, "You said, we did", LINES, date(2026, 4, 1), receipts)


def test_a_signed_bundle_opens_with_its_lines_and_receipts() -> None:
    organiser = OrganiserKeyPair.generate()
    data = _made(organiser)
    bundle = open_feedback(data, organiser.public)
    assert bundle.title == "You said, we did"
    assert bundle.lines == tuple(LINES)
    assert bundle.made_on == date(2026, 4, 1)
    assert bundle.received_on("k7m-2qx") == "2026-03-12"
    assert bundle.received_on("ZZZ-ZZZ") is None
    assert b"K7M-2QX" not in data  # the codes themselves are not in the file


def test_a_changed_byte_anywhere_is_refused() -> None:
    organiser = OrganiserKeyPair.generate()
    data = _made(organiser)
    for place in range(16, len(data), 7):
        changed = bytearray(data)
        changed[place] ^= 0x01
        with pytest.raises(FeedbackError, match="not signed by the organiser"):
            open_feedback(bytes(changed), organiser.public)


def test_another_organisers_bundle_is_refused() -> None:
    with pytest.raises(FeedbackError, match="not signed by the organiser this kiosk trusts"):
        open_feedback(_made(OrganiserKeyPair.generate()), OrganiserKeyPair.generate().public)


def test_something_else_is_said_plainly() -> None:
    with pytest.raises(FeedbackError, match="not a 'you said, we did' feedback file"):
        open_feedback(b"hello", OrganiserKeyPair.generate().public)
