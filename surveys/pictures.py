"""Survey pictures: where a `picture:` file is, whether the kiosk can show it, and reading it.

A picture is a PNG or JPEG file named relative to the survey file (built-in surveys keep
theirs in `surveys/builtin/pictures/`). `sayso lint` reports a picture that is missing, too
big or broken; the kiosk reads pictures off the screen's thread, and shows the symbol instead
of one it cannot read. Pillow is loaded only when a picture is checked or read.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from surveys.ordinary_files import FileTooBig, NotOrdinaryFile, read_ordinary_file

if TYPE_CHECKING:
    from PIL.Image import Image

BUILTIN_FOLDER = Path(str(resources.files("surveys") / "builtin"))
"""Where the built-in surveys and their pictures are."""
MAX_PICTURE_BYTES = 2_000_000
"""The largest picture file the kiosk reads: 2 MB. A clear pictogram is a few kilobytes."""
MAX_PICTURE_PIXELS = 4096 * 4096
"""The most pixels a picture may have; a terminal shows at most a few thousand."""
SHOWN_PIXELS = 160
"""Pictures are shrunk to at most this many pixels each way before they are drawn."""
MAX_WIDTH_OVER_HEIGHT = 2
"""A wider picture is shown on a see-through band, so the words beside it keep their room."""
FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG"}
"""Pillow's names for the formats the kiosk shows (a phone's JPEG may open as MPO)."""


def picture_file(name: str, folder: Path | None) -> Path:
    """The file a survey's `picture:` names: beside the survey, or with the built-in surveys."""
    return (folder or BUILTIN_FOLDER) / name


def might_use_pictures(survey_text: str) -> bool:
    """Whether a survey's words may name a picture: a quick look, before the survey is read."""
    return "picture:" in survey_text


def picture_problem(path: Path) -> str | None:
    """What stops the kiosk showing the picture at `path`, in plain words; None if nothing."""
    try:
        _read(path)
    except PictureUnreadable as error:
        return f"the picture '{path.name}' {error.reason}"
    return None


def read_picture(path: Path) -> Image | None:
    """The picture at `path`, shrunk for the screen; None if it cannot be shown.

    Reading a big file takes a while: call this off the screen's thread.
    """
    try:
        return _read(path)
    except PictureUnreadable:
        return None


class PictureUnreadable(Exception):
    """A picture file that cannot be shown; `reason` finishes a sentence about it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read(path: Path) -> Image:
    """Open, check, decode and shrink one picture, or raise `PictureUnreadable`."""
    # Start-up seam: Pillow, about 20 ms, only when a picture is checked or shown.
    from PIL import Image as PillowImage

    data = _picture_bytes(path)
    try:
        with PillowImage.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise PictureUnreadable(
                    f"is a {image.format or 'kind of'} file, not PNG or JPEG. Save it as PNG."
                )
            width, height = image.size
            if width * height > MAX_PICTURE_PIXELS:
                raise PictureUnreadable(
                    f"is {width} by {height} pixels, too many to show. "
                    "Save it smaller: about 400 pixels across is plenty."
                )
            image.draft("RGB", (SHOWN_PIXELS, SHOWN_PIXELS))  # JPEG: decode at a smaller size
            image.load()
            shown = image.convert("RGBA")
    except PictureUnreadable:
        raise
    except (OSError, ValueError, PillowImage.DecompressionBombError, SyntaxError):
        raise PictureUnreadable(
            "cannot be read: the file is broken or not a picture. Save it again as PNG or JPEG."
        ) from None
    shown.thumbnail((SHOWN_PIXELS, SHOWN_PIXELS))
    return _within_shape(shown)


def _picture_bytes(path: Path) -> bytes:
    """The picture file's bytes, or `PictureUnreadable`; a pipe or a device is never waited on."""
    try:
        return read_ordinary_file(path, MAX_PICTURE_BYTES)
    except FileNotFoundError:
        raise PictureUnreadable("is not there. Put it beside the survey file.") from None
    except NotOrdinaryFile:
        raise PictureUnreadable("is not a file. Give a PNG or JPEG picture file.") from None
    except FileTooBig as error:
        raise PictureUnreadable(
            f"is {error.size:,} bytes, more than the 2 MB (2,000,000 bytes) the kiosk reads. "
            "Save it smaller: about 400 pixels across is plenty."
        ) from None
    except OSError as error:
        raise PictureUnreadable(
            f"cannot be opened ({error.__class__.__name__}). Check that the file can be read."
        ) from None


def _within_shape(image: Image) -> Image:
    """`image` on a see-through band, if need be, so it is at most twice as wide as tall.

    A very wide picture (a line of 1,000 by 1 pixels) would otherwise take every column,
    and the words beside it would have none.
    """
    # Inside: Pillow is loaded already (the picture was read with it); 0 ms here.
    from PIL import Image as PillowImage

    height = -(-image.width // MAX_WIDTH_OVER_HEIGHT)
    if image.height >= height:
        return image
    band = PillowImage.new("RGBA", (image.width, height), (0, 0, 0, 0))
    band.paste(image, (0, (height - image.height) // 2))
    return band
