"""Survey fingerprints and receipt codes."""

from __future__ import annotations

import re
from importlib import resources

from surveys.hashing import survey_hash
from surveys.loader import parse_survey
from surveys.response import RECEIPT_ALPHABET, new_receipt_code, spoken_receipt


def demo_source() -> str:
    return (resources.files("surveys") / "builtin" / "my-school.yaml").read_text(encoding="utf-8")


def test_the_hash_ignores_comments_spacing_and_key_order() -> None:
    source = demo_source()
    reformatted = "# a new comment\n" + source.replace("version: 1\ntitle:", "title:").replace(
        "id: my-school\n", "id: my-school\nversion: 1\n\n\n"
    )
    assert reformatted != source
    assert survey_hash(parse_survey(reformatted)) == survey_hash(parse_survey(source))


def test_the_hash_changes_when_the_words_change() -> None:
    source = demo_source()
    changed = source.replace("How do you feel about school?", "How do you feel at school?")
    assert survey_hash(parse_survey(changed)) != survey_hash(parse_survey(source))


def test_receipt_codes_use_no_letters_that_look_alike() -> None:
    assert not set("01OIL") & set(RECEIPT_ALPHABET)
    for _ in range(200):
        assert re.fullmatch(
            f"[{RECEIPT_ALPHABET}]{{3}}-[{RECEIPT_ALPHABET}]{{3}}", new_receipt_code()
        )


def test_receipt_codes_are_never_one_already_taken() -> None:
    taken: set[str] = set()
    for _ in range(300):
        code = new_receipt_code(taken.__contains__)
        assert code not in taken
        taken.add(code)
    first = iter(["ABC-DEF"])
    seen: list[str] = []

    def taken_once(code: str) -> bool:
        seen.append(code)
        return code == next(first, None)

    assert new_receipt_code(taken_once) == seen[-1]


def test_receipt_codes_are_read_out_one_character_at_a_time() -> None:
    assert spoken_receipt("K7M-2QX") == "K, 7, M, 2, Q, X"
