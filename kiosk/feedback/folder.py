"""Where a kiosk keeps the feedback it loaded: `DATA/feedback/latest.sayso-feedback`."""

from __future__ import annotations

from pathlib import Path

from kiosk.feedback.bundle import FeedbackBundle, open_feedback
from kiosk.feedback.errors import FeedbackError
from kiosk.keys import KeyFolder, OrganiserPublicKey
from kiosk.safe_files import write_file_atomically

FEEDBACK_FILE = Path("feedback") / "latest.sayso-feedback"


def trusted_organiser(data_dir: Path) -> OrganiserPublicKey:
    """The organiser key this kiosk trusts; `FeedbackError` if it has none yet."""
    key = KeyFolder.of(data_dir).organiser_public()
    if key is None:
        raise FeedbackError(
            "This kiosk does not know its organiser yet, so it cannot check feedback. "
            "Run 'sayso keys trust' with the organiser's public key first."
        )
    return key


def save_feedback(data_dir: Path, data: bytes) -> FeedbackBundle:
    """Check `data` against the trusted organiser, then keep it as the latest feedback."""
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
    """The latest loaded feedback, checked again; None if there is none or it no longer checks."""
    try:
        data = (data_dir / FEEDBACK_FILE).read_bytes()
        return open_feedback(data, trusted_organiser(data_dir))
    except (OSError, FeedbackError):
        return None
