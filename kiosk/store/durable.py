"""The kiosk's store on disk: TinyDB on a journal, every response sealed to the organiser."""

from __future__ import annotations

import gc
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from tinydb import TinyDB

from kiosk.keys import KioskKeys
from kiosk.lockfile import FolderLock
from kiosk.safe_files import fsync_directory, fsync_file, remove_stale_temp_files
from kiosk.store.codec import ResponseMeta
from kiosk.store.errors import RECEIPT_IN_USE, ReceiptInUseError, error_from_os, take_lock
from kiosk.store.layout import SurveyLayout
from kiosk.store.records import (
    BATCHES,
    LAYOUTS,
    RESPONSES,
    WITHDRAWN,
    batch_docs,
    batches_in,
    layout_docs,
    layouts_in,
    meta_from_doc,
    openable,
    response_doc,
    sealed_from_doc,
    unopenable,
    withdrawn_doc,
)
from kiosk.store.sealing import BatchSealer, SealedResponse
from kiosk.store.storage import JournalStorage
from kiosk.store.table import JournalTable
from surveys.model import Survey
from surveys.response import Response

Changes = dict[str, list[tuple[int, dict[str, Any]]]]

STORE_FILE = "responses.sayso"
QUARANTINE_DIR = "quarantine"
COMPACT_SLACK = 1000


class StoreDatabase(TinyDB):
    """TinyDB with journal tables."""

    table_class = JournalTable


