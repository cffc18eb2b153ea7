"""Frames shown until a bundle rebuilds stay within 1.05 x K/(1-loss) + 2."""

from __future__ import annotations

import random
from statistics import mean

import pytest

from kiosk.bundles.frames import FountainDecoder, FountainEncoder

TRIALS = 200


def frames_shown_until_rebuilt(frames: list[str], loss: float, rng: random.Random) -> int:
    decoder = FountainDecoder()
    shown = 0
    while not decoder.complete():
        if rng.random() >= loss:
            decoder.add(frames[shown])
        shown += 1
    return shown


@pytest.mark.parametrize("loss", [0.0, 0.1, 0.3])
def test_a_160_frame_bundle_rebuilds_within_the_promised_frames(loss: float) -> None:
    encoder = FountainEncoder(random.Random(5).randbytes(160 * 64), symbol_size=64)
    assert encoder.source_symbols == 160
    frames = encoder.frames(1000)
    rng = random.Random(11)
    shown = mean(frames_shown_until_rebuilt(frames, loss, rng) for _ in range(TRIALS))
    assert shown <= 1.05 * 160 / (1 - loss) + 2
