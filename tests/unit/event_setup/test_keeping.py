"""A survey chosen from a USB stick is copied to the kiosk with what it needs, once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.event_setup import EventSetupError
from kiosk.event_setup.keeping import KEPT_FOLDER, keep_survey
from surveys.catalog import find_survey
from surveys.linked import linked_surveys
from surveys.pictures import BUILTIN_FOLDER
from tests.pictures import huge_picture

PICTURES = ["balloons.png", "calendar.png", "speech-bubble.png", "star.png"]
"""The pictures the event-feedback survey names."""


def stick(tmp_path: Path) -> Path:
    """A USB stick holding the built-in surveys as files, with their pictures."""
    folder = tmp_path / "stick"
    shutil.copytree(BUILTIN_FOLDER, folder)
    (folder / "notes.txt").write_text("nothing the survey needs", encoding="utf-8")
    shutil.copyfile(folder / "pictures" / "star.png", folder / "pictures" / "unused.png")
    return folder


def test_the_survey_and_its_pictures_are_kept_and_work_once_the_stick_is_gone(
    tmp_path: Path,
) -> None:
    folder = stick(tmp_path)
    data = tmp_path / "data"
    kept = keep_survey(data, folder / "event-feedback.yaml")
    assert kept.parent.parent == (data / KEPT_FOLDER).resolve()
    shutil.rmtree(folder)
    assert find_survey(str(kept)).id == "event-feedback"
    copied = sorted(p.relative_to(kept.parent).as_posix() for p in kept.parent.rglob("*.*"))
    assert copied == ["event-feedback.yaml", *[f"pictures/{name}" for name in PICTURES]]


def test_a_picture_too_big_to_show_is_refused_and_nothing_is_copied(tmp_path: Path) -> None:
    """A huge file named as a picture would fill the kiosk's disk and memory for nothing."""
    folder = stick(tmp_path)
    huge_picture(folder / "pictures" / "star.png")
    data = tmp_path / "data"
    with pytest.raises(EventSetupError, match="The picture 'star.png' is 2,000,"):
        keep_survey(data, folder / "event-feedback.yaml")
    assert not any((data / KEPT_FOLDER).rglob("*.*"))


def test_a_linked_survey_file_is_kept_beside_it(tmp_path: Path) -> None:
    folder = stick(tmp_path)
    kept = keep_survey(tmp_path / "data", folder / "my-school.yaml")
    shutil.rmtree(folder)
    surveys = linked_surveys(find_survey(str(kept)), kept.parent)
    assert [s.id for s in surveys] == ["my-school", "my-school-parents"]
    assert (kept.parent / "my-school-parents.yaml").is_file()


def test_the_same_survey_is_kept_once_and_a_changed_one_again(tmp_path: Path) -> None:
    folder = stick(tmp_path)
    data = tmp_path / "data"
    first = keep_survey(data, folder / "event-feedback.yaml")
    assert keep_survey(data, folder / "event-feedback.yaml") == first
    assert keep_survey(data, first) == first  # already on the kiosk: used where it is
    survey = folder / "event-feedback.yaml"
    survey.write_text(survey.read_text(encoding="utf-8").replace("version: ", "version: 9", 1))
    changed = keep_survey(data, survey)
    assert changed != first
    assert first.is_file()  # the copy in use is never changed


def test_a_kiosk_that_cannot_copy_says_so_and_keeps_nothing_half_made(tmp_path: Path) -> None:
    folder = stick(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    (data / KEPT_FOLDER).write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(EventSetupError, match="could not be copied to the kiosk"):
        keep_survey(data, folder / "event-feedback.yaml")
    assert sorted(p.name for p in data.iterdir()) == [KEPT_FOLDER]
