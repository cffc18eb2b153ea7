"""A person making "you said, we did" is told about their feedback file, never a survey."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.keys import KeyFolder, OrganiserKeyPair
from surveys.errors import SurveyError
from surveys.loader import load_survey_file
from surveys.sources import MAX_FILE_BYTES

ANCHORED = "title: &words You said, we did\nsaid: *words\n"
TOO_BIG = "this file is larger than 1 MB (1,000,000 bytes), the most Say So reads"


def _organiser(tmp_path: Path) -> Path:
    KeyFolder.of(tmp_path).save_organiser_pair(OrganiserKeyPair.generate())
    return tmp_path


def _feedback(tmp_path: Path, *args: str) -> str:
    out = str(tmp_path / "said.sayso-feedback")
    runner = CliRunner()
    result = runner.invoke(cli, ["feedback", *args, "--out", out, "--data-dir", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "survey" not in result.output, result.output
    assert not (tmp_path / "said.sayso-feedback").exists()
    return result.output


def test_new_says_feedback_files_cannot_use_anchors(tmp_path: Path) -> None:
    source = tmp_path / "said.yaml"
    source.write_text(ANCHORED, encoding="utf-8")
    output = _feedback(_organiser(tmp_path), "new", str(source))
    assert "feedback files cannot use YAML anchors ('&') or aliases ('*')" in output


def test_new_says_a_feedback_file_is_small(tmp_path: Path) -> None:
    source = tmp_path / "said.yaml"
    source.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    output = _feedback(_organiser(tmp_path), "new", str(source))
    assert TOO_BIG in output
    assert "a feedback file is usually well under a kilobyte" in output


@pytest.mark.parametrize("name", ["lines.txt", "lines.yaml"])
def test_make_says_a_lines_file_is_small(tmp_path: Path, name: str) -> None:
    lines = tmp_path / name
    lines.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    output = _feedback(_organiser(tmp_path), "make", "--title", "We did", "--lines", str(lines))
    assert TOO_BIG in output
    assert "a file of feedback lines is usually well under a kilobyte" in output
    assert "line None" not in output


def test_survey_files_keep_their_own_words(tmp_path: Path) -> None:
    source = tmp_path / "survey.yaml"
    source.write_text(ANCHORED, encoding="utf-8")
    with pytest.raises(SurveyError) as anchored:
        load_survey_file(source)
    assert "survey files cannot use YAML anchors ('&') or aliases ('*')" in anchored.value.message
    source.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(SurveyError) as big:
        load_survey_file(source)
    assert "Check it is the right file: a survey is usually a few kilobytes." in big.value.message
