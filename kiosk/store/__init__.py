"""The kiosk's response store. No Textual here."""

from kiosk.store.base import ResponseStore, StoreError
from kiosk.store.memory import MemoryStore

__all__ = ["MemoryStore", "ResponseStore", "StoreError"]
