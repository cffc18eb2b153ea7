"""The one-pass tally gives the same counts as counting each answer plainly, one by one."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from kiosk.organiser.report.tally import ANSWERED, OPTION_ID, tally

VALUES: list[Any] = [
    3,
    4.5,
    True,
    None,
    "yes",
    "option_2",
    "I liked the music",
    ["a", "b"],
    ["b", "a", "a"],
    {"games": "like", "art": "dislike"},
    {"art": "dislike", "games": "like"},
]
STATUSES = [None, "", "answered", "skipped", "prefer_not_to_say"]


def _records(count: int) -> list[tuple[str, dict[str, Any]]]:
    chance = random.Random(7)
    records = []
    for number in range(count):
        answers = []
        for question in ("q1", "q2", "say"):
            answer: dict[str, Any] = {"question": question, "value": chance.choice(VALUES)}
            if (status := chance.choice(STATUSES)) is not None:
                answer["status"] = status
            answers.append(answer)
        record = {
            "survey_id": chance.choice(["club", "park"]),
            "audience": chance.choice(["young_person", "parent"]),
            "who_answered": chance.choice(["myself", "with_help", None, ""]),
            "finished_at": f"2026-03-{10 + number % 3}T10:00:00Z",
            "answers": answers,
        }
        records.append((f"kiosk-{number % 4}", record))
    return records


def _plain_counts(records: list[tuple[str, dict[str, Any]]], survey: str) -> dict[str, Any]:
    """Each question's counts, found the slow and obvious way."""
    found: dict[str, Any] = {}
    for _, record in records:
        if record["survey_id"] != survey:
            continue
        for answer in record["answers"]:
            status = answer.get("status") or ANSWERED
            counts = found.setdefault(answer["question"], {"statuses": Counter()})
            counts["statuses"][status] += 1
            value = answer.get("value")
            if status != ANSWERED or value is None:
                continue
            if isinstance(value, dict):
                for item, pile in value.items():
                    counts.setdefault("piles", Counter())[item, pile] += 1
            elif isinstance(value, list):
                counts.setdefault("values", Counter()).update(set(value))
            elif isinstance(value, str) and (
                answer["question"] == "say" or not OPTION_ID.fullmatch(value)
            ):
                counts.setdefault("texts", Counter())[value] += 1
            else:
                counts.setdefault("values", Counter())[str(value)] += 1
    return found


def test_the_tally_matches_counting_one_answer_at_a_time() -> None:
    records = _records(3000)
    surveys = tally(records, lambda survey: {"say"})
    assert sorted(surveys) == ["club", "park"]
    for survey_id, counted in surveys.items():
        mine = [r for k, r in records if r["survey_id"] == survey_id]
        assert counted.people == len(mine)
        assert counted.who == Counter(r["who_answered"] or "not_asked" for r in mine)
        assert counted.audiences == Counter(r["audience"] for r in mine)
        assert counted.days == Counter(r["finished_at"][:10] for r in mine)
        kiosks = Counter(k for k, r in records if r["survey_id"] == survey_id)
        assert counted.kiosks == kiosks
        for question, plain in _plain_counts(records, survey_id).items():
            shaped = counted.questions[question]
            assert shaped.statuses == plain["statuses"], question
            assert shaped.values == plain.get("values", Counter()), question
            piles = Counter(
                {(item, pile): n for item, c in shaped.piles.items() for pile, n in c.items()}
            )
            assert piles == plain.get("piles", Counter()), question
            assert Counter(shaped.texts) == plain.get("texts", Counter()), question


def test_the_tally_is_the_same_whatever_order_the_keys_were_stored_in() -> None:
    one = {"question": "q", "status": "answered", "value": {"a": "like", "b": "dislike"}}
    other = {"value": {"b": "dislike", "a": "like"}, "question": "q"}
    record = {"survey_id": "s", "audience": "a", "finished_at": "2026-01-01T00:00:00Z"}
    records = [("k", {**record, "answers": [one]}), ("k", {**record, "answers": [other]})]
    counted = tally(records, lambda survey: set())["s"].questions["q"]
    assert counted.statuses == Counter({ANSWERED: 2})
    assert counted.piles == {"a": Counter({"like": 2}), "b": Counter({"dislike": 2})}
