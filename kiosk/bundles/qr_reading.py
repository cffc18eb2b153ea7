"""Reading QR codes out of pictures and videos with zxing-cpp, never raising on bad files."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image

from kiosk.bundles.frame_errors import FrameError

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
VIDEO_SUFFIXES = {".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v"}
MAX_PICTURE_PIXELS = 80_000_000
_QR_ONLY = zxingcpp.barcode_formats_from_str("QRCode")
CAMERA_EXTRA_MISSING = (
    "Reading videos and webcams needs the camera extra. "
    "Install it with: pip install 'sayso[camera]'"
)


def texts_in(image: Any) -> list[str]:
    """The texts of the QR codes in a picture (PIL image or numpy array), inverted ones too."""
    codes = zxingcpp.read_barcodes(image, formats=_QR_ONLY, try_invert=True)
    return [code.text for code in codes if code.valid]


def read_picture(path: Path) -> list[str]:
    """The QR texts in a PNG or JPEG file; FrameError if it is not a readable picture."""
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PICTURE_PIXELS:
                raise FrameError(f"{path.name} is too large a picture to read.")
            return texts_in(image.convert("L"))
    except FrameError:
        raise
    except Exception as error:
        raise FrameError(f"{path.name} could not be read as a picture ({error}).") from error


def _cv2() -> Any:
    try:
        return importlib.import_module("cv2")  # the optional camera extra
    except ImportError as error:
        raise FrameError(CAMERA_EXTRA_MISSING) from error


def video_frames(source: Path | int) -> Iterator[Any]:
    """Grey pictures from a video file (a path) or a webcam (its number)."""
    cv2 = _cv2()
    capture = cv2.VideoCapture(str(source) if isinstance(source, Path) else source)
    if not capture.isOpened():
        raise FrameError(f"{source} could not be opened as a video or camera.")
    try:
        while True:
            ok, picture = capture.read()
            if not ok:
                return
            yield cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
    finally:
        capture.release()


def read_video(path: Path) -> Iterator[list[str]]:
    """The QR texts in each picture of a video file."""
    try:
        for picture in video_frames(path):
            yield texts_in(picture)
    except FrameError:
        raise
    except Exception as error:
        raise FrameError(f"{path.name} could not be read as a video ({error}).") from error
