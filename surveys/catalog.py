"""Find a survey by built-in id or by file path."""

from __future__ import annotations

from pathlib import Path

from surveys.loader import load_source
from surveys.model import Survey
from surveys.sources import DEMO_SURVEY, builtin_ids, builtin_source, find_source

__all__ = ["DEMO_SURVEY", "builtin_ids", "find_survey", "load_builtin", "load_source"]


def load_builtin(survey_id: str) -> Survey:
    """A built-in survey by id."""
    return load_source(builtin_source(survey_id))


def find_survey(id_or_path: str, beside: Path | None = None) -> Survey:
    """A survey file, a file next to `beside`, or a built-in survey, in that order."""
    return load_source(find_source(id_or_path, beside))
