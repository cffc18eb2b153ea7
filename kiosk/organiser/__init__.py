"""The organiser's store of imported answers, merged from any number of kiosks. No Textual here."""

from kiosk.organiser.base import Delivery, ImportCounts, OrganiserStore, Selection
from kiosk.organiser.files import ORGANISER_DIR, open_organiser_store
from kiosk.organiser.importing import import_bundle
from kiosk.organiser.memory import MemoryOrganiserStore
from kiosk.organiser.sql import SqlOrganiserStore
from kiosk.organiser.sqlite import SqliteOrganiserStore

__all__ = [
    "ORGANISER_DIR",
    "Delivery",
    "ImportCounts",
    "MemoryOrganiserStore",
    "OrganiserStore",
    "Selection",
    "SqlOrganiserStore",
    "SqliteOrganiserStore",
    "import_bundle",
    "open_organiser_store",
]
