"""Survey files made to exhaust the kiosk are refused at once, in lint, kiosk and preview."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from surveys.errors import SurveyError
from surveys.loader import load_survey_file
from surveys.sources import MAX_FILE_BYTES

BROKEN = Path(__file__).parent / "broken"
MEMORY_LIMIT = 1024**3
"""Each command runs with at most 1 GiB of memory; before aliases were refused, 9.3 GB."""

ALIASES = "survey files cannot use YAML anchors ('&') or aliases ('*'). Write the words out"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def sayso(
    *args: str | Path, tmp_path: Path, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run `sayso` in its own process with limited memory, stopped after `timeout` seconds."""
    command = [sys.executable, "-m", "kiosk", *map(str, args)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
        cwd=tmp_path,
        check=False,
    )


def test_an_alias_is_refused_with_its_line() -> None:
    path = BROKEN / "alias.yaml"
    with pytest.raises(SurveyError) as caught:
        load_survey_file(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(7, 10)]
    assert caught.value.problems[0].message.startswith(ALIASES)


@pytest.mark.parametrize(
    "command",
    [["lint"], ["preview"], ["kiosk", "--data-dir", "data", "--survey"]],
    ids=["lint", "preview", "kiosk"],
)
def test_an_alias_bomb_is_refused_at_once_in_bounded_memory(
    command: list[str], tmp_path: Path
) -> None:
    result = sayso(*command, BROKEN / "alias_bomb.yaml", tmp_path=tmp_path)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "alias_bomb.yaml, line 1" in output or "line 1:" in output, output
    assert "anchors ('&') or aliases ('*')" in output, output
    assert "unexpected problem" not in output


NOT_ORDINARY = "this is not an ordinary file (it is a device or a pipe). Give a survey file"
TOO_BIG = "this file is larger than 1 MB (1,000,000 bytes), the most Say So reads"


@pytest.fixture
def big_survey(tmp_path: Path) -> Path:
    path = tmp_path / "big.yaml"
    valid = (BROKEN / "_valid.yaml").read_text(encoding="utf-8")
    path.write_text(valid + "# padding\n" * 100_000, encoding="utf-8")
    return path


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


def test_a_survey_file_over_the_size_limit_is_refused(big_survey: Path) -> None:
    with pytest.raises(SurveyError) as caught:
        load_survey_file(big_survey)
    assert caught.value.problems[0].message.startswith(TOO_BIG)


def test_a_survey_file_at_the_size_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "full.yaml"
    valid = (BROKEN / "_valid.yaml").read_bytes()
    path.write_bytes(valid + b"#" * (MAX_FILE_BYTES - len(valid) - 1) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_survey_file(path).id == "tiny"


def test_a_folder_or_a_pipe_is_refused_plainly(tmp_path: Path, pipe: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    with pytest.raises(SurveyError, match="this is a folder, not a file"):
        load_survey_file(folder)
    with pytest.raises(SurveyError) as caught:
        load_survey_file(pipe)
    assert caught.value.problems[0].message.startswith(NOT_ORDINARY)


@pytest.mark.parametrize(
    "command",
    [["lint"], ["preview"], ["kiosk", "--data-dir", "data", "--survey"]],
    ids=["lint", "preview", "kiosk"],
)
@pytest.mark.parametrize("target", ["/dev/zero", "pipe", "big"])
def test_a_device_pipe_or_huge_file_is_refused_at_once(
    command: list[str], target: str, tmp_path: Path, pipe: Path, big_survey: Path
) -> None:
    path = {"/dev/zero": Path("/dev/zero"), "pipe": pipe, "big": big_survey}[target]
    started = time.monotonic()
    result = sayso(*command, path, tmp_path=tmp_path, timeout=20)
    assert time.monotonic() - started < 10
    assert result.returncode == 1
    output = result.stdout + result.stderr
    expected = TOO_BIG if target == "big" else NOT_ORDINARY
    assert expected.lower() in output.replace("\n", " ").lower(), output
    assert "unexpected problem" not in output


def test_deep_nesting_is_a_plain_error_with_the_line() -> None:
    path = BROKEN / "deep_nesting.yaml"
    with pytest.raises(SurveyError) as caught:
        load_survey_file(path)
    assert [(p.line, p.column, p.message) for p in caught.value.problems] == [
        (
            5,
            22,
            "the settings are nested too deeply (more than 20 levels). "
            "Check the indenting and the brackets.",
        )
    ]


def test_lint_reports_deep_nesting_plainly(tmp_path: Path) -> None:
    result = sayso("lint", BROKEN / "deep_nesting.yaml", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "line 5: " in result.stdout
    assert "Error: The settings are nested too deeply (more than 20 levels)." in result.stdout
    assert "unexpected problem" not in result.stdout + result.stderr
