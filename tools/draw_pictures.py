"""Draw the pictures of the built-in surveys: simple, clear pictograms, made with Pillow.

These pictures are Say So's own work, shared under CC0 1.0 (public domain dedication).
Run `python tools/draw_pictures.py` to draw them again into surveys/builtin/pictures/;
the same code always draws the same pixels.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 96
"""Pixels on each side: small files, and still clear when drawn in a few terminal cells."""
BACKGROUND = (255, 248, 225)
INK = (40, 40, 40)
FOLDER = Path(__file__).resolve().parent.parent / "surveys" / "builtin" / "pictures"

Drawing = Callable[[ImageDraw.ImageDraw], None]


def _card() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
    return image, ImageDraw.Draw(image)


def balloons(draw: ImageDraw.ImageDraw) -> None:
    """Three balloons on strings: a party, a good day."""
    for (x, y), colour in zip(
        [(30, 34), (50, 24), (70, 36)], [(220, 50, 50), (40, 110, 220), (30, 160, 70)], strict=True
    ):
        draw.line([(x, y + 18), (48, 88)], fill=INK, width=2)
        draw.ellipse([x - 14, y - 18, x + 14, y + 18], fill=colour, outline=INK, width=2)


def star(draw: ImageDraw.ImageDraw) -> None:
    """A big gold star: the best part."""
    points = []
    for index in range(10):
        radius = 42 if index % 2 == 0 else 18
        angle = math.pi / 2 + index * math.pi / 5
        points.append((48 + radius * math.cos(angle), 50 - radius * math.sin(angle)))
    draw.polygon(points, fill=(250, 190, 20), outline=INK, width=3)


def calendar(draw: ImageDraw.ImageDraw) -> None:
    """A calendar page with a day ticked: coming again."""
    draw.rectangle([12, 18, 84, 84], fill=(255, 255, 255), outline=INK, width=3)
    draw.rectangle([12, 18, 84, 34], fill=(220, 50, 50), outline=INK, width=3)
    for x in (28, 68):
        draw.line([(x, 10), (x, 26)], fill=INK, width=5)
    draw.line([(30, 60), (44, 74), (68, 44)], fill=(30, 160, 70), width=7)


def speech_bubble(draw: ImageDraw.ImageDraw) -> None:
    """A speech bubble with three dots: something to say."""
    draw.rounded_rectangle([8, 14, 88, 66], radius=16, fill=(255, 255, 255), outline=INK, width=3)
    draw.polygon([(26, 64), (22, 86), (46, 64)], fill=(255, 255, 255), outline=INK)
    draw.line([(27, 66), (45, 66)], fill=(255, 255, 255), width=3)
    for x in (30, 48, 66):
        draw.ellipse([x - 6, 34, x + 6, 46], fill=(40, 110, 220))


PICTURES: dict[str, Drawing] = {
    "balloons": balloons,
    "star": star,
    "calendar": calendar,
    "speech-bubble": speech_bubble,
}


def draw_all(folder: Path = FOLDER) -> list[Path]:
    """Draw every picture into `folder` as a PNG; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, drawing in PICTURES.items():
        image, draw = _card()
        drawing(draw)
        path = folder / f"{name}.png"
        image.save(path, optimize=True)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in draw_all():
        print(f"{path.name}: {path.stat().st_size} bytes")
