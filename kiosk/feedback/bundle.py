"""The feedback bundle: easy-read lines, a title and a date, and receipt acknowledgements.

    b"SAYSO-FEEDBACK-1" | Ed25519 signature (64 bytes) | CBOR body

The body is signed with the organiser's Ed25519 key; a kiosk checks it against the organiser
public key it trusts before reading anything. Receipts are kept only as keyed hashes with the
day the answers arrived ("we got your answers on 12 March"), never the answers, so the file
does not list the codes themselves.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import cbor2
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from kiosk.feedback.errors import FeedbackError
from kiosk.keys import OrganiserKeyPair, OrganiserPublicKey
from surveys.ordinary_files import FileTooBig, NotOrdinaryFile, read_ordinary_file

MAGIC = b"SAYSO-FEEDBACK-1"
SIGNATURE = 64
MAX_BYTES = 1_000_000
NOT_FEEDBACK = "This is not a 'you said, we did' feedback file. Check the file."
NOT_OURS = (
    "This feedback file is not signed by the organiser this kiosk trusts, or it was changed "
    "after it was signed. Nothing was loaded. Ask the organiser for a new copy."
)


@dataclass(frozen=True)
class FeedbackBundle:
    """What the organiser says back: a title, easy-read lines, a date, and receipts seen."""

    title: str
    lines: tuple[str, ...]
    made_on: date
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    receipts: dict[bytes, str] = field(default_factory=dict)
    """Keyed hash of each receipt code to the day (YYYY-MM-DD) its answers arrived."""
    survey_id: str | None = None
    """The survey it answers; None for every survey (files made before surveys were named)."""
    answered: int | None = None
    """How many people answered, if the organiser said."""

    def received_on(self, receipt: str) -> str | None:
        """The day answers with this receipt code arrived, if they did."""
        return self.receipts.get(receipt_key(self.salt, receipt))


def receipt_key(salt: bytes, receipt: str) -> bytes:
    """A receipt code as the bundle keeps it: a keyed hash, not the code."""
    code = receipt.strip().upper().replace(" ", "")
    return hashlib.blake2b(code.encode("ascii", "replace"), key=salt, digest_size=12).digest()


def make_feedback(
    organiser: OrganiserKeyPair,
    title: str,
    lines: list[str],
    made_on: date,
    receipts: dict[str, str],
    survey_id: str | None = None,
    answered: int | None = None,
) -> bytes:
    """The signed bundle's bytes; `receipts` maps each receipt code to the day it arrived."""
    salt = secrets.token_bytes(16)
    fields: dict[int, object] = {
        1: title,
        2: list(lines),
        3: made_on.isoformat(),
        4: salt,
        5: {receipt_key(salt, code): day for code, day in receipts.items()},
    }
    if survey_id is not None:
        fields[6] = survey_id
    if answered is not None:
        fields[7] = answered
    body = cbor2.dumps(fields)
    signature = SigningKey(organiser.signing_seed).sign(body).signature
    return MAGIC + signature + body


def read_feedback_file(path: Path) -> bytes:
    """A feedback file's bytes, or `FeedbackError` in plain words.

    A pipe or a device (/dev/zero) is refused at once: reading one could wait or grow for ever.
    """
    try:
        return read_ordinary_file(path, MAX_BYTES)
    except (NotOrdinaryFile, FileTooBig):
        raise FeedbackError(NOT_FEEDBACK) from None
    except OSError as error:
        raise FeedbackError(f"That file could not be read ({error.strerror or error}).") from None


def open_feedback(data: bytes, trusted: OrganiserPublicKey) -> FeedbackBundle:
    """The bundle, if `trusted` signed it; `FeedbackError` in plain words otherwise."""
    if not data.startswith(MAGIC) or len(data) > MAX_BYTES:
        raise FeedbackError(NOT_FEEDBACK)
    signature, body = data[len(MAGIC) : len(MAGIC) + SIGNATURE], data[len(MAGIC) + SIGNATURE :]
    try:
        VerifyKey(trusted.verifying).verify(body, signature)
    except (BadSignatureError, ValueError):
        raise FeedbackError(NOT_OURS) from None
    try:
        fields = cbor2.loads(body)
        return FeedbackBundle(
            title=str(fields[1]),
            lines=tuple(str(line) for line in fields[2]),
            made_on=date.fromisoformat(fields[3]),
            salt=bytes(fields[4]),
            receipts={bytes(k): str(v) for k, v in fields[5].items()},
            survey_id=None if fields.get(6) is None else str(fields[6]),
            answered=None if fields.get(7) is None else int(fields[7]),
        )
    except (cbor2.CBORDecodeError, KeyError, TypeError, ValueError, AttributeError):
        raise FeedbackError(
            "This feedback file is damaged. Ask the organiser for a new copy."
        ) from None
