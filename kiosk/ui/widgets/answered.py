"""The message every answer widget sends when the participant has answered."""

from __future__ import annotations

from textual.message import Message

from surveys.response import AnswerValue


class Answered(Message):
    """An answer widget has an answer to give."""

    def __init__(self, value: AnswerValue) -> None:
        super().__init__()
        self.value = value
