"""Scanning pictures, folders and videos rebuilds bundles; unusable files are named, never fatal."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from kiosk.bundles.frames import FountainEncoder
from kiosk.bundles.qr_codes import qr_matrix
from kiosk.bundles.scan import PARTIAL_FILE, collect
from kiosk.bundles.sheets import code_image, write_png_sheets

BUNDLE = random.Random(6).randbytes(6000)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_png_sheets(BUNDLE, tmp_path_factory.mktemp("pages"), bundle_label="CAFE0001")


def test_a_folder_of_sheets_rebuilds_the_bundle(pages: list[Path]) -> None:
    result = collect([pages[0].parent], partial_dir=None)
    assert [bundle for _, bundle in result.bundles] == [BUNDLE]
    assert result.incomplete == []
    assert result.rejected == []


def test_frames_of_an_unfinished_transfer_are_kept_for_the_next_scan(
    pages: list[Path], tmp_path: Path
) -> None:
    partial = tmp_path / "partial"
    first = collect(pages[:2], partial_dir=partial)
    assert first.bundles == []
    (progress,) = first.incomplete
    assert progress.frames_held == 12
    assert progress.frames_needed > 0
    assert (partial / PARTIAL_FILE).read_text().count("\n") == 12
    second = collect(pages[2:5], partial_dir=partial)
    assert [bundle for _, bundle in second.bundles] == [BUNDLE]
    assert (partial / PARTIAL_FILE).read_text() == ""


def test_inverted_and_jpeg_pictures_are_read(pages: list[Path], tmp_path: Path) -> None:
    files = []
    for n, page in enumerate(pages):
        picture = Image.open(page).convert("L")
        if n % 2:
            picture = ImageOps.invert(picture)
        files.append(tmp_path / f"page{n}.jpg")
        picture.save(files[-1], quality=85)
    result = collect(files, partial_dir=None)
    assert [bundle for _, bundle in result.bundles] == [BUNDLE]


def test_broken_and_foreign_files_are_rejected_in_plain_words(tmp_path: Path) -> None:
    (tmp_path / "noise.png").write_bytes(random.randbytes(3000))
    (tmp_path / "empty.jpg").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("hello")
    Image.new("L", (300, 300), 255).save(tmp_path / "blank.png")
    code_image(qr_matrix("HTTPS://EXAMPLE.ORG", 3, "M")).save(tmp_path / "foreign.png")
    (tmp_path / "film.mp4").write_bytes(random.randbytes(5000))
    paths = sorted(tmp_path.iterdir()) + [tmp_path / "missing.png"]
    result = collect(paths, partial_dir=tmp_path / "partial")
    assert result.bundles == []
    assert [Path(source).name for source, _ in result.rejected] == [p.name for p in paths]
    for _, reason in result.rejected:
        assert "Traceback" not in reason
        assert reason.endswith(".")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", min_size=1, max_size=80))
def test_random_text_codes_are_rejected_never_fatal(tmp_path: Path, text: str) -> None:
    path = tmp_path / "code.png"
    code_image(qr_matrix(text, 5, "L"), module_pixels=3).save(path)
    result = collect([path], partial_dir=None)
    assert result.bundles == []
    assert result.incomplete == []


def camera_like(picture: Image.Image, rng: np.random.Generator) -> np.ndarray:
    grey = np.array(picture.convert("L").resize((720, 720)), dtype=np.float32)
    canvas = np.full((720, 1280), 235, dtype=np.float32)
    canvas[:, 280:1000] = grey
    blurred = cv2.GaussianBlur(canvas, (5, 5), 1.2) + rng.normal(0, 12, canvas.shape)
    return np.asarray(cv2.cvtColor(np.clip(blurred, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR))


def test_a_blurred_noisy_video_with_frames_missing_rebuilds_the_bundle(tmp_path: Path) -> None:
    encoder = FountainEncoder(BUNDLE, symbol_size=288)
    rng = np.random.default_rng(3)
    video = tmp_path / "screen.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter.fourcc(*"MJPG"), 10, (1280, 720))
    shown = 0
    for n in range(int(encoder.source_symbols * 1.6) + 4):
        if rng.random() < 0.2:
            continue  # the camera missed this one
        picture = code_image(qr_matrix(encoder.frame(n), 13, "M"), module_pixels=8)
        writer.write(camera_like(picture, rng))
        shown += 1
    writer.release()
    result = collect([video], partial_dir=None)
    assert [bundle for _, bundle in result.bundles] == [BUNDLE]
    assert result.bundles[0][0] == str(video)
