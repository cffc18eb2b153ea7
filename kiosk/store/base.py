"""What the kiosk needs from a response store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from surveys.response import Response

if TYPE_CHECKING:
    from kiosk.store.codec import ResponseMeta
    from kiosk.store.sealing import SealedResponse


class ResponseStore(Protocol):
    """Keeps responses. `save` returns only once the response is safe.

    Errors are `StoreError` subclasses (`kiosk.store.errors`) whose messages are for staff:
    `StoreFullError` (disk full, read-only or permission denied), `StoreLockedError`,
    `StoreDamagedError`, `ReceiptInUseError`. When `save` raises, the response was not kept.

    `notices` holds plain sentences for staff mode about the store's state, oldest first:
    e.g. that a local organiser key was made because none was set up, that a damaged answers
    file was moved aside and how many answers were recovered, or that the disk is full (only
    until a write works again). They never contain anyone's answers.
    """

    @property
    def notices(self) -> Sequence[str]:
        """Things staff should know about the store, in plain sentences."""
        ...

    def save(self, response: Response) -> None:
        """Keep `response`; raises `StoreError` if it could not be kept."""

    def count(self, survey_id: str | None = None, audience: str | None = None) -> int:
        """How many responses are kept (not withdrawn), optionally for one survey or audience."""
        ...

    def receipts(self, survey_id: str | None = None) -> list[str]:
        """The receipt codes of kept responses, oldest first."""
        ...

    def has_receipt(self, code: str) -> bool:
        """Whether a kept response has this receipt code."""
        ...

    def receipt_meta(self, code: str) -> ResponseMeta | None:
        """The readable part of the kept response with this code (survey, times), or None.

        It is kept in clear beside the sealed answers, so nothing is opened to answer.
        """
        ...

    def withdraw(self, code: str) -> bool:
        """Remove the response with this receipt code and remember the code for the next export.

        Returns False if no kept response has this code.
        """
        ...

    def withdrawn_receipts(self, include_sent: bool = False) -> list[str]:
        """Receipt codes withdrawn here, oldest first; only those no export has carried yet."""
        ...

    def mark_withdrawals_sent(self, receipts: Iterable[str]) -> int:
        """Remember an export carried these withdrawals; returns how many were new."""
        ...

    def export_items(self, include_exported: bool = False) -> Iterator[SealedResponse]:
        """The kept responses, sealed to the organiser, oldest first; new ones only by default."""
        ...

    def mark_exported(self, receipts: Iterable[str]) -> int:
        """Remember these responses were exported; returns how many were newly marked."""
        ...

    def close(self) -> None:
        """Let go of files and locks."""
