"""Hostile frame text is ignored or decoded correctly: never a crash, a hang or a wrong bundle."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.bundles.base45 import ALPHABET, b45decode, b45encode
from kiosk.bundles.frame_text import PREFIX
from kiosk.bundles.frames import FountainDecoder, FountainEncoder

BUNDLE = random.Random(2).randbytes(1500)
FRAMES = FountainEncoder(BUNDLE, symbol_size=64).frames(60)
qr_text = st.text(alphabet=ALPHABET, max_size=400)
any_text = st.one_of(qr_text, st.text(max_size=400), qr_text.map(PREFIX.__add__))


@st.composite
def damaged_frame(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(FRAMES))
    where = draw(st.integers(0, len(text) - 1))
    how = draw(st.sampled_from(["flip", "cut", "insert", "splice"]))
    if how == "flip":
        return text[:where] + draw(st.sampled_from(ALPHABET)) + text[where + 1 :]
    if how == "cut":
        return text[:where]
    if how == "insert":
        return text[:where] + draw(qr_text) + text[where:]
    other = draw(st.sampled_from(FRAMES))
    return text[:where] + other[where:]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(any_text, damaged_frame(), st.sampled_from(FRAMES)), max_size=80))
def test_any_mix_of_text_never_crashes_and_never_rebuilds_a_wrong_bundle(texts: list[str]) -> None:
    decoder = FountainDecoder()
    for text in texts:
        decoder.add(text)
    assert decoder.complete() in ([], [BUNDLE])
    for progress in decoder.incomplete():
        assert progress.frames_needed >= 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(any_text, damaged_frame()), max_size=40))
def test_real_frames_still_rebuild_the_bundle_among_hostile_text(noise: list[str]) -> None:
    decoder = FountainDecoder()
    for text in noise + FRAMES:
        decoder.add(text)
    assert decoder.complete() == [BUNDLE]


@given(st.binary(max_size=300))
def test_base45_round_trips_any_bytes(data: bytes) -> None:
    assert b45decode(b45encode(data)) == data


@given(qr_text)
def test_base45_text_is_rejected_with_value_error_or_decoded_exactly(text: str) -> None:
    try:
        data = b45decode(text)
    except ValueError:
        return
    assert b45encode(data) == text
