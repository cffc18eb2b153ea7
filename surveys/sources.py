"""Where a survey's words come from: a file, or one of the surveys that come with Say So.

Nothing here parses YAML or imports pydantic, so the kiosk can find its survey (and its
remembered start card) before the heavy libraries are loaded.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from surveys.errors import SurveyError, SurveyProblem
from surveys.file_kinds import SURVEY_FILE, FileKind
from surveys.ordinary_files import FileTooBig, NotOrdinaryFile, read_ordinary_file

DEMO_SURVEY = "my-school"
MAX_FILE_BYTES = 1_000_000
"""The largest file Say So reads: 1 MB. The demo survey is about 5 kB; a long one, 50 kB."""


def too_big(kind: FileKind) -> str:
    """Why a file over `MAX_FILE_BYTES` is refused."""
    return (
        "this file is larger than 1 MB (1,000,000 bytes), the most Say So reads. "
        f"Check it is the right file: {kind.usual_size}."
    )


def not_ordinary(kind: FileKind) -> str:
    """Why a device or a pipe is refused."""
    return (
        "this is not an ordinary file (it is a device or a pipe). "
        f"Give a {kind.name} saved on a disk."
    )


def folder_given(kind: FileKind) -> str:
    """Why a folder is refused."""
    return f"this is a folder, not a file. Give the {kind.name} inside it."


NOT_ALLOWED = (
    "this computer does not let you read this file. "
    "Ask whoever looks after it to let you read it, or copy it to your own folder."
)


@dataclass(frozen=True)
class SurveySource:
    """The text of one survey file, the name used in its error messages, and its folder."""

    name: str
    text: str
    folder: Path | None = None
    """Where its picture files are; None for a built-in survey."""

    @property
    def digest(self) -> str:
        """A fingerprint of the exact text: any change to the file changes it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def builtin_ids() -> list[str]:
    """The ids of the surveys that come with Say So."""
    folder = resources.files("surveys") / "builtin"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def builtin_source(survey_id: str) -> SurveySource:
    """A built-in survey's text, by id."""
    if survey_id not in builtin_ids():
        known = ", ".join(builtin_ids())
        message = (
            f"there is no built-in survey called '{survey_id}'. The built-in surveys are: {known}."
        )
        raise SurveyError([SurveyProblem(survey_id, None, None, message)])
    text = (resources.files("surveys") / "builtin" / f"{survey_id}.yaml").read_text(
        encoding="utf-8"
    )
    return SurveySource(f"{survey_id}.yaml", text)


def file_source(path: Path | str) -> SurveySource:
    """A survey file's text, or `SurveyError` saying plainly why it cannot be read."""
    path = Path(path)
    return SurveySource(str(path), read_text_file(path), path.parent)


def read_text_file(path: Path, kind: FileKind = SURVEY_FILE) -> str:
    """The UTF-8 text of an ordinary file of at most `MAX_FILE_BYTES`, or `SurveyError`.

    A pipe with no writer does not block, and a device such as /dev/zero is refused at once.
    The messages call the file a `kind` (a survey file unless told otherwise).
    """
    try:
        data = read_ordinary_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise _unreadable(path, "there is no file here.") from None
    except NotOrdinaryFile as error:
        message = folder_given(kind) if error.folder else not_ordinary(kind)
        raise _unreadable(path, message) from None
    except FileTooBig:
        raise _unreadable(path, too_big(kind)) from None
    except PermissionError:
        raise _unreadable(path, NOT_ALLOWED) from None
    except OSError as error:
        raise _unreadable(path, _cannot_read(error)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = (
            f"this file is not UTF-8 text: line {line} holds characters saved another way. "
            "Save the file as UTF-8 (in most editors: Save as, then choose UTF-8)."
        )
        raise _unreadable(path, message) from None


def _cannot_read(error: Exception) -> str:
    return f"the file cannot be read ({error.__class__.__name__}). Save it as UTF-8 text."


def _unreadable(path: Path, message: str) -> SurveyError:
    return SurveyError([SurveyProblem(str(path), None, None, message)])


def find_source(id_or_path: str, beside: Path | None = None) -> SurveySource:
    """A survey file, a file next to `beside`, or a built-in survey, in that order."""
    candidates = [Path(id_or_path)]
    if beside is not None:
        candidates += [beside / id_or_path, beside / f"{id_or_path}.yaml"]
    for candidate in candidates:
        if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
            return file_source(candidate)
    if id_or_path.endswith((".yaml", ".yml")) and id_or_path not in builtin_ids():
        return file_source(id_or_path)
    if len(Path(id_or_path).parts) > 1 and os.path.lexists(id_or_path):
        return file_source(id_or_path)  # a path to something that is not a survey: say what
    return builtin_source(id_or_path)
