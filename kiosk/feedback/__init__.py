"""'You said, we did': small bundles the organiser signs and kiosks show. No Textual here."""

from kiosk.feedback.bundle import FeedbackBundle, make_feedback, open_feedback
from kiosk.feedback.errors import FeedbackError
from kiosk.feedback.folder import latest_feedback, save_feedback

__all__ = [
    "FeedbackBundle",
    "FeedbackError",
    "latest_feedback",
    "make_feedback",
    "open_feedback",
    "save_feedback",
]
