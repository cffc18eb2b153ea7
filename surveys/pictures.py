"""Survey pictures: where a `picture:` file is, whether the kiosk can show it, and reading it.

A picture is a PNG or JPEG file named relative to the survey file (built-in surveys keep
theirs in `surveys/builtin/pictures/`). `sayso lint` reports a picture that is missing, too
big or broken; the kiosk reads pictures off the screen's thread, and shows the symbol instead
of one it cannot read. Pillow is loaded only when a picture is checked or read.
"""

from __future__ import annotations

import io
import os
import stat
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

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
    """The bytes of an ordinary file of at most 2 MB, or `PictureUnreadable`.

    The file is opened without waiting (a pipe with no writer does not block) and checked
    before it is read, so a device such as /dev/zero is refused at once.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PictureUnreadable("is not there. Put it beside the survey file.") from None
    except OSError as error:
        raise _cannot_open(error) from None
    try:
        facts = os.fstat(fd)
        if not stat.S_ISREG(facts.st_mode):
            raise PictureUnreadable("is not a file. Give a PNG or JPEG picture file.")
        if facts.st_size > MAX_PICTURE_BYTES:
            raise _too_big(facts.st_size)
        chunks, size = [], 0
        while size <= MAX_PICTURE_BYTES and (chunk := os.read(fd, MAX_PICTURE_BYTES + 1 - size)):
            chunks.append(chunk)  # read to the limit: the file may have grown since
            size += len(chunk)
        if size > MAX_PICTURE_BYTES:
            raise _too_big(size)
        return b"".join(chunks)
    except OSError as error:
        raise _cannot_open(error) from None
    finally:
        os.close(fd)


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


def _too_big(size: int) -> PictureUnreadable:
    return PictureUnreadable(
        f"is {size:,} bytes, more than the 2 MB (2,000,000 bytes) the kiosk reads. "
        "Save it smaller: about 400 pixels across is plenty."
    )


def _cannot_open(error: OSError) -> PictureUnreadable:
    return PictureUnreadable(
        f"cannot be opened ({error.__class__.__name__}). Check that the file can be read."
    )
