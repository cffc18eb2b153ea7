"""The `sayso` command line: help, schema, exit codes and plain-words errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import COMMANDS, cli, main

CONTRACT = [
    "kiosk",
    "preview",
    "lint",
    "schema",
    "export",
    "import",
    "report",
    "feedback",
    "keys",
    "staff",
    "serve",
    "convert",
]


def test_help_lists_every_command_in_the_contract() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert list(COMMANDS) == CONTRACT
    for name in CONTRACT:
        assert f"\n  {name} " in result.output


def test_schema_prints_a_json_schema_for_survey_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["schema", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"id", "questions", "consent", "audiences"} <= set(schema["required"])
    question_types = {
        definition["properties"]["type"]["const"]
        for definition in schema["$defs"].values()
        if "type" in definition.get("properties", {})
        and "const" in definition["properties"]["type"]
    }
    assert question_types == {
        "single_choice",
        "multiple_choice",
        "faces",
        "yes_no",
        "rating",
        "free_text",
        "picture_sort",
        "information",
    }


def test_an_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["dance"])
    assert result.exit_code == 2


def test_python_dash_m_kiosk_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "schema" in result.stdout


def test_an_unexpected_failure_shows_words_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.delenv("SAYSO_DEBUG", raising=False)
    monkeypatch.setattr("surveys.schema.survey_json_schema", explode)
    with pytest.raises(SystemExit) as stopped:
        main(["schema"])
    assert stopped.value.code == 1
    error = capsys.readouterr().err
    assert "unexpected problem (RuntimeError)" in error
    assert "Traceback" not in error
    assert "secret internals" not in error


def test_a_survey_problem_never_writes_a_control_character_to_the_terminal(
    tmp_path: Path,
) -> None:
    survey = tmp_path / "bad\x1b]0;owned\x07.yaml"
    survey.write_text('id: x\ntitle: "Hi\\e[2J"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["preview", str(survey)])
    assert result.exit_code == 1
    assert "U+001B (escape)" in result.output
    assert "bad␛]0;owned␇.yaml, line 2" in result.output
    assert "\x1b" not in result.output
    assert "\x07" not in result.output


@pytest.mark.parametrize(
    "args", [["kiosk", "--data-dir", "unused", "--survey", "x.yaml"], ["preview", "x.yaml"]]
)
def test_an_event_name_with_a_control_character_is_refused(args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--event", "Fun day\x1b]0;owned\x07"])
    assert result.exit_code == 2
    assert "the event name cannot hold control characters" in result.output


def test_an_event_name_that_is_not_text_is_refused() -> None:
    """Bytes that are not UTF-8 in the command line arrive as half characters."""
    args = ["preview", "x.yaml", "--event", b"Fun\xffday".decode("utf-8", "surrogateescape")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "the event name is not plain text" in result.output
