"""The one error tree of Say So.

Every error a person can see derives from `SaySoError`. Each carries a plain-words
`message` that says what happened and what to do, and a short `title` for a heading.
Nothing in a message ever holds a traceback, a file path shown to participants,
or anybody's answers.

    SaySoError
    ├── SurveyError            a survey file cannot be used (surveys.loader)
    ├── AnswerError            an answer does not fit its question (surveys.flow)
    ├── SpeechError            speech is missing or broken (accessibility.speech)
    ├── EasyReadError          a jargon list cannot be used (accessibility.easyread)
    ├── KeysError              keys missing or unreadable (kiosk.keys)
    │   └── KeysMissingError       this computer does not hold the key asked for
    ├── StoreError             the kiosk store cannot save or read (kiosk.store)
    │   ├── StoreLockedError       another kiosk already uses the data folder
    │   ├── StoreFullError         the disk is full or read-only
    │   ├── StoreDamagedError      the store file is damaged beyond repair
    │   ├── StoreKeysError         the store's keys cannot be read (also a KeysError)
    │   └── ReceiptInUseError      a receipt code is already taken
    ├── BundleError            a bundle cannot be made, read or imported (kiosk.bundles)
    │   ├── BundleDamagedError     changed, cut short, or not a bundle (signature fails)
    │   ├── BundleVersionError     made by another version of Say So
    │   ├── BundleKeyError         sealed to an organiser key this computer does not hold
    │   └── BundleKioskError       answers another kiosk sent first
    ├── OrganiserStoreError    the organiser store cannot be opened or written (kiosk.organiser)
    └── PinError               a staff PIN cannot be used or saved (kiosk.pin)

Each package defines its own subclasses beside the code that raises them; this
module holds the root so the pure packages (`surveys`, `accessibility`) can use
it without importing `kiosk`.
"""

from __future__ import annotations

from dataclasses import dataclass


class SaySoError(Exception):
    """Base for every error Say So reports to a person."""

    title = "Something went wrong"

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class SurveyProblem:
    """One thing wrong with a survey file, with where it is."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
            if self.column is not None:
                where += f", column {self.column}"
        return f"{where}: {self.message}"


class SurveyError(SaySoError):
    """A survey file cannot be used; `problems` says where and why."""

    title = "This survey file has problems"

    def __init__(self, problems: list[SurveyProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class AnswerError(SaySoError):
    """An answer does not fit the question it was given for."""

    title = "That answer does not fit"
