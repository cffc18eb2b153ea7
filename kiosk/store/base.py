"""What the kiosk needs from a response store."""

from __future__ import annotations

from typing import Protocol

from surveys.errors import SaySoError
from surveys.response import Response


class StoreError(SaySoError):
    """The store cannot save or read; the message says what staff should do."""

    title = "Answers cannot be saved"


class ResponseStore(Protocol):
    """Keeps responses. `save` returns only once the response is safe."""

    def save(self, response: Response) -> None:
        """Keep `response`; raises `StoreError` if it could not be kept."""

    def count(self, survey_id: str | None = None, audience: str | None = None) -> int:
        """How many responses are kept (not withdrawn), optionally for one survey or audience."""

    def has_receipt(self, code: str) -> bool:
        """Whether a kept response has this receipt code."""

    def withdraw(self, code: str) -> bool:
        """Remove the response with this receipt code; False if there is none."""

    def close(self) -> None:
        """Let go of files and locks."""
