"""Encrypted backups: a consistent copy made while the app may be writing, and restore.

How a copy is made
------------------
``sqlcipher_export`` copies every table, index and trigger into a database
attached with the same raw key, in one statement and so in one read
transaction: in WAL mode that is a consistent snapshot however much another
connection (or another process, the running app) writes meanwhile. The copy
is encrypted from its first byte; it gets its own SQLCipher salt, so the key
file beside it is the original's slots with that salt recorded. Nothing is
ever written unencrypted, and no temporary file holds plaintext.

The backup is made under a temporary name in the target's folder, verified
(it opens with the key, SQLCipher's page HMAC check and SQLite's integrity
check pass, and it is the same database by its id), and only then renamed
into place, key file first. A failure removes every file the backup made.

Restoring does the same in the other direction, and refuses to replace an
existing database unless asked to, or while another process has it open.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseflow.domain.errors import (
    Cancelled,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseNotFound,
    StorageUnavailable,
)
from caseflow.storage.atomic import _fsync_directory
from caseflow.storage.errors import translated_errors
from caseflow.storage.filelock import ProcessLock
from caseflow.storage.keyslots import DATABASE_SALT_LENGTH, KeyFile, key_file_path
from caseflow.storage.sqlcipher import open_raw as _open_keyed

BACKUP_SUFFIX = ".caseflow"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    made_at: datetime


# A backup reads every page once: the app's large page cache would only add
# hundreds of megabytes to the process at 50,000 cases (benchmarks, finding 4).
_BACKUP_CACHE = "PRAGMA cache_size = -8192"


class Cancellation:
    """Lets another thread stop a backup: ``cancel()``, and ``backup_to`` raises ``Cancelled``.

    The running statement (the export, or the copy's integrity check) stops
    at SQLite's next progress check, and the partial copy is removed.
    """

    # SQLite checks every this many virtual-machine steps (a small fraction
    # of a millisecond): how soon a cancelled backup stops.
    steps = 10_000

    def __init__(self) -> None:
        self._requested = threading.Event()

    def cancel(self) -> None:
        self._requested.set()

    @property
    def requested(self) -> bool:
        return self._requested.is_set()

    def check(self) -> None:
        if self.requested:
            raise Cancelled()

    @contextlib.contextmanager
    def watching(self, connection: Any) -> Iterator[None]:
        """Interrupt ``connection``'s statements once cancelled (SQLite's progress handler)."""
        self.check()
        connection.set_progress_handler(self._should_stop, self.steps)
        try:
            yield
        finally:
            connection.set_progress_handler(None, 0)
        self.check()

    def _should_stop(self) -> bool:
        return self.requested


_NEVER = Cancellation()


def open_raw(path: Path, key: bytes) -> Any:
    connection = _open_keyed(path, key)
    connection.execute(_BACKUP_CACHE)
    return connection


def _hex_key(key: bytes) -> str:
    return f"x'{key.hex()}'"


def _private_empty(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _remove(*paths: Path) -> None:
    for path in paths:
        for extra in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + extra).unlink()


def _salt_of(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(DATABASE_SALT_LENGTH)


def verify_copy(
    path: Path, key: bytes, database_id: str, cancellation: Cancellation = _NEVER
) -> None:
    """Raise ``DatabaseDamaged`` unless ``path`` opens with ``key``, passes both
    integrity checks and holds the database ``database_id``."""
    try:
        connection = open_raw(path, key)
    except Exception as error:
        raise DatabaseDamaged() from error
    try:
        with cancellation.watching(connection):
            problems = [str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check")]
            result = [str(r[0]) for r in connection.execute("PRAGMA integrity_check")]
            found = connection.execute("SELECT database_id FROM database_info").fetchone()
    except Exception as error:
        cancellation.check()  # an interrupted check is a cancellation, not damage
        raise DatabaseDamaged() from error
    finally:
        connection.close()
    if problems or result != ["ok"] or found is None or found[0] != database_id:
        raise DatabaseDamaged()


def _export(source: Any, target: Path, key: bytes) -> None:
    source.execute(f'ATTACH DATABASE ? AS backup KEY "{_hex_key(key)}"', (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('backup')").fetchall()
        # The copy's schema version: Alembic's table comes along, PRAGMA user_version does not.
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA backup.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE backup")


def backup_to(
    source_path: Path,
    key_file: KeyFile,
    key: bytes,
    target: Path,
    cancellation: Cancellation = _NEVER,
) -> BackupResult:
    """Write a verified encrypted copy of the database at ``source_path`` to ``target``.

    ``target`` must not exist (nor its key file). Works while another
    connection or process writes to the source. Raises ``Cancelled``, with
    nothing left behind, once ``cancellation`` is cancelled.
    """
    target_keys = key_file_path(target)
    if target.exists() or target_keys.exists():
        raise DatabaseExists()
    if not target.parent.is_dir():
        raise StorageUnavailable()
    scratch = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    scratch_keys = key_file_path(scratch)
    try:
        with translated_errors():
            _private_empty(scratch)
            source = open_raw(source_path, key)
            try:
                with cancellation.watching(source):
                    _export(source, scratch, key)
            except Exception:
                cancellation.check()  # interrupted by the user, not a fault of the file
                raise
            finally:
                source.close()
            verify_copy(scratch, key, key_file.database_id, cancellation)
            cancellation.check()
            key_file.with_database_salt(_salt_of(scratch)).save(scratch_keys)
            os.replace(scratch_keys, target_keys)
            os.replace(scratch, target)
            _fsync_directory(target.parent)
    except BaseException as error:
        _remove(scratch)
        with contextlib.suppress(FileNotFoundError):
            scratch_keys.unlink()
        if target.exists() is False:
            with contextlib.suppress(FileNotFoundError):
                target_keys.unlink()
        if isinstance(error, OSError):
            raise StorageUnavailable() from error
        raise
    return BackupResult(target, target.stat().st_size, datetime.now(UTC))


def default_backup_name(database: Path, when: datetime | None = None) -> str:
    """``NAME-YYYYmmddTHHMMSSZ.caseflow``: sorts by time, names the database it copies."""
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{database.stem}-{stamp}{BACKUP_SUFFIX}"


def backups_in(folder: Path, database: Path) -> list[Path]:
    """The backups of ``database`` in ``folder``, oldest first."""
    prefix = f"{database.stem}-"
    return sorted(
        p
        for p in folder.glob(f"{prefix}*{BACKUP_SUFFIX}")
        if p.is_file() and not p.name.startswith(".")
    )


def prune(folder: Path, database: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``database``; returns those removed."""
    found = backups_in(folder, database)
    removed = found[: max(0, len(found) - max(1, keep))]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            key_file_path(path).unlink()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed


