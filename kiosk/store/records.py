"""How sealed responses and batch headers are laid out as TinyDB documents."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from kiosk.store.codec import ResponseMeta
from kiosk.store.sealing import BatchHeader, SealedResponse

RESPONSES = "responses"
BATCHES = "batches"
Doc = dict[str, Any]


def batch_docs(header: BatchHeader, first_id: int) -> list[tuple[int, Doc]]:
    """Two documents for one batch header, so one damaged record cannot cost a whole batch."""
    doc: Doc = {
        "batch": header.batch_id,
        "ephemeral": header.ephemeral_public,
        "organiser": header.organiser_key_id,
    }
    return [(first_id, doc), (first_id + 1, {**doc, "copy_of": first_id})]


def batch_from_doc(doc: Mapping[str, Any]) -> BatchHeader:
    """The batch header kept in `doc`."""
    return BatchHeader(doc["batch"], doc["ephemeral"], doc["organiser"])


def response_doc(sealed: SealedResponse, batch_doc_id: int) -> Doc:
    """The document for one sealed response: readable metadata and the sealed body."""
    survey_id, audience, receipt, started, finished = sealed.meta.as_list()
    return {
        "survey": survey_id,
        "audience": audience,
        "receipt": receipt,
        "started": started,
        "finished": finished,
        "batch": batch_doc_id,
        "n": sealed.counter,
        "body": sealed.ciphertext,
    }


def meta_from_doc(doc: Mapping[str, Any]) -> ResponseMeta:
    """The readable metadata of a response document."""
    fields = [doc["survey"], doc["audience"], doc["receipt"], doc["started"], doc["finished"]]
    return ResponseMeta.from_list(fields)


def sealed_from_doc(doc: Mapping[str, Any], batches: Mapping[int, BatchHeader]) -> SealedResponse:
    """The sealed response kept in `doc`."""
    return SealedResponse(
        batch=batches[doc["batch"]],
        counter=doc["n"],
        meta=meta_from_doc(doc),
        ciphertext=doc["body"],
        exported=bool(doc.get("exported", False)),
    )


def batches_in(tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[int, BatchHeader]:
    """Every batch header in the tables, by the document id responses refer to it by."""
    return {
        int(doc.get("copy_of", i)): batch_from_doc(doc)
        for i, doc in tables.get(BATCHES, {}).items()
    }


def sealed_in(tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> Iterator[SealedResponse]:
    """Every kept response in the tables that can still be opened, oldest first."""
    batches = batches_in(tables)
    for doc in tables.get(RESPONSES, {}).values():
        if doc["batch"] in batches:
            yield sealed_from_doc(doc, batches)


def unopenable(tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> int:
    """How many kept responses lost both copies of their batch header to damage."""
    batches = batches_in(tables)
    return sum(1 for doc in tables.get(RESPONSES, {}).values() if doc["batch"] not in batches)
