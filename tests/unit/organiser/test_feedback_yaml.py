"""`sayso feedback new`: a YAML file of pairs, checked with line numbers and for easy read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.feedback.bundle import make_feedback, open_feedback
from kiosk.feedback.errors import FeedbackError
from kiosk.feedback.yaml_file import read_feedback_file
from kiosk.keys import KeyFolder, OrganiserKeyPair
from kiosk.organiser import open_organiser_store
from tests.unit.organiser.report_store import fill

GOOD = """\
title: You said, we did
survey: club
date: 2026-04-01
said:
  - symbol: 🎲
    you_said: The games were fun.
    we_did: We bought 2 new games.
  - you_said: The room was too loud.
    we_did: We made a quiet corner.
"""


def test_a_good_file_gives_its_lines_in_order(tmp_path: Path) -> None:
    (tmp_path / "said.yaml").write_text(GOOD, encoding="utf-8")
    plan = read_feedback_file(tmp_path / "said.yaml")
    assert plan.title == "You said, we did"
    assert (plan.survey_id, plan.made_on, plan.answered) == ("club", date(2026, 4, 1), None)
    assert plan.lines[0] == "🎲  You said: The games were fun."
    assert plan.lines[3] == "    We did: We made a quiet corner."


def test_problems_are_listed_with_their_lines(tmp_path: Path) -> None:
    bad = GOOD.replace("date: 2026-04-01", "date: soon\ncolour: red").replace(
        "We made a quiet corner.",
        "We asked the SENCO and the LA to make a quiet corner for everyone who needs it soon.",
    )
    (tmp_path / "said.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(FeedbackError) as raised:
        read_feedback_file(tmp_path / "said.yaml")
    message = raised.value.message
    assert "line 3: 'date' should look like 2026-04-01" in message
    assert "line 4: 'colour' is not a feedback setting" in message
    assert "line 10: not easy read yet" in message


def test_broken_yaml_says_where(tmp_path: Path) -> None:
    (tmp_path / "said.yaml").write_text("title: [oops\nsaid:\n", encoding="utf-8")
    with pytest.raises(FeedbackError, match="line"):
        read_feedback_file(tmp_path / "said.yaml")


def test_new_signs_the_file_with_the_count_from_the_organiser_store(tmp_path: Path) -> None:
    pair = OrganiserKeyPair.generate()
    KeyFolder.of(tmp_path).save_organiser_pair(pair)
    store = open_organiser_store(tmp_path)
    fill(store)
    store.close()
    (tmp_path / "said.yaml").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "said.sayso-feedback"
    args = ["feedback", "new", str(tmp_path / "said.yaml"), "--out", str(out)]
    result = CliRunner().invoke(cli, [*args, "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    bundle = open_feedback(out.read_bytes(), pair.public)
    assert bundle.survey_id == "club"
    assert bundle.answered == 21
    assert "21 people answered" in result.output


def test_a_file_made_before_surveys_were_named_still_opens() -> None:
    pair = OrganiserKeyPair.generate()
    bundle = open_feedback(make_feedback(pair, "T", ["a"], date(2026, 1, 1), {}), pair.public)
    assert (bundle.survey_id, bundle.answered) == (None, None)