class DurableStore:
    """A ResponseStore that survives kill -9, power cuts and full disks. Use `open_store`.

    Responses to the `surveys` it is given are kept in the compact format against each
    survey's layout; others get a loose layout that keeps their question ids.
    """

    def __init__(
        self,
        data_dir: Path,
        keys: KioskKeys,
        lock: FolderLock | None = None,
        surveys: Iterable[Survey] = (),
    ) -> None:
        self.path = data_dir / STORE_FILE
        self._notices: list[str] = list(keys.notices)
        self._write_problem: str | None = None  # until the next write works
        self._lock = lock or FolderLock(data_dir)
        take_lock(self._lock)
        try:
            remove_stale_temp_files(self.path)
            self._db = StoreDatabase(self.path, storage=JournalStorage)
            self._storage = cast(JournalStorage, self._db.storage)
            self._recover()
        except OSError as error:
            self.close()
            raise error_from_os(error, "open the answers file") from None
        except BaseException:
            self.close()
            raise
        self._responses = cast(JournalTable, self._db.table(RESPONSES))
        self._withdrawn = cast(JournalTable, self._db.table(WITHDRAWN))
        self._known_layouts = {layout.key: layout for layout in map(SurveyLayout.of, surveys)}
        self._sealer = BatchSealer(keys.organiser)
        self._batch_doc_id: int | None = None
        self._saved_ids: dict[str, bytes] = {}  # bytes: the GC need not track them
        self._build_indexes()
        gc.collect()  # once now, so the GC does not find every replayed document during saves

    def _recover(self) -> None:
        recovery = self._storage.recovery
        live = sum(len(t) for t in self._storage.tables.values())
        if recovery.damaged:
            moved_to = self._quarantine()
            self._storage.compact()
            found = len(self._storage.tables.get(RESPONSES, {}))
            self._notices.append(
                f"The answers file was damaged. It was moved to {moved_to} and {found} answers "
                "were recovered from it. Keep that file and tell your organiser."
            )
            if lost_keys := unopenable(self._storage.tables):
                self._notices.append(
                    f"{lost_keys} of those answers lost the information needed to open them, "
                    "so they are counted but cannot be exported."
                )
        elif recovery.records > 2 * live + COMPACT_SLACK:
            self._storage.compact()

    def _quarantine(self) -> Path:
        folder = self.path.parent / QUARANTINE_DIR
        folder.mkdir(exist_ok=True)
        fsync_directory(folder.parent)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{self.path.stem}-{stamp}.damaged"
        shutil.copyfile(self.path, target)
        with target.open("rb+") as copy:
            fsync_file(copy.fileno())
        fsync_directory(folder)
        return target

    def _build_indexes(self) -> None:
        self._batch_headers = batches_in(self._storage.tables)
        self._layouts = layouts_in(self._storage.tables)
        self._layout_ids = {layout: doc_id for doc_id, layout in self._layouts.items()}
        self._by_receipt: dict[str, int] = {}
        self._counts: Counter[tuple[str, str]] = Counter()
        for doc_id, doc in self._storage.tables.get(RESPONSES, {}).items():
            self._index(int(doc_id), doc["receipt"], doc["survey"], doc["audience"])

    def _index(self, doc_id: int, receipt: str, survey_id: str, audience: str) -> None:
        self._by_receipt[receipt] = doc_id
        self._counts[survey_id, audience] += 1

    @property
    def notices(self) -> list[str]:
        """What staff should know, oldest first; a write problem only until a write works."""
        problem = [] if self._write_problem is None else [self._write_problem]
        return [*self._notices, *problem]

    def _failed(self, error: OSError, doing: str) -> Exception:
        problem = error_from_os(error, doing)
        self._write_problem = problem.message
        return problem

    def _written(self) -> None:
        self._write_problem = None

    def _next_id(self, table: str) -> int:
        return max(map(int, self._storage.tables.get(table, {})), default=0) + 1

    def _unsaved_parts(self, layout: SurveyLayout) -> tuple[int, int, Changes]:
        """The batch header and layout document ids, and their documents if not yet saved."""
        changes: Changes = {}
        batch_id = self._batch_doc_id
        if batch_id is None:
            batch_id = self._next_id(BATCHES)
            changes[BATCHES] = batch_docs(self._sealer.header, batch_id)
        layout_id = self._layout_ids.get(layout)
        if layout_id is None:
            layout_id = self._next_id(LAYOUTS)
            changes[LAYOUTS] = layout_docs(layout, layout_id)
        return batch_id, layout_id, changes

    def save(self, response: Response) -> None:
        """Keep `response`, sealed; returns only once it is on disk."""
        if response.receipt in self._by_receipt:
            if self._saved_ids.get(response.receipt) == response.id.bytes:
                return
            raise ReceiptInUseError(RECEIPT_IN_USE)
        layout = self._known_layouts.get((response.survey_id, response.survey_hash))
        sealed = self._sealer.seal(response, layout)
        assert sealed.layout is not None
        batch_id, layout_id, changes = self._unsaved_parts(sealed.layout)
        try:
            doc = response_doc(sealed, batch_id, layout_id)
            doc_id = self._responses.insert(doc, along_with=changes)
        except OSError as error:
            raise self._failed(error, "save the last answers") from None
        self._written()
        self._batch_doc_id = batch_id
        self._batch_headers[batch_id] = self._sealer.header
        self._layouts[layout_id] = sealed.layout
        self._layout_ids[sealed.layout] = layout_id
        self._index(doc_id, response.receipt, response.survey_id, response.audience)
        self._saved_ids[response.receipt] = response.id.bytes

    def count(self, survey_id: str | None = None, audience: str | None = None) -> int:
        """How many responses are kept, optionally for one survey or audience."""
        return sum(
            n
            for (survey, group), n in self._counts.items()
            if survey_id in (None, survey) and audience in (None, group)
        )

    def receipts(self, survey_id: str | None = None) -> list[str]:
        """The receipt codes of kept responses, oldest first."""
        docs = self._storage.tables.get(RESPONSES, {}).values()
        return [doc["receipt"] for doc in docs if survey_id in (None, doc["survey"])]

    def has_receipt(self, code: str) -> bool:
        """Whether a kept response has this receipt code."""
        return code in self._by_receipt

    def receipt_meta(self, code: str) -> ResponseMeta | None:
        """The readable part of the kept response with this code (no answers opened), or None."""
        doc_id = self._by_receipt.get(code)
        if doc_id is None:
            return None
        return meta_from_doc(self._storage.tables[RESPONSES][str(doc_id)])

    def withdraw(self, code: str) -> bool:
        """Remove a response for good: durably, then from the file itself by compacting."""
        doc_id = self._by_receipt.get(code)
        if doc_id is None:
            return False
        doc = self._storage.tables[RESPONSES][str(doc_id)]
        try:
            self._withdrawn.insert(withdrawn_doc(code))
            self._responses.remove(doc_ids=[doc_id])
        except OSError as error:
            raise self._failed(error, "withdraw those answers") from None
        self._written()
        del self._by_receipt[code]
        self._counts[doc["survey"], doc["audience"]] -= 1
        self._saved_ids.pop(code, None)
        try:
            self._storage.compact()
        except OSError as error:
            self._failed(error, "tidy the answers file after a withdrawal (they are withdrawn)")
        return True

    def export_items(self, include_exported: bool = False) -> Iterator[SealedResponse]:
        """The kept responses, sealed; only those not yet exported unless asked."""
        for doc in list(self._storage.tables.get(RESPONSES, {}).values()):
            wanted = include_exported or not doc.get("exported", False)
            if wanted and openable(doc, self._batch_headers, self._layouts):
                yield sealed_from_doc(doc, self._batch_headers, self._layouts)

    def mark_exported(self, receipts: Iterable[str]) -> int:
        """Remember these responses were exported, durably; returns how many were newly marked."""
        table = self._storage.tables.get(RESPONSES, {})
        ids = [
            doc_id
            for code in dict.fromkeys(receipts)
            if (doc_id := self._by_receipt.get(code)) is not None
            and not table[str(doc_id)].get("exported", False)
        ]
        try:
            self._responses.update({"exported": True}, doc_ids=ids)
        except OSError as error:
            raise self._failed(error, "note which answers were exported") from None
        self._written()
        return len(ids)

    def withdrawn_receipts(self, include_sent: bool = False) -> list[str]:
        """Receipt codes withdrawn here, oldest first; only those no export has carried yet."""
        docs = self._storage.tables.get(WITHDRAWN, {}).values()
        codes = (doc["receipt"] for doc in docs if include_sent or not doc["sent"])
        return list(dict.fromkeys(codes))

    def mark_withdrawals_sent(self, receipts: Iterable[str]) -> int:
        """Remember an export carried these withdrawals, durably; returns how many were new."""
        wanted = set(receipts)
        table = self._storage.tables.get(WITHDRAWN, {})
        ids = [int(i) for i, doc in table.items() if doc["receipt"] in wanted and not doc["sent"]]
        try:
            self._withdrawn.update({"sent": True}, doc_ids=ids)
        except OSError as error:
            raise self._failed(error, "note which withdrawals were exported") from None
        self._written()
        return len(ids)

    def close(self) -> None:
        """Close the file and let another kiosk use the folder."""
        if hasattr(self, "_storage"):
            self._storage.close()
        self._lock.release()
