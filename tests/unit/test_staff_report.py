"""What staff mode gathers: counts per survey and audience, never answers, and the store's notices."""

from __future__ import annotations

from pathlib import Path

from accessibility.speaker import RecordingSpeaker
from kiosk.staff import staff_report
from kiosk.store import open_store
from surveys.catalog import load_builtin
from surveys.flow import Flow


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
