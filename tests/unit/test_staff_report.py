"""What staff mode gathers: counts per survey and audience, never answers, and the store's notices."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from accessibility.speaker import RecordingSpeaker
from kiosk.pin import StaffPin
from kiosk.staff import staff_report
from kiosk.store import MemoryStore, StoreFullError, journal, open_store
from surveys.catalog import load_builtin
from surveys.flow import Flow
from surveys.model import Survey
from surveys.response import Response


def test_staff_are_told_the_kiosk_made_its_own_organiser_key(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        report = staff_report(store, RecordingSpeaker(), [load_builtin("event-feedback")])
    finally:
        store.close()
    assert any("A new organiser key was made on this kiosk" in n for n in report.notices)


def test_counts_come_from_the_store_on_disk_and_hold_no_answers(tmp_path: Path) -> None:
    survey = load_builtin("event-feedback")
    store = open_store(tmp_path)
    try:
        for audience, code in (("young_person", "AAA-AAA"), ("parent_carer", "BBB-BBB")):
            flow = Flow(survey, audience)
            flow.answer(1)
            flow.answer("food")
            flow.answer("no")
            flow.answer("The hall was far too hot")
            store.save(flow.finish("myself", code))
        report = staff_report(store, RecordingSpeaker(), [survey])
    finally:
        store.close()
    assert report.total == 2
    assert [(c.audience, c.count) for c in report.counts] == [
        ("I am a young person", 1),
        ("I am a parent or carer", 1),
        ("Someone else", 0),
    ]
    assert "far too hot" not in repr(report)


def answered(survey: Survey, code: str) -> Response:
    flow = Flow(survey, "young_person")
    flow.answer(2)
    return flow.finish("myself", code)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EROFS, "(the disk is read-only)"),
        (errno.EACCES, "(permission was denied)"),
        (errno.EPERM, "(permission was denied)"),
    ],
)
def test_a_write_problem_is_shown_to_staff_only_until_saving_works_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    survey = load_builtin("event-feedback")
    store = open_store(tmp_path)
    try:
        store.save(answered(survey, "AAA-AAA"))

        def refuse(fd: int, data: bytes) -> None:
            raise OSError(code, os.strerror(code))

        with monkeypatch.context() as patch:
            patch.setattr(journal, "write_all", refuse)
            with pytest.raises(StoreFullError):
                store.save(answered(survey, "BBB-BBB"))
            during = staff_report(store, RecordingSpeaker(), [survey]).notices
        store.save(answered(survey, "BBB-BBB"))
        after = staff_report(store, RecordingSpeaker(), [survey])
    finally:
        store.close()
    assert sum(words in n for n in during) == 1
    if code != errno.EROFS:
        assert not any("read-only" in n for n in during)
    assert not any(words in n for n in after.notices)
    assert after.total == 2


def test_staff_are_told_when_the_pin_file_could_not_be_saved(tmp_path: Path) -> None:
    def full_disk(path: Path, data: bytes, mode: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    StaffPin(tmp_path).set("4829")
    pin = StaffPin(tmp_path, write=full_disk)
    pin.check("0000")
    store = MemoryStore()
    report = staff_report(store, RecordingSpeaker(), [load_builtin("event-feedback")], pin)
    assert report.notices == [
        "The kiosk could not save the count of wrong PINs (the disk is full). It keeps counting "
        "until it is closed, and the right PIN still opens staff mode."
    ]
