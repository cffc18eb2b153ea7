"""The JSON Schema of the survey format, for editor completion and checking."""

from __future__ import annotations

from typing import Any

from surveys.model import Survey


def survey_json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) describing a Say So survey file."""
    schema = Survey.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Say So survey"
    return schema
