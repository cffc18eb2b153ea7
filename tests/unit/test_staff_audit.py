"""The staff audit log: append-only lines of time, action and counts; codes only as keyed hashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.staff_audit import AUDIT_FILE, AuditLog


def test_each_action_adds_one_line_and_earlier_lines_stay(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    log.record("opened", {"answers": 3})
    first = (tmp_path / AUDIT_FILE).read_bytes()
    log.record("export", {"answers": 3, "withdrawals": 0})
    data = (tmp_path / AUDIT_FILE).read_bytes()
    assert data.startswith(first)
    assert [entry.action for entry in log.recent()] == ["export", "opened"]
    assert log.recent()[0].counts == {"answers": 3, "withdrawals": 0}


def test_receipt_codes_are_never_kept_in_clear(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    log.record("withdraw", {"answers": 1}, code="K7M-2QX")
    log.record("withdraw", {"answers": 1}, code="K7M-2QX")
    text = (tmp_path / AUDIT_FILE).read_text(encoding="utf-8")
    assert "K7M" not in text
    assert "2QX" not in text
    hashes = [json.loads(line)["code_hash"] for line in text.splitlines()]
    assert hashes[0] == hashes[1] == log.code_hash("K7M-2QX")
    assert log.code_hash("K7M-2QY") != hashes[0]
    assert AuditLog(tmp_path).code_hash("K7M-2QX") == hashes[0]  # the key is kept


def test_an_unknown_action_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown staff action"):
        AuditLog(tmp_path).record("answers: I hate school")
    assert not (tmp_path / AUDIT_FILE).exists()


def test_damaged_lines_are_left_out_and_the_rest_read(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    log.record("opened")
    with (tmp_path / AUDIT_FILE).open("a", encoding="utf-8") as file:
        file.write('{"time": "not a time", "action": "opened"}\n\x00\x01garbage\n')
    log.record("locked")
    assert [entry.action for entry in log.recent()] == ["locked", "opened"]


def test_a_log_that_cannot_be_written_says_so_and_never_raises(tmp_path: Path) -> None:
    (tmp_path / AUDIT_FILE).mkdir()  # a folder where the file should be
    log = AuditLog(tmp_path)
    log.record("opened")
    assert log.problem is not None
    assert "The staff log could not be written" in log.problem
    assert log.recent() == []
