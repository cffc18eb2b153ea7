"""The error log names each error and its code lines, never its message, and keeps to a size."""

from __future__ import annotations

from pathlib import Path

from kiosk.error_log import ERROR_LOG, ErrorLog


def fail_with(words: str) -> None:
    kept = words
    try:
        int(kept)
    except ValueError as error:
        raise RuntimeError(f"could not use {kept}") from error


def test_an_entry_names_the_errors_and_lines_but_not_their_messages(tmp_path: Path) -> None:
    log = ErrorLog(tmp_path)
    try:
        fail_with("my name is Sam Smith")
    except RuntimeError as error:
        log.record(error, "a test")
    text = log.entries()
    assert "builtins.RuntimeError" in text
    assert "builtins.ValueError" in text
    assert "in fail_with" in text
    assert "test_error_log.py:" in text
    assert "Sam Smith" not in text
    assert "could not use" not in text


def test_a_full_log_starts_again_keeping_one_older_file(tmp_path: Path) -> None:
    log = ErrorLog(tmp_path, max_bytes=2000)
    for _ in range(40):
        try:
            fail_with("x")
        except RuntimeError as error:
            log.record(error, "a test")
    assert (tmp_path / ERROR_LOG).stat().st_size <= 2000
    assert (tmp_path / f"{ERROR_LOG}.1").stat().st_size <= 2000
    assert len(list(tmp_path.iterdir())) == 2
