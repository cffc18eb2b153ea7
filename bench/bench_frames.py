"""QR transfer figures: frames per bundle, seconds on screen, loss, encode and decode speed.

Run: .venv/bin/python bench/bench_frames.py
A 1,000-response bundle is stood in for by 56,000 random bytes (56 bytes a response).
"""

from __future__ import annotations

import random
import statistics
import time

import cv2
import numpy as np

from kiosk.bundles.frames import FountainDecoder, FountainEncoder
from kiosk.bundles.qr_codes import qr_matrix
from kiosk.bundles.qr_reading import texts_in
from kiosk.bundles.qr_terminal import fit_terminal, terminal_lines
from kiosk.bundles.sheets import code_image
from kiosk.ui.screens.staff_export import SIDE_PANEL_COLUMNS

BUNDLE = random.Random(1).randbytes(56_000)
TERMINALS = [(80, 24), (120, 40), (200, 60)]
FPS = 5


def shown_until_rebuilt(frames: list[str], loss: float, rng: random.Random) -> int:
    decoder = FountainDecoder()
    shown = 0
    while not decoder.complete():
        if rng.random() >= loss:
            decoder.add(frames[shown % len(frames)])
        shown += 1
    return shown


def carousel_until_whole(k: int, loss: float, rng: random.Random) -> int:
    seen: set[int] = set()
    shown = 0
    while len(seen) < k:
        if rng.random() >= loss:
            seen.add(shown % k)
        shown += 1
    return shown


def terminal_figures() -> None:
    print("Frames for a 1,000-response bundle (56,000 bytes), shown at 5 fps, 10 % lost")
    for columns, rows in TERMINALS:
        fit = fit_terminal(columns - SIDE_PANEL_COLUMNS, rows)
        assert fit is not None
        encoder = FountainEncoder(BUNDLE, symbol_size=fit.symbol_size)
        frames = encoder.frames(3 * encoder.source_symbols + 10)
        rng = random.Random(2)
        shown = statistics.mean(shown_until_rebuilt(frames, 0.1, rng) for _ in range(30))
        print(
            f"  {columns}x{rows}: version {fit.version}-{fit.level}, {fit.symbol_size} bytes a "
            f"frame, K = {encoder.source_symbols}, {shown:.1f} frames shown = {shown / FPS:.1f} s"
        )


def loss_figures() -> None:
    print("Frames shown until a 160-frame bundle rebuilds (mean of 200 trials)")
    encoder = FountainEncoder(random.Random(3).randbytes(160 * 64), symbol_size=64)
    frames = encoder.frames(1200)
    for loss in (0.0, 0.1, 0.3):
        rng = random.Random(4)
        fountain = statistics.mean(shown_until_rebuilt(frames, loss, rng) for _ in range(200))
        carousel = statistics.mean(carousel_until_whole(160, loss, rng) for _ in range(200))
        goal = 1.05 * 160 / (1 - loss) + 2
        print(
            f"  {loss:.0%} lost: fountain {fountain:.1f} (goal <= {goal:.1f}), "
            f"plain carousel {carousel:.1f}"
        )


def encode_figures() -> None:
    fit = fit_terminal(200 - SIDE_PANEL_COLUMNS, 60)
    assert fit is not None
    encoder = FountainEncoder(BUNDLE, symbol_size=fit.symbol_size)
    start = time.perf_counter()
    for n in range(40):
        terminal_lines(encoder.frame(n), fit)
    per_frame = (time.perf_counter() - start) / 40
    print(
        f"Encode: {per_frame * 1000:.0f} ms a frame at version {fit.version} (text, QR, half blocks)"
    )


def camera_picture(matrix: list[list[bool]], rng: np.random.Generator) -> np.ndarray:
    code = np.array(code_image(matrix, module_pixels=5), dtype=np.uint8)
    side = code.shape[0]
    canvas = np.full((720, 1280), 225, dtype=np.uint8)
    corners = np.array([[0, 0], [side, 0], [side, side], [0, side]], dtype=np.float32)
    jitter = rng.uniform(-12, 12, (4, 2)).astype(np.float32)
    target = np.array([[340, 20], [1020, 20], [1020, 700], [340, 700]], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(corners, target + jitter)
    warped = cv2.warpPerspective(
        code, warp, (1280, 720), dst=canvas, borderMode=cv2.BORDER_TRANSPARENT
    )
    blurred = cv2.GaussianBlur(warped, (5, 5), 1.0).astype(np.float32)
    noisy = np.clip(blurred + rng.normal(0, 8, blurred.shape), 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, 80])
    assert ok
    decoded = cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)
    assert decoded is not None
    return np.asarray(decoded)


def decode_figures() -> None:
    fit = fit_terminal(200 - SIDE_PANEL_COLUMNS, 60)
    assert fit is not None
    encoder = FountainEncoder(BUNDLE, symbol_size=fit.symbol_size)
    rng = np.random.default_rng(5)
    count = encoder.source_symbols + 10
    pictures = [
        camera_picture(qr_matrix(encoder.frame(n), fit.version, fit.level), rng)
        for n in range(count)
    ]
    decoder = FountainDecoder()
    start = time.perf_counter()
    read = sum(decoder.add(text) for picture in pictures for text in texts_in(picture))
    seconds = time.perf_counter() - start
    print(
        f"Decode: {count / seconds:.0f} pictures a second from 1280x720 camera-like pictures "
        f"({read} new frames taken before the bundle was whole, rebuilt: {decoder.complete() == [BUNDLE]})"
    )


if __name__ == "__main__":
    terminal_figures()
    loss_figures()
    encode_figures()
    decode_figures()
