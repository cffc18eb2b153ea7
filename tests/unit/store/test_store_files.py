"""The store on disk: what is in the data folder, what can read it, and what staff are told."""

from __future__ import annotations

from pathlib import Path

import pytest
from tinydb import Query

from kiosk.keys import KeysError, KeysMissingError, OrganiserKeyPair, trust_organiser
from kiosk.keys.folder import LOCAL_ORGANISER_NOTICE
from kiosk.store import StoreKeysError, open_store, read_responses
from kiosk.store.durable import STORE_FILE, StoreDatabase
from kiosk.store.records import RESPONSES
from kiosk.store.storage import JournalStorage
from tests.unit.store.store_helpers import MakeResponse, as_kept

SECRET_ANSWERS = ["My teacher Mrs Pomegranate shouts", "I hide in the library at lunch"]


def test_read_responses_gives_back_what_was_saved(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    saved = [make_response(n) for n in range(3)]
    store = open_store(tmp_path)
    for response in saved:
        store.save(response)
    store.close()
    assert as_kept(read_responses(tmp_path)) == as_kept(saved)


def test_no_answer_is_readable_anywhere_in_the_data_folder(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    store = open_store(tmp_path)
    for number, text in enumerate(SECRET_ANSWERS):
        store.save(make_response(number, text=text))
    store.withdraw(make_response(0).receipt)
    store.mark_exported([make_response(1).receipt])
    store.close()
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert len(files) >= 4  # the store, the lock and the keys
    for path in files:
        data = path.read_bytes()
        for text in SECRET_ANSWERS:
            for encoded in (text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode()):
                assert encoded not in data, f"an answer is readable in {path.name}"
    assert [r.answers[-1].value for r in read_responses(tmp_path)] == SECRET_ANSWERS[1:]


def test_a_withdrawn_response_leaves_no_trace_in_the_file(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    store = open_store(tmp_path)
    store.save(make_response(1))
    store.save(make_response(2))
    withdrawn = next(store.export_items()).ciphertext
    store.withdraw(make_response(1).receipt)
    store.close()
    data = (tmp_path / STORE_FILE).read_bytes()
    assert withdrawn not in data
    # Only the withdrawal note keeps the code, so the next export can tell the organiser.
    assert data.count(make_response(1).receipt.encode()) == 1
    assert make_response(2).receipt.encode() in data


def test_a_local_organiser_key_is_made_once_and_staff_are_told(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.notices == [LOCAL_ORGANISER_NOTICE]
    store.close()
    store = open_store(tmp_path)
    assert store.notices == []
    store.close()


def test_without_the_organiser_private_key_nothing_can_be_read(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    organiser = OrganiserKeyPair.generate()
    public_file = tmp_path / "organiser.pub"
    public_file.write_text(organiser.public.to_text())
    kiosk_dir = tmp_path / "kiosk"
    trust_organiser(kiosk_dir, public_file)
    store = open_store(kiosk_dir)
    assert store.notices == []
    store.save(make_response(1))
    store.close()
    with pytest.raises(KeysMissingError, match="does not hold the organiser's private key"):
        read_responses(kiosk_dir)
    (kiosk_dir / "keys" / "organiser.key").write_text(OrganiserKeyPair.generate().to_text())
    with pytest.raises(KeysError, match="sealed for organiser key"):
        read_responses(kiosk_dir)
    (kiosk_dir / "keys" / "organiser.key").write_text(organiser.to_text())
    assert as_kept(read_responses(kiosk_dir)) == as_kept([make_response(1)])


def test_stale_temporary_files_are_cleaned_at_start(
    tmp_path: Path, make_response: MakeResponse
) -> None:
    store = open_store(tmp_path)
    store.save(make_response(1))
    store.close()
    stale = tmp_path / f".{STORE_FILE}.dead1234.tmp"
    stale.write_bytes(b"half a compaction")
    store = open_store(tmp_path)
    assert not stale.exists()
    assert store.count() == 1
    store.close()


def test_tinydb_queries_work_on_the_journal(tmp_path: Path, make_response: MakeResponse) -> None:
    store = open_store(tmp_path)
    for number in range(4):
        store.save(make_response(number, survey_id="a" if number < 3 else "b"))
    store.close()
    database = StoreDatabase(tmp_path / STORE_FILE, storage=JournalStorage)
    table = database.table(RESPONSES)
    assert len(table.search(Query().survey == "a")) == 3
    table.update(lambda doc: doc.update(note="kept"), Query().survey == "b")  # TinyDB's own path
    database.close()
    store = open_store(tmp_path)
    assert store.count(survey_id="a") == 3
    assert store.count() == 4
    store.close()
    database = StoreDatabase(tmp_path / STORE_FILE, storage=JournalStorage)
    assert [doc["note"] for doc in database.table(RESPONSES).search(Query().note.exists())] == [
        "kept"
    ]
    database.close()


def test_private_key_files_are_owner_only(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    for name in ("organiser.key", "kiosk.key"):
        assert (tmp_path / "keys" / name).stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "keys").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "keys" / "organiser.pub").stat().st_mode & 0o777 == 0o644


def test_an_unreadable_key_file_stops_the_store_with_a_store_error(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    (tmp_path / "keys" / "organiser.pub").write_text("not a key")
    with pytest.raises(StoreKeysError, match="not an organiser public key"):
        open_store(tmp_path)
