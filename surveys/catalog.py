"""Find a survey by built-in id or by file path."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from surveys.errors import SurveyError, SurveyProblem
from surveys.loader import load_survey_file, parse_survey
from surveys.model import Survey

DEMO_SURVEY = "my-school"


def builtin_ids() -> list[str]:
    """The ids of the surveys that come with Say So."""
    folder = resources.files("surveys") / "builtin"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def load_builtin(survey_id: str) -> Survey:
    """A built-in survey by id."""
    if survey_id not in builtin_ids():
        known = ", ".join(builtin_ids())
        message = (
            f"there is no built-in survey called '{survey_id}'. The built-in surveys are: {known}."
        )
        raise SurveyError([SurveyProblem(survey_id, None, None, message)])
    source = (resources.files("surveys") / "builtin" / f"{survey_id}.yaml").read_text(
        encoding="utf-8"
    )
    return parse_survey(source, name=f"{survey_id}.yaml")


def find_survey(id_or_path: str, beside: Path | None = None) -> Survey:
    """A survey file, a file next to `beside`, or a built-in survey, in that order."""
    candidates = [Path(id_or_path)]
    if beside is not None:
        candidates += [beside / id_or_path, beside / f"{id_or_path}.yaml"]
    for candidate in candidates:
        if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
            return load_survey_file(candidate)
    if id_or_path.endswith((".yaml", ".yml")) and id_or_path not in builtin_ids():
        return load_survey_file(id_or_path)
    return load_builtin(id_or_path)
