"""From the real kiosk to the organiser with no network: answers given in tmux, printed QR sheets
with a third of them lost, a video of QR codes, and the same answers read back by the organiser."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from kiosk.bundles.frames import FountainEncoder
from kiosk.bundles.qr_codes import qr_matrix
from kiosk.bundles.sheets import CODES_ACROSS, CODES_DOWN, HEADER_PIXELS, PAGE_PIXELS, code_image
from kiosk.organiser import SqliteOrganiserStore
from kiosk.store import read_responses
from surveys.response import Response
from tests.e2e.terminal import (
    answer_the_demo_survey,
    start_kiosk,
    stop,
    wait_for,
    wait_until_closed,
)

SAYSO = Path(sys.executable).with_name("sayso")


def sayso(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a real `sayso` command."""
    command = [str(SAYSO), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def facts(responses: list[Response]) -> list[tuple[object, ...]]:
    """What the organiser must get back exactly: who, which survey, and every answer."""
    return sorted(
        (r.receipt, r.survey_id, r.audience, r.who_answered, [a.model_dump() for a in r.answers])
        for r in responses
    )


def organiser_answers(store_dir: Path) -> list[tuple[object, ...]]:
    """The answers in an organiser store folder."""
    store = SqliteOrganiserStore(store_dir / "answers.sqlite")
    try:
        return facts(store.responses())
    finally:
        store.close()


def answers_in_the_real_kiosk(data: Path, people: int) -> None:
    """`people` participants answer the demo survey in a real kiosk, which is then closed."""
    name = start_kiosk(data)
    try:
        for _ in range(people):
            answer_the_demo_survey(name)
            wait_for(name, "Touch the screen or press Space to start", seconds=30)
    finally:
        stop(name)
    wait_until_closed(data)


def photos_of_each_code(pages: list[Path]) -> list[Image.Image]:
    """Each code of each printed page photographed on its own."""
    photos = []
    for path in pages:
        page = Image.open(path)
        cell_w = PAGE_PIXELS[0] // CODES_ACROSS
        cell_h = (PAGE_PIXELS[1] - HEADER_PIXELS) // CODES_DOWN
        for row in range(CODES_DOWN):
            for column in range(CODES_ACROSS):
                left, top = column * cell_w, HEADER_PIXELS + row * cell_h
                photos.append(page.crop((left, top, left + cell_w, top + cell_h)))
    return photos


def camera_video(bundle: bytes, video: Path, seed: int) -> None:
    """A blurred, noisy video of the bundle's QR codes as a camera might film them, some missed."""
    encoder = FountainEncoder(bundle, symbol_size=288)
    rng = np.random.default_rng(seed)
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter.fourcc(*"MJPG"), 10, (1280, 720))
    for n in range(int(encoder.source_symbols * 1.6) + 6):
        if rng.random() < 0.2:
            continue
        code = np.array(code_image(qr_matrix(encoder.frame(n), 13, "M"), module_pixels=8))
        grey = cv2.resize(code.astype(np.uint8), (700, 700), interpolation=cv2.INTER_AREA)
        canvas = np.full((720, 1280), 230, dtype=np.float32)
        canvas[10:710, 290:990] = grey
        blurred = cv2.GaussianBlur(canvas, (5, 5), 1.0) + rng.normal(0, 10, canvas.shape)
        frame = cv2.cvtColor(np.clip(blurred, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
        writer.write(frame)
    writer.release()


@pytest.mark.slow
def test_answers_reach_the_organiser_by_printed_codes_and_by_video(tmp_path: Path) -> None:
    data = tmp_path / "kiosk"
    answers_in_the_real_kiosk(data, people=4)
    kept = facts(read_responses(data))
    assert len(kept) == 4

    exported = sayso("export", "--out", tmp_path / "day.sayso", "--png", tmp_path / "pages",
                     "--data-dir", data)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    photos = photos_of_each_code(sorted((tmp_path / "pages").glob("*.png")))
    chance = random.Random(5)
    kept_photos = chance.sample(photos, len(photos) - len(photos) // 3)  # a third lost, mixed up
    arrived = tmp_path / "arrived"
    arrived.mkdir()
    for number, photo in enumerate(kept_photos):
        photo.save(arrived / f"photo-{number:02d}.png")

    organiser = tmp_path / "organiser"
    first = sayso("import", arrived, "--store", organiser, "--data-dir", data)
    assert first.returncode == 0, first.stderr
    assert organiser_answers(organiser) == kept
    again = sayso("import", arrived, "--store", organiser, "--data-dir", data)
    assert again.returncode == 0, again.stderr
    assert organiser_answers(organiser) == kept

    video = tmp_path / "kiosk-screen.avi"
    camera_video((tmp_path / "day.sayso").read_bytes(), video, seed=8)
    filmed = tmp_path / "filmed"
    from_video = sayso("import", video, "--store", filmed, "--data-dir", data)
    assert from_video.returncode == 0, from_video.stderr
    assert organiser_answers(filmed) == kept
