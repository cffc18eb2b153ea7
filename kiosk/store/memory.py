"""A store that keeps responses in memory only: for tests and `sayso preview`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from kiosk.keys import OrganiserKeyPair, OrganiserPublicKey
from kiosk.store.codec import ResponseMeta
from kiosk.store.errors import RECEIPT_IN_USE, ReceiptInUseError, StoreError
from kiosk.store.layout import SurveyLayout
from kiosk.store.sealing import BatchSealer, SealedResponse
from surveys.model import Survey
from surveys.response import Response


@dataclass(frozen=True)
class _Kept:
    response: Response
    sealed: SealedResponse


class MemoryStore:
    """A ResponseStore that forgets everything when the program ends.

    Without an organiser key it makes one in memory (`organiser_keys`), so sealed exports can
    be opened in tests. Set `fail_saves_with` to a `StoreError` to make `save` fail like a
    full disk would.
    """

    def __init__(
        self, organiser: OrganiserPublicKey | None = None, surveys: Iterable[Survey] = ()
    ) -> None:
        self.organiser_keys: OrganiserKeyPair | None = None
        if organiser is None:
            self.organiser_keys = OrganiserKeyPair.generate()
            organiser = self.organiser_keys.public
        self._sealer = BatchSealer(organiser)
        self._layouts = {layout.key: layout for layout in map(SurveyLayout.of, surveys)}
        self._kept: dict[str, _Kept] = {}
        self._withdrawn: dict[str, bool] = {}
        self.notices: list[str] = []
        self.fail_saves_with: StoreError | None = None

    @property
    def responses(self) -> list[Response]:
        """The kept responses, oldest first."""
        return [kept.response for kept in self._kept.values()]

    def save(self, response: Response) -> None:
        """Keep `response` (saving the same one again changes nothing)."""
        if self.fail_saves_with is not None:
            raise self.fail_saves_with
        kept = self._kept.get(response.receipt)
        if kept is not None:
            if kept.response.id == response.id:
                return
            raise ReceiptInUseError(RECEIPT_IN_USE)
        layout = self._layouts.get((response.survey_id, response.survey_hash))
        self._kept[response.receipt] = _Kept(response, self._sealer.seal(response, layout))

    def count(self, survey_id: str | None = None, audience: str | None = None) -> int:
        """How many responses are kept, optionally for one survey or audience."""
        return sum(
            1
            for r in self.responses
            if (survey_id is None or r.survey_id == survey_id)
            and (audience is None or r.audience == audience)
        )

    def receipts(self, survey_id: str | None = None) -> list[str]:
        """The receipt codes of kept responses, oldest first."""
        return [r.receipt for r in self.responses if survey_id in (None, r.survey_id)]

    def has_receipt(self, code: str) -> bool:
        """Whether a kept response has this receipt code."""
        return code in self._kept

    def receipt_meta(self, code: str) -> ResponseMeta | None:
        """The readable part of the kept response with this code, or None."""
        kept = self._kept.get(code)
        return None if kept is None else kept.sealed.meta

    def withdraw(self, code: str) -> bool:
        """Remove the response with this receipt code; False if there is none."""
        if self._kept.pop(code, None) is None:
            return False
        self._withdrawn[code] = False
        return True

    def withdrawn_receipts(self, include_sent: bool = False) -> list[str]:
        """Receipt codes withdrawn here, oldest first; only those no export has carried yet."""
        return [code for code, sent in self._withdrawn.items() if include_sent or not sent]

    def mark_withdrawals_sent(self, receipts: Iterable[str]) -> int:
        """Remember an export carried these withdrawals; returns how many were new."""
        new = [code for code in set(receipts) if self._withdrawn.get(code) is False]
        self._withdrawn.update(dict.fromkeys(new, True))
        return len(new)

    def export_items(self, include_exported: bool = False) -> Iterator[SealedResponse]:
        """The kept responses, sealed; only those not yet exported unless asked."""
        for kept in list(self._kept.values()):
            if include_exported or not kept.sealed.exported:
                yield kept.sealed

    def mark_exported(self, receipts: Iterable[str]) -> int:
        """Remember these responses were exported; returns how many were newly marked."""
        marked = 0
        for code in receipts:
            kept = self._kept.get(code)
            if kept is not None and not kept.sealed.exported:
                self._kept[code] = replace(kept, sealed=replace(kept.sealed, exported=True))
                marked += 1
        return marked

    def close(self) -> None:
        """Nothing to let go of."""
