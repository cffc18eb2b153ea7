"""The kiosk's response store. No Textual here."""

from kiosk.store.base import ResponseStore
from kiosk.store.codec import ResponseMeta
from kiosk.store.durable import DurableStore
from kiosk.store.errors import (
    ReceiptInUseError,
    StoreDamagedError,
    StoreError,
    StoreFullError,
    StoreKeysError,
    StoreLockedError,
)
from kiosk.store.memory import MemoryStore
from kiosk.store.opening import open_store, read_responses, read_sealed
from kiosk.store.sealing import BatchHeader, SealedOpener, SealedResponse, open_sealed

__all__ = [
    "BatchHeader",
    "DurableStore",
    "MemoryStore",
    "ReceiptInUseError",
    "ResponseMeta",
    "ResponseStore",
    "SealedOpener",
    "SealedResponse",
    "StoreDamagedError",
    "StoreError",
    "StoreFullError",
    "StoreKeysError",
    "StoreLockedError",
    "open_sealed",
    "open_store",
    "read_responses",
    "read_sealed",
]
