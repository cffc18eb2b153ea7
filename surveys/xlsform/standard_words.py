"""Say So's own easy-read words for the parts of a survey that an XLSForm does not have."""

from __future__ import annotations

STANDARD_WORDS = {
    "audience": "I am taking part",
    "consent": (
        "We want to know what you think.\n"
        "You do not need to give your name.\n"
        "You can skip any question.\n"
        "You can stop at any time.\n"
        "Is that OK?"
    ),
    "help": "Please ask a member of staff for help.\nYour answers are safe while you wait.",
    "next_steps": "We will read every answer.\nWe will tell you what we did.",
}
