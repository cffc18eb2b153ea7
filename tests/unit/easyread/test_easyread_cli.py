"""`sayso lint` as organisers and CI run it: the listing, --json, options and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kiosk.cli import cli, main

FIXTURES = Path(__file__).parent / "fixtures"
BUILTIN = Path(str(resources.files("surveys") / "builtin"))


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["lint", *map(str, args)])


@pytest.fixture
def long_sentence(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(
        "Hello.\nWe went to the big park near my house on a sunny day with my little dog.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def passive_only(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("Your answers are kept safe.\n", encoding="utf-8")
    return path


def test_a_problem_is_listed_in_plain_words_with_its_line(long_sentence: Path) -> None:
    result = run(long_sentence)
    assert result.exit_code == 1
    assert f"{long_sentence}: 1 problem" in result.output
    assert "line 2: “We went to the big park near my house on a sunny day with my little dog.”" in (
        result.output
    )
    assert "Error: This sentence has 17 words. Easy read uses 15 or fewer." in result.output
    assert "Try splitting it into 2 shorter sentences." in result.output
    assert result.output.rstrip().endswith("Found 1 error and 0 warnings in 1 file.")


def test_clean_files_pass_with_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "easy.txt"
    path.write_text("We will read every answer.\n", encoding="utf-8")
    result = run(path, BUILTIN / "my-school.yaml")
    assert result.exit_code == 0, result.output
    assert f"{path}: no problems found." in result.output
    assert "Checked 2 files. No easy-read problems found." in result.output


def test_json_lists_every_finding_for_tools(long_sentence: Path) -> None:
    result = run(long_sentence, "--json")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert document["summary"] == {
        "files": 1,
        "errors": 1,
        "warnings": 0,
        "fail_on": "warning",
        "passed": False,
    }
    [finding] = document["findings"]
    assert finding["rule"] == "sentence-length"
    assert (finding["file"], finding["line"], finding["column"]) == (str(long_sentence), 2, 1)
    assert finding["severity"] == "error"
    assert finding["suggestion"] == "Try splitting it into 2 shorter sentences."


def test_warnings_fail_by_default_and_pass_with_fail_on_error(passive_only: Path) -> None:
    assert run(passive_only).exit_code == 1
    result = run(passive_only, "--fail-on", "error")
    assert result.exit_code == 0
    assert "Warning: 'are kept' is passive" in result.output
    assert "Only warnings: the check passes" in result.output


def test_errors_fail_with_fail_on_error(long_sentence: Path) -> None:
    assert run(long_sentence, "--fail-on", "error").exit_code == 1


def test_reading_age_target_is_an_option(tmp_path: Path) -> None:
    path = tmp_path / "council.txt"
    path.write_text(
        "The school council meets every month to talk about problems that pupils have noticed. "
        "Last term they asked for quieter places at lunchtime, and the teachers agreed to open "
        "the library for anyone who wanted somewhere calm to sit.\n",
        encoding="utf-8",
    )
    assert "reading-age" in run(path, "--fail-on", "error").output
    assert "reading-age" not in run(path, "--reading-age", "16").output


def test_an_extra_jargon_file_is_used(tmp_path: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("- term: hub\n  plain: the meeting room\n", encoding="utf-8")
    text = tmp_path / "poster.txt"
    text.write_text("Come to the hub.\n", encoding="utf-8")
    assert run(text).exit_code == 0
    result = run(text, "--jargon", words)
    assert result.exit_code == 1
    assert "Say 'the meeting room' instead" in result.output


def test_a_broken_jargon_file_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("- term: hub\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["lint", str(BUILTIN / "my-school.yaml"), "--jargon", str(words)])
    assert stopped.value.code == 1
    error = capsys.readouterr().err
    assert "needs 'plain' words" in error
    assert "Traceback" not in error


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path / "not-here.yaml")
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_no_files_is_a_usage_error() -> None:
    assert run().exit_code == 2


def test_the_builtin_young_peoples_surveys_pass() -> None:
    result = run(BUILTIN / "my-school.yaml", BUILTIN / "event-feedback.yaml")
    assert result.exit_code == 0, result.output


def test_the_blog_post_fails_and_a_broken_survey_is_listed_not_crashed() -> None:
    result = run(FIXTURES / "send-policy-blog.md", FIXTURES / "broken-survey.yaml")
    assert result.exit_code == 1
    assert "'favourite_colour' is not a question type" in result.output
    assert "Traceback" not in result.output
    assert "'EHCP' is an acronym" in result.output


def test_a_file_named_twice_is_checked_once(long_sentence: Path) -> None:
    result = run(long_sentence, long_sentence)
    assert result.output.count(f"{long_sentence}: 1 problem") == 1
    assert "Checked 1 file." in result.output


def test_help_lists_the_rules_and_the_exit_codes() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "sentence-length   error    Sentences of 15 words or fewer" in result.output
    assert "passive-voice     warning" in result.output
    assert "2 for" in result.output


def test_control_characters_in_a_text_file_are_reported_and_never_echoed(tmp_path: Path) -> None:
    path = tmp_path / "poster.md"
    path.write_text("# Come along\n\nWe meet \x1b]0;owned\x07on Monday.\n", encoding="utf-8")
    result = run(path)
    assert result.exit_code == 1
    assert "line 3:" in result.output
    assert "Error: There is a control character, U+001B (escape), at column 9." in result.output
    assert "Error: There is a control character, U+0007 (bell), at column 18." in result.output
    assert "\x1b" not in result.output
    assert "\x07" not in result.output


def test_control_characters_in_a_survey_are_reported_and_never_echoed(tmp_path: Path) -> None:
    path = tmp_path / "survey.yaml"
    source = (BUILTIN / "event-feedback.yaml").read_text(encoding="utf-8")
    path.write_text(source.replace("\ntitle: ", "\ntitle: \x9b2J"), encoding="utf-8")
    result = run(path, "--json")
    assert result.exit_code == 1
    [finding] = json.loads(result.output)["findings"]
    assert finding["rule"] == "survey-invalid"
    assert "U+009B" in finding["message"]
    assert "\x9b" not in result.output


def test_a_folder_among_the_files_is_a_problem_and_the_others_are_still_checked(
    long_sentence: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "surveys"
    folder.mkdir()
    result = run(long_sentence, folder, "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["summary"]["files"] == 2
    rules = {(Path(f["file"]).name, f["rule"]) for f in report["findings"]}
    assert ("surveys", "file-unreadable") in rules
    assert ("letter.txt", "sentence-length") in rules
    [said] = [f["message"] for f in report["findings"] if f["file"] == str(folder)]
    assert "This is a folder, not a file" in said


def as_someone_else(command: list[str]) -> list[str]:
    """`command` as the user nobody when this is root (who may read any file), else as is."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]


def test_a_file_nobody_may_read_is_a_problem_in_the_json_and_the_others_are_still_checked(
    long_sentence: Path,
) -> None:
    with tempfile.TemporaryDirectory() as shared:  # a folder the user nobody can open
        folder = Path(shared)
        folder.chmod(0o755)
        readable = folder / "letter.txt"
        shutil.copy(long_sentence, readable)
        readable.chmod(0o644)
        locked = folder / "locked.txt"
        locked.write_text("Hello.\n", encoding="utf-8")
        locked.chmod(0o000)
        command = [sys.executable, "-m", "kiosk", "lint", str(readable), str(locked), "--json"]
        done = subprocess.run(
            as_someone_else(command), capture_output=True, text=True, check=False, cwd=folder
        )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    by_file = {Path(f["file"]).name: f for f in report["findings"]}
    assert by_file["locked.txt"]["rule"] == "file-unreadable"
    assert "does not let you read this file" in by_file["locked.txt"]["message"]
    assert by_file["letter.txt"]["rule"] == "sentence-length"
