"""Storage: plain Python over the standard library's sqlite3."""

from planner.store.database import Store
from planner.store.errors import NewerDatabaseError, StoreError

__all__ = ["NewerDatabaseError", "Store", "StoreError"]
