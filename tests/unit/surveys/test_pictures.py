"""Reading survey pictures: where they are, what the kiosk can show, and plain words when not."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from surveys.catalog import load_builtin
from surveys.checks import picture_fields, picture_files
from surveys.loader import load_survey_file
from surveys.pictures import (
    BUILTIN_FOLDER,
    SHOWN_PIXELS,
    might_use_pictures,
    picture_file,
    picture_problem,
    read_picture,
)
from tests.pictures import broken_picture, clear_picture, huge_picture, picture_survey


def test_a_clear_picture_is_read_and_shrunk_for_the_screen(tmp_path: Path) -> None:
    path = clear_picture(tmp_path / "big.png", (1200, 600))
    assert picture_problem(path) is None
    image = read_picture(path)
    assert image is not None
    assert image.size == (SHOWN_PIXELS, SHOWN_PIXELS // 2)
    assert image.getpixel((SHOWN_PIXELS // 2, SHOWN_PIXELS // 4)) == (200, 30, 30, 255)


def test_a_jpeg_is_read(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (400, 400), (20, 120, 200)).save(path, "JPEG")
    assert picture_problem(path) is None
    assert read_picture(path) is not None


def test_a_broken_picture_is_not_read_and_says_so(tmp_path: Path) -> None:
    path = broken_picture(tmp_path / "day.png")
    assert read_picture(path) is None
    assert picture_problem(path) == (
        "the picture 'day.png' cannot be read: the file is broken or not a picture. "
        "Save it again as PNG or JPEG."
    )


def test_a_huge_picture_file_is_not_read(tmp_path: Path) -> None:
    path = huge_picture(tmp_path / "day.png")
    assert read_picture(path) is None
    problem = picture_problem(path)
    assert problem is not None
    assert problem.startswith("the picture 'day.png' is 2,000,")
    assert "more than the 2 MB" in problem


def test_a_picture_with_too_many_pixels_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.png"
    Image.new("1", (20_000, 1_000)).save(path)  # a tiny file that would take 20 million pixels
    assert read_picture(path) is None
    assert picture_problem(path) == (
        "the picture 'wide.png' is 20000 by 1000 pixels, too many to show. "
        "Save it smaller: about 400 pixels across is plenty."
    )


@pytest.mark.parametrize(("kind", "suffix"), [("GIF", "gif"), ("BMP", "bmp")])
def test_other_kinds_of_picture_are_named(tmp_path: Path, kind: str, suffix: str) -> None:
    path = tmp_path / f"day.{suffix}"
    Image.new("RGB", (10, 10)).save(path, kind)
    assert read_picture(path) is None
    assert (
        picture_problem(path)
        == f"the picture 'day.{suffix}' is a {kind} file, not PNG or JPEG. Save it as PNG."
    )


def test_a_missing_picture_is_named(tmp_path: Path) -> None:
    assert read_picture(tmp_path / "gone.png") is None
    assert picture_problem(tmp_path / "gone.png") == (
        "the picture 'gone.png' is not there. Put it beside the survey file."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    """A pipe with no writer would block a reader for ever, and the kiosk could never close."""
    path = tmp_path / "day.png"
    os.mkfifo(path)
    answers: list[object] = []
    reader = threading.Thread(
        target=lambda: answers.extend([read_picture(path), picture_problem(path)]), daemon=True
    )
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let it go: a writer opening the pipe ends its wait
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    assert answers == [
        None,
        "the picture 'day.png' is not a file. Give a PNG or JPEG picture file.",
    ]


def test_a_very_wide_picture_is_shown_on_a_band_at_most_twice_as_wide_as_tall(
    tmp_path: Path,
) -> None:
    """The words beside a picture keep their room, however long and thin the picture is."""
    path = tmp_path / "line.png"
    Image.new("RGB", (1000, 1), (200, 30, 30)).save(path)
    image = read_picture(path)
    assert image is not None
    assert image.size == (SHOWN_PIXELS, SHOWN_PIXELS // 2)
    red_rows = [y for y in range(image.height) if image.getpixel((0, y)) == (200, 30, 30, 255)]
    assert red_rows == [image.height // 2 - 1]  # the line, across the middle
    assert image.getpixel((0, 0)) == (0, 0, 0, 0)  # on a see-through band


def test_a_very_tall_picture_keeps_its_shape(tmp_path: Path) -> None:
    path = tmp_path / "pole.png"
    Image.new("RGB", (1, 1000), (200, 30, 30)).save(path)
    image = read_picture(path)
    assert image is not None
    assert image.size == (1, SHOWN_PIXELS)


def test_pictures_are_found_beside_the_survey_or_with_the_builtin_surveys(tmp_path: Path) -> None:
    assert picture_file("a.png", tmp_path) == tmp_path / "a.png"
    assert picture_file("pictures/star.png", None) == BUILTIN_FOLDER / "pictures" / "star.png"


def test_every_builtin_picture_is_there_and_can_be_shown() -> None:
    survey = load_builtin("event-feedback")
    names = [name for _, name in picture_fields(survey)]
    assert len(names) >= 3
    assert picture_files(survey, None) == []
    for name in names:
        image = read_picture(picture_file(name, None))
        assert image is not None
        assert len(image.getcolors(256 * 256) or []) > 2  # a drawing, not a blank square


def test_every_picture_field_is_checked_with_its_place(tmp_path: Path) -> None:
    broken_picture(tmp_path / "day.png")
    survey = load_survey_file(picture_survey(tmp_path))
    assert [where for where, _ in picture_files(survey, tmp_path)] == [
        ("questions", 0, "picture"),
        ("questions", 1, "options", 0, "picture"),  # fruit.png is not there
    ]


def test_a_quick_look_tells_whether_a_survey_may_have_pictures() -> None:
    assert might_use_pictures("questions:\n  - picture: day.png\n")
    assert not might_use_pictures("questions:\n  - symbol: ⭐\n")
