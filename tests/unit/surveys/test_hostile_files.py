"""Survey files made to exhaust the kiosk are refused at once, in lint, kiosk and preview."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from surveys.errors import SurveyError
from surveys.loader import load_survey_file

BROKEN = Path(__file__).parent / "broken"
MEMORY_LIMIT = 1024**3
"""Each command runs with at most 1 GiB of memory; before aliases were refused, 9.3 GB."""

ALIASES = "survey files cannot use YAML anchors ('&') or aliases ('*'). Write the words out"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def sayso(*args: str | Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `sayso` in its own process with limited memory, stopped after 60 seconds."""
    command = [sys.executable, "-m", "kiosk", *map(str, args)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
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
