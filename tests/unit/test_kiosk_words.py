"""The kiosk's own words and its big receipt letters."""

from __future__ import annotations

from accessibility.languages import native_name
from kiosk.ui.widgets.big_code import GLYPHS, block_letters
from kiosk.ui.words import ENGLISH, WELSH, phrasebook, word
from surveys.response import RECEIPT_ALPHABET


def test_every_kiosk_phrase_is_in_english_and_welsh() -> None:
    assert set(WELSH) == set(ENGLISH)
    assert word("press_for", "cy").format(key="1", label="Trist iawn") == "Pwysa 1 am Trist iawn."
    assert word("yes", "cy") == "Ie"
    assert word("yes", "xx") == "Yes"
    assert phrasebook("cy")["back"] == "Yn ôl"


def test_every_receipt_character_has_big_letters() -> None:
    assert set(RECEIPT_ALPHABET + "-") <= set(GLYPHS)
    rows = block_letters("K7M-2QX")
    assert len(rows) == 3
    assert all(len(row) == len(rows[0]) or row == row.rstrip() for row in rows)


def test_language_names_are_in_their_own_language() -> None:
    assert native_name("cy") == "Cymraeg"
    assert native_name("zz") == "zz"
