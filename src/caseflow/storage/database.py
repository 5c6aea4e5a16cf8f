"""Create, open, unlock and close an encrypted Caseflow database.

A complete copy of a database is two files: ``NAME`` (the SQLCipher file)
and ``NAME.keys`` (the key slots). While it is open, SQLite also keeps
``NAME-wal`` and ``NAME-shm``, and Caseflow ``NAME.lock``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

import caseflow
from caseflow.domain.errors import (
    CaseflowError,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseNotFound,
    DatabaseTooNew,
    KeyFileMissing,
    StorageUnavailable,
)
from caseflow.domain.recovery_key import format_recovery_key
from caseflow.storage import audit_chain, backup, migrate
from caseflow.storage.errors import translated_errors
from caseflow.storage.filelock import ProcessLock, lock_file_path
from caseflow.storage.kdf import DEFAULT_KDF, KdfParams
from caseflow.storage.keyslots import (
    DATABASE_SALT_LENGTH,
    KeyFile,
    key_file_path,
    new_database_key,
)
from caseflow.storage.models import DatabaseInfo
from caseflow.storage.sqlcipher import create_sqlcipher_engine, file_salt

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
Populate = Callable[[Session], None]


def database_files(path: Path) -> list[Path]:
    """Every file that belongs to the database at ``path``, existing or not."""
    return [
        path,
        key_file_path(path),
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
        lock_file_path(path),
    ]


def generate_recovery_key() -> str:
    return format_recovery_key(os.urandom(25))


@dataclass
class OpenDatabase:
    """An unlocked database. ``close()`` forgets the key and releases the file."""

    path: Path
    key_file: KeyFile
    engine: Engine
    _key: bytes = field(repr=False)
    _lock: ProcessLock = field(repr=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    upgraded_from: str | None = None
    pre_upgrade_backup: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        # One unit of work at a time within the process. SQLite has one writer
        # anyway, and reading a case now also writes its audit entry: a
        # transaction that read before another committed could no longer write
        # (a stale WAL snapshot), and the user would be told the file is busy.
        # Units are milliseconds long and never run on the GUI thread.
        with (
            audit_chain.one_unit_at_a_time(),
            translated_errors(),
            self._sessions() as session,
            session.begin(),
        ):
            yield session

    # --- key slots ---------------------------------------------------------

    def _save_key_file(self, key_file: KeyFile) -> None:
        try:
            key_file.save(key_file_path(self.path))
        except OSError as error:
            raise StorageUnavailable() from error
        self.key_file = key_file

    def set_user_passphrase(
        self, user: str, passphrase: str, params: KdfParams = DEFAULT_KDF
    ) -> None:
        """Add or rewrap one user's slot. The database itself is not re-encrypted."""
        self._save_key_file(self.key_file.with_user(user, passphrase, self._key, params))

    def remove_user_slot(self, user: str) -> None:
        self._save_key_file(self.key_file.without_user(user))

    def renew_recovery_key(self, params: KdfParams = DEFAULT_KDF) -> str:
        recovery_key = generate_recovery_key()
        self._save_key_file(self.key_file.with_recovery(recovery_key, self._key, params))
        return recovery_key

    # --- backups -----------------------------------------------------------

    def backup_to(
        self, target: Path, cancellation: backup.Cancellation | None = None
    ) -> backup.BackupResult:
        """A verified encrypted copy at ``target``, made while this database stays open.

        ``Cancelled`` (and no copy) once ``cancellation`` is cancelled.
        """
        return backup.backup_to(
            self.path, self.key_file, self._key, target, cancellation or backup.Cancellation()
        )

    def wipe_free_pages(self) -> bool:
        """Rewrite the file without its free pages, after a deletion.

        secure_delete already zeroes what a delete frees; VACUUM then rebuilds
        the file so that nothing of the deleted rows remains in it, and the
        checkpoint empties the WAL. Returns False when another connection is
        busy and the file could not be rewritten now (the deleted rows are
        gone either way; the next wipe finishes the job).
        """
        with translated_errors(), self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            try:
                raw.execute("VACUUM")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlcipher3.OperationalError:
                return False
        return True

    # --- checks ------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's page HMAC check over the whole file, then SQLite's own.

        Returns the problems found (empty when the file is intact). The HMAC
        check reads every page, so a flipped byte anywhere is found.
        """
        with translated_errors(), self.engine.connect() as connection:
            problems = [
                str(row[0]) for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")
            ]
            result = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.extend(result)
        return problems

    def refresh_planner_statistics(self) -> None:
        """Analyse the file again if it has grown much since (see ``migrate``); best effort.

        Never for a file suspected of damage: the caller decides (it writes).
        """
        try:
            with translated_errors():
                migrate.gather_planner_statistics_if_grown(self.engine)
        except CaseflowError:
            log.warning("planner statistics not refreshed")

    def close(self) -> None:
        """Dispose of every connection, then forget the key.

        Python cannot wipe an immutable bytes object; dropping every reference
        is what we can do, and connections (which hold SQLCipher's copy) are
        closed first.
        """
        self.engine.dispose()
        self._key = b""
        self._lock.release()


def _check_file_shape(path: Path) -> None:
    # SQLite takes an empty file for a new database; a file that is not whole
    # pages has been cut or padded. Both are damage, not a fresh start.
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseDamaged()


def _check_not_truncated(path: Path, engine: Engine) -> None:
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # pages may still live in the WAL; the page HMACs catch damage there
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    if pages * PAGE_SIZE > path.stat().st_size:
        raise DatabaseDamaged()


def _read_info(engine: Engine, key_file: KeyFile) -> None:
    with engine.connect() as connection:
        has_info = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='database_info'")
        ).scalar_one()
        if not has_info:
            raise DatabaseDamaged()
        database_id = connection.execute(select(DatabaseInfo.database_id)).scalar_one_or_none()
    if database_id != key_file.database_id:
        raise KeyFileMissing()


def _backup_before_upgrade(path: Path, engine: Engine, revision: str) -> Path:
    """Copy the (encrypted) file and its key file before a schema upgrade."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    try:
        shutil.copy2(path, target)
        shutil.copy2(key_file_path(path), key_file_path(target))
    except OSError as error:
        raise StorageUnavailable() from error
    return target


def _migrate_if_needed(database: OpenDatabase) -> None:
    with database.engine.connect() as connection:
        current = migrate.current_revision(connection)
    head = migrate.head_revision()
    if current == head:
        return
    if current is None:
        # Every Caseflow database is stamped at creation: no revision means the
        # schema itself was damaged (an assert here surfaced as a traceback).
        raise DatabaseDamaged()
    if current not in migrate.known_revisions():
        raise DatabaseTooNew()
    database.pre_upgrade_backup = _backup_before_upgrade(database.path, database.engine, current)
    migrate.upgrade(database.engine)
    # A migration can add indexes, and a database that grew in daily use has
    # never been analysed: the upgrade is waited for anyway.
    migrate.gather_planner_statistics(database.engine)
    database.upgraded_from = current


def _open_with_key(path: Path, key_file: KeyFile, key: bytes, lock: ProcessLock) -> OpenDatabase:
    try:
        with translated_errors():
            _check_file_shape(path)
            engine = create_sqlcipher_engine(path, key)
            database = OpenDatabase(path, key_file, engine, key, lock)
            try:
                _check_not_truncated(path, engine)
                _read_info(engine, key_file)
                _migrate_if_needed(database)
            except BaseException:
                engine.dispose()
                raise
    except BaseException:
        lock.release()
        raise
    return database


def _locked(path: Path) -> ProcessLock:
    lock = ProcessLock(path)
    lock.acquire()
    return lock


def _load_key_file(path: Path) -> KeyFile:
    """The key file beside ``path``, checked to belong to that database file."""
    if not path.is_file():
        raise DatabaseNotFound()
    key_file = KeyFile.load(key_file_path(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(DATABASE_SALT_LENGTH)
    except OSError as error:
        raise StorageUnavailable() from error
    # Checked before the passphrase: with another database's key file a
    # right passphrase would read as wrong, or its key as a damaged file.
    if not key_file.fits_database_header(header):
        raise KeyFileMissing()
    return key_file


def unlock(path: Path, user: str, passphrase: str) -> OpenDatabase:
    """Open the database at ``path`` with one user's passphrase.

    Raises DatabaseNotFound, KeyFileMissing, WrongCredentials, DatabaseInUse,
    DatabaseDamaged or DatabaseTooNew; a wrong passphrase changes no file.
    """
    key_file = _load_key_file(path)
    key = key_file.unlock_user(user, passphrase)
    return _open_with_key(path, key_file, key, _locked(path))


def backup_with_passphrase(
    path: Path, user: str, passphrase: str, target: Path
) -> backup.BackupResult:
    """Back up the database at ``path`` without opening it for writing.

    The running app holds the file's lock; a backup only reads, in one
    consistent snapshot, so it takes no lock and may run beside the app.
    """
    key_file = _load_key_file(path)
    key = key_file.unlock_user(user, passphrase)
    return backup.backup_to(path, key_file, key, target)


def restore_with_passphrase(
    source: Path, user: str, passphrase: str, target: Path, *, force: bool
) -> None:
    """Restore the backup ``source`` to ``target`` with a passphrase valid in the backup."""
    key_file = _load_key_file(source)
    key = key_file.unlock_user(user, passphrase)
    backup.restore(source, key, key_file, target, force=force)


def unlock_with_recovery_key(path: Path, recovery_key: str) -> OpenDatabase:
    key_file = _load_key_file(path)
    key = key_file.unlock_recovery(recovery_key)
    return _open_with_key(path, key_file, key, _locked(path))


def _create_private_file(path: Path) -> None:
    # Readable by its owner only, though encrypted: SQLite gives its -wal and
    # -shm files the database file's permissions, so they inherit this too.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


@dataclass(frozen=True)
class Created:
    database: OpenDatabase
    recovery_key: str


def create(
    path: Path,
    user: str,
    passphrase: str,
    populate: Populate,
    params: KdfParams = DEFAULT_KDF,
    *,
    revision: str = "head",
) -> Created:
    """Create a new database with one user's slot and a recovery slot.

    ``populate`` writes the first rows (the administrator) in the same
    transaction as the database's own facts. On any failure every file that
    was created is removed again: no half-made database stays behind.
    """
    if any(p.exists() for p in (path, key_file_path(path))):
        raise DatabaseExists()
    if not path.parent.is_dir():
        raise StorageUnavailable()
    key = new_database_key()
    recovery_key = generate_recovery_key()
    key_file = (
        KeyFile.new()
        .with_user(user, passphrase, key, params)
        .with_recovery(recovery_key, key, params)
    )
    lock = _locked(path)
    try:
        _create_private_file(path)
    except BaseException as error:
        # Nothing of ours exists yet: remove nothing (the file may be another's).
        lock.release()
        if isinstance(error, FileExistsError):
            raise DatabaseExists() from None
        if isinstance(error, OSError):
            raise StorageUnavailable() from error
        raise
    engine: Engine | None = None
    try:
        with translated_errors():
            engine = create_sqlcipher_engine(path, key, create=True)
            key_file = key_file.with_database_salt(file_salt(engine))
            migrate.upgrade(engine, revision)
            database = OpenDatabase(path, key_file, engine, key, lock)
            with database.transaction() as session:
                session.add(
                    DatabaseInfo(
                        id=1,
                        database_id=key_file.database_id,
                        created_by_version=caseflow.__version__,
                    )
                )
                populate(session)
        try:
            key_file.save(key_file_path(path))
        except OSError as error:
            raise StorageUnavailable() from error
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        lock.release()
        for leftover in database_files(path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, CaseflowError | KeyboardInterrupt):
            raise
        if isinstance(error, OSError):
            raise StorageUnavailable() from error
        raise
    return Created(database, recovery_key)
