"""Where a kiosk keeps the feedback it loaded: `DATA/feedback/latest.sayso-feedback`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.feedback.errors import FeedbackError

if TYPE_CHECKING:
    from kiosk.feedback.bundle import FeedbackBundle
    from kiosk.keys import OrganiserPublicKey

FEEDBACK_FILE = Path("feedback") / "latest.sayso-feedback"


def trusted_organiser(data_dir: Path) -> OrganiserPublicKey:
    """The organiser key this kiosk trusts; `FeedbackError` if it has none yet."""
    # Start-up seam: the keys (PyNaCl), 45-55 ms (python -X importtime), only once feedback
    # has been loaded.
    from kiosk.keys import KeyFolder

    key = KeyFolder.of(data_dir).organiser_public()
    if key is None:
        raise FeedbackError(
            "This kiosk does not know its organiser yet, so it cannot check feedback. "
            "Run 'sayso keys trust' with the organiser's public key first."
        )
    return key


def save_feedback(data_dir: Path, data: bytes) -> FeedbackBundle:
    """Check `data` against the trusted organiser, then keep it as the latest feedback."""
    # Seam: the feedback reader (PyNaCl, CBOR) and the safe writer, 50-90 ms
    # (python -X importtime), only when feedback is loaded.
    from kiosk.feedback.bundle import open_feedback
    from kiosk.safe_files import write_file_atomically

    bundle = open_feedback(data, trusted_organiser(data_dir))
    target = data_dir / FEEDBACK_FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(target, data, 0o644)
    except OSError as error:
        raise FeedbackError(
            f"The feedback could not be saved ({error.strerror or error})."
        ) from None
    return bundle


def latest_feedback(data_dir: Path) -> FeedbackBundle | None:
    """The latest loaded feedback, checked again; None if there is none or it no longer checks.

    The kiosk calls this before its first paint: with no feedback loaded, no crypto library
    is imported (about 30 ms kept off the start).
    """
    path = data_dir / FEEDBACK_FILE
    if not path.is_file():
        return None
    # Start-up seam: the feedback reader (PyNaCl, CBOR), 25-30 ms (python -X importtime).
    from kiosk.feedback.bundle import open_feedback

    try:
        return open_feedback(path.read_bytes(), trusted_organiser(data_dir))
    except (OSError, FeedbackError):
        return None