def restore(backup: Path, key: bytes, key_file: KeyFile, target: Path, *, force: bool) -> None:
    """Replace (or create) the database at ``target`` with a verified ``backup``.

    ``key``/``key_file`` are the backup's. Refuses an existing target unless
    ``force``, and a target another process has open (its lock).
    """
    if not backup.is_file():
        raise DatabaseNotFound()
    if not key_file.fits_database_header(_salt_of(backup)):
        raise DatabaseDamaged()
    verify_copy(backup, key, key_file.database_id)
    target_keys = key_file_path(target)
    if (target.exists() or target_keys.exists()) and not force:
        raise DatabaseExists()
    if not target.parent.is_dir():
        raise StorageUnavailable()
    lock = ProcessLock(target)
    lock.acquire()  # DatabaseInUse while the app has it open
    scratch = target.with_name(f".{target.name}.{secrets.token_hex(4)}.restoring")
    scratch_keys = key_file_path(scratch)
    try:
        with translated_errors():
            _private_empty(scratch)
            source = open_raw(backup, key)
            try:
                _export(source, scratch, key)
            finally:
                source.close()
            verify_copy(scratch, key, key_file.database_id)
            key_file.with_database_salt(_salt_of(scratch)).save(scratch_keys)
            # A WAL left by the replaced database would be replayed into the new file.
            for extra in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    target.with_name(target.name + extra).unlink()
            os.replace(scratch_keys, target_keys)
            os.replace(scratch, target)
            _fsync_directory(target.parent)
    except BaseException as error:
        _remove(scratch)
        with contextlib.suppress(FileNotFoundError):
            scratch_keys.unlink()
        if isinstance(error, OSError):
            raise StorageUnavailable() from error
        raise
    finally:
        lock.release()
