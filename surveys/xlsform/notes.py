"""What a conversion could not carry over, with where it is in the spreadsheet."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConversionNote:
    """One thing in the spreadsheet that Say So shows differently, or leaves out."""

    sheet: str
    row: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet} sheet" + (f", row {self.row}" if self.row is not None else "")
        return f"{where}: {self.message}"


class Notes:
    """The notes gathered while converting one spreadsheet, in the order they were found."""

    def __init__(self) -> None:
        self.items: list[ConversionNote] = []

    def add(self, row: int | None, message: str, sheet: str = "survey") -> None:
        """Note one thing, once."""
        note = ConversionNote(sheet, row, message)
        if note not in self.items:
            self.items.append(note)
