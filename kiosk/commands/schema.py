"""`sayso schema`."""

from __future__ import annotations

import json

import click

from kiosk.commands.options import data_dir_option


@click.command("schema")
@data_dir_option
def schema_command(data_dir: object) -> None:
    """Print the JSON Schema of the survey format, for editors that check YAML."""
    # Command seam: pydantic's schema builder and the survey model, 270-320 ms
    # (python -X importtime).
    from surveys.schema import survey_json_schema

    click.echo(json.dumps(survey_json_schema(), indent=2, ensure_ascii=False))
