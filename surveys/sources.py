"""Where a survey's words come from: a file, or one of the surveys that come with Say So.

Nothing here parses YAML or imports pydantic, so the kiosk can find its survey (and its
remembered start card) before the heavy libraries are loaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from surveys.errors import SurveyError, SurveyProblem

DEMO_SURVEY = "my-school"


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
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SurveyError(
            [SurveyProblem(str(path), None, None, "there is no file here.")]
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        message = f"the file cannot be read ({error.__class__.__name__}). Save it as UTF-8 text."
        raise SurveyError([SurveyProblem(str(path), None, None, message)]) from None
    return SurveySource(str(path), text, path.parent)


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
    return builtin_source(id_or_path)
