"""An output file is never written over the organiser store, a key or the file being read."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.keys import KeyFolder, OrganiserKeyPair
from kiosk.organiser import open_organiser_store
from tests.unit.organiser.report_store import club_responses, fill
from tests.unit.xlsform.forms import row, write_form

FEEDBACK_YAML = """\
title: You said, we did
survey: club
said:
  - you_said: The games were fun.
    we_did: We bought 2 new games.
"""


def _organiser(data_dir: Path) -> None:
    KeyFolder.of(data_dir).save_organiser_pair(OrganiserKeyPair.generate())
    store = open_organiser_store(data_dir)
    fill(store)
    store.close()


def _kept_answers(data_dir: Path) -> int:
    store = open_organiser_store(data_dir)
    try:
        return len(list(store.responses()))
    finally:
        store.close()


def _run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.mark.parametrize("option", ["--csv", "--xlsx", "--html", "--json", "--easy-read"])
def test_a_report_named_like_the_store_is_refused_and_every_answer_kept(
    tmp_path: Path, option: str
) -> None:
    _organiser(tmp_path)
    store_file = tmp_path / "organiser" / "answers.sqlite"
    before = store_file.read_bytes()
    code, output = _run("report", option, store_file, "--data-dir", tmp_path)
    assert code == 1, output
    assert "one of Say So's own files" in output
    assert "Traceback" not in output
    assert store_file.read_bytes() == before
    assert _kept_answers(tmp_path) == len(club_responses())


def test_a_report_named_like_the_organiser_key_is_refused(tmp_path: Path) -> None:
    _organiser(tmp_path)
    key = KeyFolder.of(tmp_path).file("organiser.key")
    before = key.read_bytes()
    code, output = _run("report", "--json", key, "--data-dir", tmp_path)
    assert code == 1, output
    assert key.read_bytes() == before


def test_a_report_written_over_its_own_quotes_or_twice_is_refused(tmp_path: Path) -> None:
    _organiser(tmp_path)
    quotes = tmp_path / "quotes.txt"
    quotes.write_text("It was fun.\n", encoding="utf-8")
    code, output = _run("report", "--quotes", quotes, "--easy-read", quotes, "--data-dir", tmp_path)
    assert (code, quotes.read_text(encoding="utf-8")) == (1, "It was fun.\n"), output
    twice = tmp_path / "report.csv"
    code, output = _run("report", "--csv", twice, "--json", twice, "--data-dir", tmp_path)
    assert code == 1, output
    assert "given twice" in output
    assert not twice.exists()


def test_feedback_written_over_its_own_yaml_file_is_refused(tmp_path: Path) -> None:
    _organiser(tmp_path)
    source = tmp_path / "said.yaml"
    source.write_text(FEEDBACK_YAML, encoding="utf-8")
    code, output = _run("feedback", "new", source, "--out", source, "--data-dir", tmp_path)
    assert code == 1, output
    assert "the file being read" in output
    assert source.read_text(encoding="utf-8") == FEEDBACK_YAML
    lines = tmp_path / "lines.txt"
    lines.write_text("We bought 2 new games.\n", encoding="utf-8")
    code, output = _run(
        "feedback", "make", "--title", "We did", "--lines", lines, "--out", lines,
        "--data-dir", tmp_path,
    )  # fmt: skip
    assert (code, lines.read_text(encoding="utf-8")) == (1, "We bought 2 new games.\n"), output


def test_convert_never_writes_the_survey_over_its_spreadsheet_even_with_force(
    tmp_path: Path,
) -> None:
    form = write_form(tmp_path / "form.xlsx", [row("select_one feel", "feel", "How do you feel?")])
    before = form.read_bytes()
    code, output = _run("convert", form, "-o", form, "--force", "--data-dir", tmp_path)
    assert code == 1, output
    assert form.read_bytes() == before


def test_a_quotes_file_that_is_not_text_is_refused_in_words(tmp_path: Path) -> None:
    _organiser(tmp_path)
    quotes = tmp_path / "quotes.txt"
    quotes.write_bytes(b"\xff\xfe\x00 not text \x9c")
    summary = tmp_path / "summary.txt"
    code, output = _run(
        "report", "--quotes", quotes, "--easy-read", summary, "--data-dir", tmp_path
    )
    assert code == 1, output
    assert "The quotes file quotes.txt cannot be used: this file is not UTF-8 text" in output
    assert "unexpected problem" not in output
    assert not summary.exists()
