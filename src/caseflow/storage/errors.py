"""Turn driver errors into Caseflow's errors, at the storage boundary.

A message from SQLite may quote statement parameters, that is personal data:
the original exception stays only as ``__cause__`` for debugging and is never
logged as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3
from sqlalchemy import exc

from caseflow.domain.errors import DatabaseDamaged, DatabaseInUse, StorageUnavailable

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 10, 11, 13, 14, 26


def classify(error: BaseException) -> Exception | None:
    """The Caseflow error for a driver error, or None for a programming error."""
    original = error.orig if isinstance(error, exc.DBAPIError) else error
    if isinstance(original, sqlcipher3.IntegrityError | sqlcipher3.ProgrammingError):
        return None
    if not isinstance(original, sqlcipher3.DatabaseError):
        return None
    code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_BUSY, _LOCKED):
        return DatabaseInUse()
    if code in (_IOERR, _FULL, _CANTOPEN):
        return StorageUnavailable()
    if code in (_CORRUPT, _NOTADB) or isinstance(original, sqlcipher3.DatabaseError):
        return DatabaseDamaged()
    return None


@contextmanager
def translated_errors() -> Iterator[None]:
    try:
        yield
    except (exc.DBAPIError, sqlcipher3.DatabaseError) as error:
        mapped = classify(error)
        if mapped is None:
            raise
        raise mapped from error
