"""The kiosk's response store. No Textual here."""

from kiosk.store.base import ResponseStore, StoreError
from kiosk.store.files import open_store, read_responses
from kiosk.store.memory import MemoryStore

__all__ = ["MemoryStore", "ResponseStore", "StoreError", "open_store", "read_responses"]
