"""Fountain frames rebuild a bundle from any K-plus-a-few frames, in any order."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kiosk.bundles.base45 import ALPHABET
from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frame_text import PREFIX, format_frame, frame_chars, parse_frame
from kiosk.bundles.frames import FountainDecoder, FountainEncoder


def bundle_of(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def test_frames_are_alphanumeric_qr_text_of_the_promised_length() -> None:
    encoder = FountainEncoder(bundle_of(3000), symbol_size=200)
    for text in encoder.frames(20):
        assert text.startswith(PREFIX)
        assert set(text) <= set(ALPHABET)
        assert len(text) == frame_chars(200)


def test_frame_n_is_the_same_text_however_it_is_asked_for() -> None:
    bundle = bundle_of(3000)
    first = FountainEncoder(bundle, symbol_size=200)
    second = FountainEncoder(bundle, symbol_size=200)
    assert first.frame(40) == second.frames(41)[40]
    assert len(set(first.frames(41))) == 41


def test_shuffled_frames_with_losses_and_duplicates_rebuild_the_bundle() -> None:
    bundle = bundle_of(10_000)
    encoder = FountainEncoder(bundle, symbol_size=96)
    rng = random.Random(7)
    frames = [f for f in encoder.frames(3 * encoder.source_symbols) if rng.random() > 0.4]
    frames += rng.sample(frames, 30)
    rng.shuffle(frames)
    decoder = FountainDecoder()
    for text in frames:
        decoder.add(text)
    assert decoder.complete() == [bundle]
    assert decoder.incomplete() == []


def test_duplicates_are_not_counted_as_new() -> None:
    encoder = FountainEncoder(bundle_of(3000), symbol_size=200)
    decoder = FountainDecoder()
    assert decoder.add(encoder.frame(0)) is True
    assert decoder.add(encoder.frame(0)) is False
    assert decoder.incomplete()[0].frames_held == 1


def test_several_transfers_mixed_together_all_rebuild() -> None:
    bundles = [bundle_of(2000 + 500 * i, seed=i) for i in range(4)]
    frames = [
        text
        for i, bundle in enumerate(bundles)
        for text in FountainEncoder(bundle, symbol_size=64 + 8 * i).frames(60)
    ]
    random.Random(3).shuffle(frames)
    decoder = FountainDecoder()
    for text in frames:
        decoder.add(text)
    assert sorted(decoder.complete()) == sorted(bundles)


def test_an_unfinished_transfer_says_about_how_many_more_frames_it_needs() -> None:
    bundle = bundle_of(3200)
    encoder = FountainEncoder(bundle, symbol_size=160)  # K = 20
    decoder = FountainDecoder()
    for text in encoder.frames(15):
        decoder.add(text)
    (progress,) = decoder.incomplete()
    assert progress.bundle_id == encoder.bundle_id.hex()
    assert progress.frames_held == 15
    assert 5 <= progress.frames_needed <= 7
    assert len(decoder.pending_frames()) == 15


def test_foreign_and_garbled_text_is_ignored() -> None:
    encoder = FountainEncoder(bundle_of(3000), symbol_size=200)
    good = encoder.frame(3)
    flipped = good[:30] + ("A" if good[30] != "A" else "B") + good[31:]
    decoder = FountainDecoder()
    for text in ["", "hello", "https://example.org", PREFIX, flipped, good[:-3], good + "00"]:
        assert decoder.add(text) is False
    assert decoder.incomplete() == []


def test_a_frame_that_only_looks_valid_cannot_slip_in_a_wrong_bundle() -> None:
    bundle = bundle_of(3000)
    impostor = FountainEncoder(bundle_of(3000, seed=9), symbol_size=200)
    encoder = FountainEncoder(bundle, symbol_size=200)
    # Give the impostor's symbols the real bundle's id: the checksum passes, the bytes do not.
    forged = [
        format_frame(replace(frame, bundle_id=encoder.bundle_id))
        for frame in map(parse_frame, impostor.frames(20))
        if frame is not None
    ]
    decoder = FountainDecoder()
    for text in forged:
        decoder.add(text)
    assert decoder.complete() == []
    for text in encoder.frames(40):
        decoder.add(text)
    assert decoder.complete() == [bundle]


@pytest.mark.parametrize(("size", "symbol_size"), [(0, 64), (3000, 56), (3000, 100), (10**8, 512)])
def test_bundles_that_cannot_be_framed_are_refused_in_plain_words(
    size: int, symbol_size: int
) -> None:
    with pytest.raises(FrameError, match="cannot be split"):
        FountainEncoder(b"x" * size, symbol_size=symbol_size)
