"""Helpers shared by the store tests and the crash harness: responses that are the same every time."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.keys import OrganiserKeyPair
from kiosk.store import ResponseStore
from surveys.profiles import AccessProfile
from surveys.response import Answer, Response

MakeResponse = Callable[..., Response]


def sample_response(
    number: int,
    survey_id: str = "my-school",
    audience: str = "young_person",
    text: str | None = None,
) -> Response:
    """A response that is the same every time for the same arguments."""
    started = datetime(2026, 6, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=number)
    return Response(
        id=uuid.UUID(int=number + 1),
        survey_id=survey_id,
        survey_version="3",
        survey_hash="9f2c" * 8,
        audience=audience,
        language="en",
        profile=AccessProfile(read_aloud=number % 2 == 0, colours="calm"),
        who_answered="with_help" if number % 3 else "myself",
        answers=(
            Answer(question="feel_at_school", value=number % 5 + 1),
            Answer(question="what_helps", value=["quiet_room", "friends"]),
            Answer(question="worries", status="prefer_not_to_say"),
            Answer(question="anything_else", value=text or f"answer number {number}"),
        ),
        started_at=started,
        finished_at=started + timedelta(minutes=4, seconds=number % 60),
        complete=number % 7 != 0,
        receipt=receipt_for(number),
    )


def receipt_for(number: int) -> str:
    """A distinct receipt code for each number."""
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    letters = ""
    for _ in range(6):
        number, digit = divmod(number, len(alphabet))
        letters += alphabet[digit]
    return f"{letters[:3]}-{letters[3:]}"


@dataclass
class StoreUnderTest:
    """A store with the organiser key its exports open with, and a way to open it again."""

    store: ResponseStore
    organiser: OrganiserKeyPair
    reopen: Callable[[], ResponseStore]


def as_kept(responses: Iterable[Response]) -> list[dict[str, Any]]:
    """What a store gives back of each response: everything but the id, which the store derives."""
    return [response.model_dump(exclude={"id"}) for response in responses]
