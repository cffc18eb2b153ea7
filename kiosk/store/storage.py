"""A TinyDB storage that appends each change to a journal instead of rewriting the file.

TinyDB's own `JSONStorage` rewrites the whole file in place on every change: slow as it grows,
and a crash or a full disk mid-write can leave nothing readable. This storage keeps the tables
in memory and appends one small checksummed, fsync'd record per change (`put`, `delete`,
`patch`, `drop`), used by `JournalTable`. A plain `write()` of everything (TinyDB's generic
path) is honoured by an atomic rewrite. Opening replays the journal; see `Recovery`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cbor2
from tinydb.storages import Storage

from kiosk.store.journal import Journal, ScanResult

Doc = dict[str, Any]
Tables = dict[str, dict[str, Doc]]
PUT, DELETE, PATCH, DROP = 0, 1, 2, 3


@dataclass(frozen=True)
class Recovery:
    """What opening found: damage to quarantine, or only old records worth compacting away."""

    damaged: bool
    damaged_bytes: int
    records: int


def replay(scan_result: ScanResult) -> Tables:
    """The tables that the journal's intact records describe."""
    tables: Tables = {}
    for payload in scan_result.payloads:
        try:
            _apply(tables, cbor2.loads(payload))
        except (ValueError, TypeError, IndexError, KeyError, cbor2.CBORDecodeError):
            scan_result.damaged = True  # a record that checks out but makes no sense
    return tables


def _apply(tables: Tables, op: list[Any]) -> None:
    kind, name = op[0], op[1]
    if kind == PUT:
        table = tables.setdefault(name, {})
        for doc_id, doc in op[2]:
            table[str(doc_id)] = doc
    elif kind == DELETE:
        table = tables.get(name, {})
        for doc_id in op[2]:
            table.pop(str(doc_id), None)
    elif kind == PATCH:
        table = tables.get(name, {})
        for doc_id in op[2]:
            if str(doc_id) in table:
                table[str(doc_id)].update(op[3])
    elif kind == DROP:
        tables.pop(name, None)
    else:
        raise ValueError(kind)


def snapshot(tables: Tables) -> list[bytes]:
    """Journal records that rebuild `tables`: one per document, so damage costs one at most."""
    return [
        cbor2.dumps([PUT, name, [[int(doc_id), doc]]])
        for name, table in tables.items()
        for doc_id, doc in table.items()
    ]


class JournalStorage(Storage):
    """Crash-safe TinyDB storage: `TinyDB(path, storage=JournalStorage)`."""

    def __init__(self, path: str | Path) -> None:
        self.journal = Journal(Path(path))
        scan_result = self.journal.read()
        self.tables = replay(scan_result)
        self.recovery = Recovery(
            scan_result.damaged, scan_result.damaged_bytes, len(scan_result.payloads)
        )

    def read(self) -> Tables | None:
        """The tables; the top level is a copy, so TinyDB's generic path cannot half-change it."""
        return dict(self.tables) if self.tables else None

    def write(self, data: Mapping[str, dict[str, Doc]]) -> None:
        """Replace everything with `data` (TinyDB's generic path): one atomic rewrite."""
        new_tables: Tables = {name: copy.deepcopy(dict(table)) for name, table in data.items()}
        try:
            self.journal.rewrite(snapshot(new_tables))
        except OSError:
            self.tables = replay(self.journal.read())  # TinyDB may have changed docs in place
            raise
        self.tables = new_tables

    def put(self, changes: Mapping[str, Iterable[tuple[int, Doc]]]) -> None:
        """Add or replace documents in tables (a record each, one fsync), durably, then in memory."""
        rows = [(name, doc_id, dict(doc)) for name, docs in changes.items() for doc_id, doc in docs]
        self.journal.append(
            [cbor2.dumps([PUT, name, [[doc_id, doc]]]) for name, doc_id, doc in rows]
        )
        for name, doc_id, doc in rows:
            self.tables.setdefault(name, {})[str(doc_id)] = doc

    def delete(self, name: str, doc_ids: list[int]) -> None:
        """Remove documents, durably, then in memory."""
        self.journal.append([cbor2.dumps([DELETE, name, doc_ids])])
        _apply(self.tables, [DELETE, name, doc_ids])

    def patch(self, name: str, doc_ids: list[int], fields: Mapping[str, Any]) -> None:
        """Set `fields` on documents, durably, then in memory."""
        self.journal.append([cbor2.dumps([PATCH, name, doc_ids, dict(fields)])])
        _apply(self.tables, [PATCH, name, doc_ids, copy.deepcopy(dict(fields))])

    def drop(self, name: str) -> None:
        """Remove a whole table, durably, then in memory."""
        self.journal.append([cbor2.dumps([DROP, name])])
        self.tables.pop(name, None)

    def compact(self) -> None:
        """Rewrite the journal as just the current documents (atomically)."""
        self.journal.rewrite(snapshot(self.tables))

    def close(self) -> None:
        """Close the journal file."""
        self.journal.close()
