"""What speech tells the screens: it has a problem, or it is working again."""

from __future__ import annotations

from textual.message import Message


class SpeechTroubled(Message, bubble=False):
    """Speech has a problem: a participant who asked to be read to sees the sound note.

    It does not bubble: the app passes it to each screen, and it must not come back up.
    """


class SpeechWorking(Message, bubble=False):
    """Speech played words again after a problem."""
