"""How one kiosk is set up: given once, when the app is made, and never changed while it runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from accessibility.speaker import Rate
from kiosk.ui.feedback import Feedback
from surveys.profiles import Colours

if TYPE_CHECKING:
    from kiosk.error_log import ErrorLog
    from kiosk.pin import StaffPin

ReceiptMaker = Callable[[Callable[[str], bool]], str]
"""Makes a receipt code, given the store's "is this code taken?"."""


@dataclass(frozen=True)
class Timings:
    """How long the kiosk waits, in seconds."""

    idle_seconds: float | None = None
    """Quiet time before "Are you still there?"; None uses the survey's own timeout.
    A participant who asked for more time still gets it doubled."""
    still_there_seconds: float = 20.0
    """How long "Are you still there?" waits for an answer."""
    thanks_seconds: float = 12.0
    """How long the thank-you screen stays up."""
    went_wrong_seconds: float = 8.0
    """How long the calm "Something went wrong" screen stays up, unless OK is pressed."""
    staff_quiet_seconds: float = 300.0
    """How long staff mode stays open with no key or touch before it locks itself."""
    pin_quiet_seconds: float = 30.0
    """How long the staff PIN box waits for a key before it closes (F2 pressed, then left)."""


@dataclass(frozen=True)
class KioskSettings:
    """Everything about a kiosk that is not the survey, the store or speech."""

    event: str | None = None
    """The event's name, shown on the attract screen."""
    preview: bool = False
    """A preview of a survey: nothing is kept, ctrl+q leaves, F2 needs no PIN."""
    feedback: Feedback | None = None
    """The latest "you said, we did", shown on the attract screen."""
    survey_dir: Path | None = None
    """The folder of the survey file, where the surveys its audiences switch to are found."""
    timings: Timings = field(default_factory=Timings)
    new_receipt: ReceiptMaker | None = None
    """Makes receipt codes (snapshots pass a fixed one); None makes random ones."""
    staff_pin: StaffPin | None = None
    """Guards staff mode (F2); without one (a preview), F2 opens it directly."""
    theme: Colours = "default"
    """The colours every participant starts with (staff's choice; each may change them)."""
    speech_rate: Rate = "normal"
    """How fast the kiosk reads aloud for everyone ("slower" for all, or only when asked)."""
    help_text: str | None = None
    """Who to talk to at this event; None uses the survey's own help words."""
    error_log: ErrorLog | None = None
    """Where errors are written (type and code lines only); None (a preview) writes none."""
    after_crash: bool | None = None
    """Set when a bug stopped the kiosk's last run: whether the answers so far were safe then.
    The calm "Something went wrong" screen comes first and says so."""
