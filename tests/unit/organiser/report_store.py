"""A small survey and a store of answers to it with counts known exactly, for report tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.organiser import Delivery, OrganiserStore
from surveys.hashing import survey_hash
from surveys.loader import load_source
from surveys.model import Survey
from surveys.profiles import AccessProfile
from surveys.response import Answer, Response
from surveys.sources import SurveySource

SURVEY_YAML = """\
id: club
version: "1"
title: Our club
audiences:
  - {id: young_person, text: Young person}
  - {id: parent, text: Parent or carer}
consent: Is it OK to ask you some questions?
help: Ask a helper.
next_steps: We will tell you what we did.
questions:
  - {id: liked, type: yes_no, text: Did you like the club?, symbol: "👍"}
  - {id: feel, type: faces, text: How did you feel?, symbol: "😀"}
  - id: helped
    type: multiple_choice
    text: What helped?
    symbol: "🤝"
    options:
      - {id: staff, text: Staff}
      - {id: friends, text: Friends}
      - {id: quiet, text: Quiet room}
  - id: sort
    type: picture_sort
    text: Sort the activities.
    symbol: "🖼"
    items:
      - {id: games, text: Games}
      - {id: art, text: Art}
  - {id: say, type: free_text, text: Tell us more., symbol: "✏"}
"""

YES, NO, NOT_SURE = 12, 7, 2
"""Liked: 21 answered, and 2 "not sure" must never be found."""
PARENTS = 3
SECRET_TEXT = "My name is Sam and I go on Tuesdays"


def club_survey() -> Survey:
    """The survey the fixture answers."""
    return load_source(SurveySource("club.yaml", SURVEY_YAML))


def write_survey(folder: Path) -> Path:
    """The survey as a file, for `sayso report --survey`."""
    path = folder / "club.yaml"
    path.write_text(SURVEY_YAML, encoding="utf-8")
    return path


def _response(survey: Survey, number: int, liked: str) -> Response:
    answers: list[dict[str, Any]] = [
        {"question": "liked", "value": liked},
        {"question": "feel", "value": 5 if number % 3 else 4},
        {"question": "helped", "value": ["staff"] + (["friends"] if number % 2 else [])},
        {
            "question": "sort",
            "value": {"games": "like", "art": "dislike" if number < 6 else "like"},
        },
        {"question": "say", "value": SECRET_TEXT if number == 0 else "It was fun"},
    ]
    finished = datetime(2026, 3, 12, 10, tzinfo=UTC) + timedelta(hours=number % 2 * 30)
    return Response(
        survey_id=survey.id,
        survey_version=survey.version,
        survey_hash=survey_hash(survey),
        audience="parent" if number < PARENTS else "young_person",
        language="en",
        profile=AccessProfile(),
        who_answered="myself",
        answers=tuple(Answer.model_validate(a) for a in answers),
        started_at=finished - timedelta(minutes=5),
        finished_at=finished,
        complete=True,
        receipt=f"AAA-{number:03d}",
    )


def club_responses() -> list[Response]:
    """21 responses: 12 yes, 7 no, 2 not sure; 3 parents; two days."""
    survey = club_survey()
    liked = ["yes"] * YES + ["no"] * NO + ["not_sure"] * NOT_SURE
    return [_response(survey, n, value) for n, value in enumerate(liked)]


def fill(store: OrganiserStore, responses: list[Response] | None = None) -> None:
    """Merge `responses` (the fixture's, unless given) into `store`, from one kiosk."""
    store.merge(
        Delivery(
            kiosk_id="kiosk-one",
            kiosk_key=b"k" * 32,
            bundle_id=b"b" * 16,
            batch_ids=(b"a" * 16,),
            responses=tuple(club_responses() if responses is None else responses),
            withdrawn=(),
        )
    )
