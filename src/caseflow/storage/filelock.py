"""One writer per database file, across processes.

SQLite in WAL mode lets two processes write to one file in turn, but two
Caseflow windows on one database would each believe their view is current.
A lock on a sidecar file held for as long as the database is open for
writing turns that into a clear message. The OS releases it when the process
dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caseflow.domain.errors import DatabaseInUse, StorageUnavailable


def lock_file_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class ProcessLock:
    def __init__(self, database: Path) -> None:
        self.path = lock_file_path(database)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise StorageUnavailable() from error
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            raise DatabaseInUse() from error
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


# sys.platform rather than os.name: mypy narrows on it, so strict checking on
# Linux does not trip over msvcrt's Windows-only functions.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
