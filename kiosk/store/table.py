"""A TinyDB table whose changes each cost one journal record, however big the table is.

TinyDB's `Table` turns every insert, update and remove into "read everything, change it,
write everything". With `JournalStorage` that would still be correct, but slow. This table
sends the common changes straight to the storage as single records instead. Anything it does
not cover falls back to TinyDB's own code and the storage's atomic whole-file write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any, cast

from tinydb.queries import QueryLike
from tinydb.table import Document, Table

from kiosk.store.storage import Doc, JournalStorage


class JournalTable(Table):
    """Use with `TinyDB(..., storage=JournalStorage)` by setting `TinyDB.table_class`."""

    @property
    def journal_storage(self) -> JournalStorage:
        """The storage, as the journal storage it must be."""
        return cast(JournalStorage, self._storage)

    def _read_table(self) -> dict[str, Mapping[str, Any]]:
        return cast(dict[str, Mapping[str, Any]], self.journal_storage.tables.get(self.name, {}))

    def _new_id(self, document: Mapping[str, Any]) -> int:
        if isinstance(document, Document):
            doc_id = int(document.doc_id)
            if str(doc_id) in self._read_table():
                raise ValueError(f"Document with ID {doc_id} already exists")
            self._next_id = None
            return doc_id
        return int(self._get_next_id())  # type: ignore[no-untyped-call]

    def insert(
        self, document: Mapping[str, Any], *, along_with: Mapping[str, list[tuple[int, Doc]]] = {}
    ) -> int:
        """Add one document with one durable record, and `along_with` others in the same fsync."""
        return self.insert_multiple([document], along_with=along_with)[0]

    def insert_multiple(
        self,
        documents: Iterable[Mapping[str, Any]],
        *,
        along_with: Mapping[str, list[tuple[int, Doc]]] = {},
    ) -> list[int]:
        """Add documents with one durable record each and one fsync."""
        rows = []
        for document in documents:
            if not isinstance(document, Mapping):
                raise ValueError("Document is not a Mapping")
            rows.append((self._new_id(document), dict(document)))
        self.journal_storage.put({**along_with, self.name: rows})
        self.clear_cache()
        return [doc_id for doc_id, _ in rows]

    def _ids(self, cond: QueryLike | None, doc_ids: Iterable[int] | None) -> list[int]:
        table = self._read_table()
        if doc_ids is not None:
            return [int(i) for i in doc_ids if str(i) in table]
        if cond is None:
            return [int(i) for i in table]
        return [int(i) for i, doc in table.items() if cond(doc)]

    def update(
        self,
        fields: Mapping[Any, Any] | Callable[[MutableMapping[Any, Any]], None],
        cond: QueryLike | None = None,
        doc_ids: Iterable[int] | None = None,
    ) -> list[int]:
        """Set fields on documents with one durable record (a function falls back to TinyDB)."""
        if callable(fields):
            return super().update(fields, cond, doc_ids)
        ids = self._ids(cond, doc_ids)
        if ids:
            self.journal_storage.patch(self.name, ids, fields)
            self.clear_cache()
        return ids

    def remove(
        self, cond: QueryLike | None = None, doc_ids: Iterable[int] | None = None
    ) -> list[int]:
        """Remove documents with one durable record."""
        if cond is None and doc_ids is None:
            raise RuntimeError("Use truncate() to remove all documents")
        ids = self._ids(cond, doc_ids)
        if ids:
            self.journal_storage.delete(self.name, ids)
            self.clear_cache()
        return ids

    def truncate(self) -> None:
        """Remove every document with one durable record."""
        self.journal_storage.drop(self.name)
        self.clear_cache()
        self._next_id = None
