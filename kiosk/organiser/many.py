"""Importing many bundles: their answers opened on every core, merged one bundle at a time.

This process checks each bundle's signature and reads its index (ids, batches, withdrawals),
asks the store which of its answers it holds already, and hands the bytes to a worker process,
which checks the signature again, reads the whole bundle, decrypts and checks each answer not
yet held and sends back the rows. The bundles are merged here in the order given, one
transaction each, so the store ends the same as importing them one by one would leave it.
Opening costs about twice what merging does, so with two or more free cores the workers keep
the writer busy. While the workers are still loading, and with one core or a few bundles, this
process opens the bundles itself; the rows are the same whoever opens them.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from kiosk.bundles import BundleError, open_bundle
from kiosk.bundles.codec import BundleIndex
from kiosk.bundles.errors import BundleDamagedError
from kiosk.bundles.opening import index_bundle
from kiosk.keys import OrganiserKeyPair
from kiosk.organiser.base import Delivery, ImportCounts, OrganiserStore, ResponseRow
from kiosk.organiser.importing import check_keys, import_bundle, opened_rows

ReadBundle = Callable[[], bytes]
"""Gives one bundle's bytes, or raises a `BundleError` naming it (a file read when needed)."""


@dataclass(frozen=True)
class Outcome:
    """What became of one source: what it added (and from which kiosk), or why it was refused."""

    name: str
    kiosk_id: str = ""
    counts: ImportCounts | None = None
    refused: BundleError | None = None


RowFields = tuple[bytes, str, str, str, str, str, str]
KioskCheck = Callable[[str], None]
"""Refuses a kiosk (by raising a `BundleError`) or lets its bundle in."""
FEW_BUNDLES = 20
"""Up to this many bundles, starting workers (a second or two) costs more than it saves."""

_worker_key: OrganiserKeyPair | None = None


def _start_worker(organiser: OrganiserKeyPair) -> None:
    global _worker_key
    _worker_key = organiser
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(parent_sentinel: int) -> None:
    """Wait for the importing process to end, then end too (it may have been killed)."""
    multiprocessing.connection.wait([parent_sentinel])
    os._exit(1)


def _started() -> None:
    """Nothing: done once a worker has loaded what it needs."""


def _open_in_worker(data: bytes, wanted: list[int]) -> list[RowFields] | str:
    """The rows of the `wanted` answers of a bundle, or why it was refused."""
    assert _worker_key is not None
    return _open_here(data, wanted, _worker_key)


def _open_here(
    data: bytes, wanted: list[int], organiser: OrganiserKeyPair
) -> list[RowFields] | str:
    try:
        rows = opened_rows(open_bundle(data), wanted, organiser)
    except BundleError as error:
        return error.message
    return [_fields(row) for row in rows]


def _fields(row: ResponseRow) -> RowFields:
    return (row.response_id, row.receipt, row.survey_id, row.survey_version) + (
        row.audience,
        row.finished,
        row.record,
    )


def worker_count(bundles: int) -> int:
    """How many worker processes suit `bundles` bundles on this computer (0: none)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 0 if bundles <= FEW_BUNDLES or (cores or 1) < 2 else min(cores or 1, bundles)


@dataclass
class _Pending:
    """One bundle whose index was read here, its answers being opened by a worker."""

    name: str
    index: BundleIndex | None = None
    held: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    refused: BundleError | None = None
    rows: Future[list[RowFields] | str] | None = None


def import_many(
    store: OrganiserStore,
    sources: Iterable[tuple[str, ReadBundle]],
    organiser: OrganiserKeyPair,
    workers: int,
    *,
    open_while_loading: bool = True,
    accept: KioskCheck = lambda _: None,
) -> Iterator[Outcome]:
    """What became of each source, in order; the store's own errors stop the import.

    With `open_while_loading` False, bundles wait for the workers rather than being opened here.
    `accept` is given each bundle's kiosk before anything of it is opened; it raises a
    `BundleError` to refuse the bundle.
    """
    if workers < 1:
        for name, read in sources:
            yield _import_here(store, name, read, organiser, accept)
        return
    spawn = multiprocessing.get_context("spawn")  # not fork: the caller may run threads
    pool = ProcessPoolExecutor(workers, spawn, _start_worker, (organiser,))
    try:
        started = [pool.submit(_started) for _ in range(workers)]
        waiting: deque[_Pending] = deque()
        for name, read in sources:
            here = open_while_loading and not all(future.done() for future in started)
            pending = _Pending(name)
            waiting.append(_submit(pool, store, pending, read, organiser, here, accept))
            while len(waiting) > 2 * workers:
                yield _merge(store, waiting.popleft())
        while waiting:
            yield _merge(store, waiting.popleft())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # a worker still loading ends by itself


def _import_here(
    store: OrganiserStore,
    name: str,
    read: ReadBundle,
    organiser: OrganiserKeyPair,
    accept: KioskCheck,
) -> Outcome:
    try:
        bundle = open_bundle(read())
        accept(bundle.kiosk_id)
        return Outcome(name, bundle.kiosk_id, import_bundle(store, bundle, organiser))
    except BundleError as error:
        return Outcome(name, refused=error)


def _submit(
    pool: ProcessPoolExecutor,
    store: OrganiserStore,
    pending: _Pending,
    read: ReadBundle,
    organiser: OrganiserKeyPair,
    here: bool,
    accept: KioskCheck,
) -> _Pending:
    try:
        data = read()
        pending.index = index = index_bundle(data)
        accept(index.kiosk_id)
        check_keys({key for _, key in index.batches}, organiser)
    except BundleError as error:
        pending.refused = error
        return pending
    known = store.known_ids([i for i in index.response_ids if i is not None])
    wanted = []
    for place, (response_id, survey_id) in enumerate(
        zip(index.response_ids, index.survey_ids, strict=True)
    ):
        if response_id is not None and response_id in known:
            pending.held.append((response_id, survey_id))
        else:
            wanted.append(place)
    if wanted and here:
        pending.rows = Future()
        pending.rows.set_result(_open_here(data, wanted, organiser))
    elif wanted:
        pending.rows = pool.submit(_open_in_worker, data, wanted)
    return pending


def _merge(store: OrganiserStore, pending: _Pending) -> Outcome:
    index, name = pending.index, pending.name
    if pending.refused is not None or index is None:
        return Outcome(name, refused=pending.refused or BundleDamagedError("It was not read."))
    opened = [] if pending.rows is None else pending.rows.result()
    if isinstance(opened, str):
        return Outcome(name, refused=BundleDamagedError(opened))
    delivery = Delivery(
        kiosk_id=index.kiosk_id,
        kiosk_key=index.kiosk_key,
        bundle_id=index.bundle_id,
        batch_ids=tuple(batch_id for batch_id, _ in index.batches),
        responses=(),
        withdrawn=index.withdrawn,
        already_had=tuple(pending.held),
        rows=tuple(ResponseRow(*fields) for fields in opened),
    )
    try:
        return Outcome(name, index.kiosk_id, store.merge(delivery))
    except BundleError as error:
        return Outcome(name, refused=error)
