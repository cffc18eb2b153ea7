"""How sealed responses, batch headers, survey layouts and withdrawals are TinyDB documents.

A response document of format 2 says ``"v": 2`` and names its layout document; one without
``"v"`` is format 1 (its body names its survey). Batch headers and layouts are kept twice,
so one damaged record cannot cost every response that needs them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from kiosk.store.codec import ResponseMeta
from kiosk.store.layout import SurveyLayout
from kiosk.store.sealing import COMPACT_FORMAT, BatchHeader, SealedResponse

RESPONSES = "responses"
BATCHES = "batches"
LAYOUTS = "layouts"
WITHDRAWN = "withdrawn"
Doc = dict[str, Any]
Tables = Mapping[str, Mapping[str, Mapping[str, Any]]]


def _twice(doc: Doc, first_id: int) -> list[tuple[int, Doc]]:
    return [(first_id, doc), (first_id + 1, {**doc, "copy_of": first_id})]


def batch_docs(header: BatchHeader, first_id: int) -> list[tuple[int, Doc]]:
    """Two documents for one batch header, so one damaged record cannot cost a whole batch."""
    doc: Doc = {
        "batch": header.batch_id,
        "ephemeral": header.ephemeral_public,
        "organiser": header.organiser_key_id,
    }
    return _twice(doc, first_id)


def layout_docs(layout: SurveyLayout, first_id: int) -> list[tuple[int, Doc]]:
    """Two documents for one survey layout."""
    return _twice({"layout": layout.to_cbor()}, first_id)


def layouts_in(tables: Tables) -> dict[int, SurveyLayout]:
    """Every survey layout in the tables, by the document id responses refer to it by."""
    return {
        int(doc.get("copy_of", i)): SurveyLayout.from_cbor(doc["layout"])
        for i, doc in tables.get(LAYOUTS, {}).items()
    }


def withdrawn_doc(receipt: str) -> Doc:
    """The document that remembers a withdrawal until an export has carried it."""
    return {"receipt": receipt, "sent": False}


def batch_from_doc(doc: Mapping[str, Any]) -> BatchHeader:
    """The batch header kept in `doc`."""
    return BatchHeader(doc["batch"], doc["ephemeral"], doc["organiser"])


def response_doc(sealed: SealedResponse, batch_doc_id: int, layout_doc_id: int) -> Doc:
    """The document for one sealed format 2 response: readable metadata and the sealed body."""
    survey_id, audience, receipt, started, finished = sealed.meta.as_list()
    return {
        "v": COMPACT_FORMAT,
        "layout": layout_doc_id,
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


def sealed_from_doc(
    doc: Mapping[str, Any],
    batches: Mapping[int, BatchHeader],
    layouts: Mapping[int, SurveyLayout],
) -> SealedResponse:
    """The sealed response kept in `doc` (of either format)."""
    return SealedResponse(
        batch=batches[doc["batch"]],
        counter=doc["n"],
        meta=meta_from_doc(doc),
        ciphertext=doc["body"],
        exported=bool(doc.get("exported", False)),
        layout=layouts[doc["layout"]] if doc.get("v") == COMPACT_FORMAT else None,
    )


def openable(
    doc: Mapping[str, Any], batches: Mapping[int, Any], layouts: Mapping[int, Any]
) -> bool:
    """Whether the batch header and layout `doc` needs survived."""
    needs_layout = doc.get("v") == COMPACT_FORMAT
    return doc["batch"] in batches and (not needs_layout or doc["layout"] in layouts)


def batches_in(tables: Tables) -> dict[int, BatchHeader]:
    """Every batch header in the tables, by the document id responses refer to it by."""
    return {
        int(doc.get("copy_of", i)): batch_from_doc(doc)
        for i, doc in tables.get(BATCHES, {}).items()
    }


def sealed_in(tables: Tables) -> Iterator[SealedResponse]:
    """Every kept response in the tables that can still be opened, oldest first."""
    batches, layouts = batches_in(tables), layouts_in(tables)
    for doc in tables.get(RESPONSES, {}).values():
        if openable(doc, batches, layouts):
            yield sealed_from_doc(doc, batches, layouts)


def unopenable(tables: Tables) -> int:
    """How many kept responses lost both copies of their batch header or layout to damage."""
    batches, layouts = batches_in(tables), layouts_in(tables)
    docs = tables.get(RESPONSES, {}).values()
    return sum(1 for doc in docs if not openable(doc, batches, layouts))
