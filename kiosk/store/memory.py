"""A store that keeps responses in memory only: for tests and `sayso preview`."""

from __future__ import annotations

from surveys.response import Response


class MemoryStore:
    """A ResponseStore that forgets everything when the program ends."""

    def __init__(self) -> None:
        self.responses: list[Response] = []

    def save(self, response: Response) -> None:
        self.responses.append(response)

    def count(self, survey_id: str | None = None, audience: str | None = None) -> int:
        return sum(
            1
            for r in self.responses
            if (survey_id is None or r.survey_id == survey_id)
            and (audience is None or r.audience == audience)
        )

    def has_receipt(self, code: str) -> bool:
        return any(r.receipt == code for r in self.responses)

    def withdraw(self, code: str) -> bool:
        before = len(self.responses)
        self.responses = [r for r in self.responses if r.receipt != code]
        return len(self.responses) < before

    def close(self) -> None:
        pass
