"""Storage: plain Python over the standard library's sqlite3."""

from planner.store.database import NewerDatabaseError, Store, StoreError

__all__ = ["NewerDatabaseError", "Store", "StoreError"]
