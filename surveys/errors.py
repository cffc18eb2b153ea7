"""The one error tree of Say So.

Every error a person can see derives from `SaySoError`. Each carries a plain-words
`message` that says what happened and what to do, and a short `title` for a heading.
Nothing in a message ever holds a traceback, a file path shown to participants,
or anybody's answers.

    SaySoError
    ├── SurveyError            a survey file cannot be used          surveys/errors.py
    ├── AnswerError            an answer does not fit its question   surveys/errors.py
    ├── SpeechError            speech is missing or broken           accessibility/speech/errors.py
    ├── EasyReadError          a jargon list cannot be used          accessibility/easyread/errors.py
    ├── XLSFormError           a spreadsheet cannot be converted     surveys/xlsform/errors.py
    ├── ConvertRefused         `sayso convert` would replace a file  kiosk/commands/convert.py
    ├── OutputRefused          an output would replace a kept file   kiosk/commands/kept_files.py
    ├── ServeError             the kiosk's web server cannot start   kiosk/commands/serve.py
    ├── KeysError              keys missing or unreadable            kiosk/keys/errors.py
    │   ├── KeysMissingError       this computer lacks the key asked for
    │   └── StoreKeysError         the store's keys cannot be read (also a StoreError)
    ├── StoreError             the store cannot save or read         kiosk/store/errors.py
    │   ├── StoreLockedError       another kiosk already uses the data folder
    │   ├── StoreFullError         the disk is full or read-only
    │   ├── StoreDamagedError      the store file is damaged beyond repair
    │   ├── StoreKeysError         the store's keys cannot be read (also a KeysError)
    │   └── ReceiptInUseError      a receipt code is already taken
    ├── BundleError            a bundle cannot be made, read or imported   kiosk/bundles/errors.py
    │   ├── BundleDamagedError     changed, cut short, or not a bundle (signature fails)
    │   ├── BundleVersionError     made by another version of Say So
    │   ├── BundleKeyError         sealed to an organiser key this computer does not hold
    │   └── BundleKioskError       answers another kiosk sent first
    ├── FrameError             a QR frame cannot be made or read     kiosk/bundles/frame_errors.py
    ├── OrganiserStoreError    the organiser store cannot be used    kiosk/organiser/errors.py
    ├── ReportFileError        a report file cannot be written       kiosk/organiser/errors.py
    ├── FeedbackError          feedback not signed by the organiser  kiosk/feedback/errors.py
    ├── PinError               a staff PIN cannot be used or saved   kiosk/pin/status.py
    ├── EventSetupError        staff's settings cannot be saved      kiosk/event_setup/errors.py
    └── KioskStopped           the kiosk stopped because of a bug    kiosk/commands/run.py

The store's errors are in kiosk/store/errors.py. This module holds the root
so the pure packages (`surveys`, `accessibility`) can use it without importing `kiosk`;
each package keeps its own errors in its own errors module, named above.
`tests/unit/test_error_tree.py` fails when this drawing and the code differ.

Signals the code raises and catches inside itself (such as the speech service's
`SpeechWorkerLost`, which means "start the worker again") are not errors a person
sees, so they do not derive from `SaySoError`.
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
