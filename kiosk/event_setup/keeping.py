"""A survey chosen from a USB stick is copied into the data folder, so the stick can go home.

The copy holds the survey file, the survey files its audiences answer instead, and every
picture they name, each at the same place beside the survey as on the stick. It lives in
`surveys/<survey id>-<fingerprint>/` in the data folder: the same survey chosen twice is one
copy, and a changed survey is a new one, so the copy in use is never changed under the kiosk.
No Textual here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from kiosk.event_setup.errors import EventSetupError
from kiosk.pin.status import describe_os_error
from surveys.model import Survey
from surveys.pictures import MAX_PICTURE_BYTES
from surveys.sources import find_source

KEPT_FOLDER = "surveys"
"""The folder in the data folder where chosen surveys are kept."""


def keep_survey(data_dir: Path, chosen: Path) -> Path:
    """Copy the survey file `chosen` and what it needs into `data_dir`; the copy's path.

    A survey already kept in `data_dir` is used where it is. Raises `SurveyError` if the
    survey cannot be read and `EventSetupError` (in plain words) if it cannot be copied.
    """
    # Staff seam: the survey loader (pydantic, ruamel.yaml), 40-75 ms (python -X importtime),
    # loaded only when staff keep a survey.
    from surveys.catalog import find_survey
    from surveys.linked import linked_surveys

    chosen = chosen.resolve()
    kept_root = (data_dir / KEPT_FOLDER).resolve()
    if chosen.is_relative_to(kept_root):
        return chosen
    folder = chosen.parent
    surveys = linked_surveys(find_survey(str(chosen)), folder)
    files = sorted({chosen, *_linked_files(surveys, folder), *_pictures(surveys, folder)})
    try:
        target = kept_root / f"{surveys[0].id}-{_fingerprint(files, folder)}"
        if not target.is_dir():
            _copy_all(files, folder, target)
    except OSError as error:
        raise EventSetupError(
            f"The survey could not be copied to the kiosk ({describe_os_error(error)}), so "
            "nothing was changed. Check the kiosk's disk has space, then try again."
        ) from None
    return target / chosen.name


def _linked_files(surveys: list[Survey], folder: Path) -> list[Path]:
    """The files of the linked surveys that come from `folder` (built-in ones need none)."""
    found = []
    for survey in surveys:
        for audience in survey.audiences:
            if audience.survey is not None:
                source = find_source(audience.survey, beside=folder)
                if source.folder is not None:  # a file, not a built-in survey
                    found.append(Path(source.name).resolve())
    return found


def _pictures(surveys: list[Survey], folder: Path) -> list[Path]:
    """Every picture file the surveys name that is there beside them."""
    names: set[str] = set()
    for survey in surveys:
        names.add(survey.picture or "")
        for question in survey.questions:
            names.add(question.picture or "")
            options = [*question.choices(), *getattr(question, "items", [])]
            names.update(option.picture or "" for option in options)
    paths = ((folder / name).resolve() for name in names if name)
    found = [path for path in paths if path.is_file()]
    for path in found:
        _refuse_if_too_big(path)
    return found


def _refuse_if_too_big(picture: Path) -> None:
    """`EventSetupError` for a picture the kiosk would never show: it would only fill the disk."""
    size = picture.stat().st_size
    if size > MAX_PICTURE_BYTES:
        raise EventSetupError(
            f"The picture '{picture.name}' is {size:,} bytes, more than the 2 MB the kiosk "
            "shows, so the survey was not copied and nothing was changed. Save the picture "
            "smaller (about 400 pixels across), then try again."
        )


def _fingerprint(files: list[Path], folder: Path) -> str:
    """Twelve hex digits that change when any file, or where it sits, changes."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(_relative(path, folder).encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


def _relative(path: Path, folder: Path) -> str:
    """`path` as the survey names it: beside the survey, or in a folder beside it."""
    if not path.is_relative_to(folder):
        raise EventSetupError(
            f"The survey uses {path}, which is not in the survey's own folder, so it cannot be "
            "copied to the kiosk. Put every file the survey uses beside it, then try again."
        )
    return path.relative_to(folder).as_posix()


def _copy_all(files: list[Path], folder: Path, target: Path) -> None:
    """Copy `files` into a new folder, then put it in place in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".copying-", dir=target.parent))
    try:
        for path in files:
            copy = building / _relative(path, folder)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
        os.replace(building, target)
    finally:
        shutil.rmtree(building, ignore_errors=True)
