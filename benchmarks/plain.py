"""An unencrypted copy of a benchmark database, opened the way the app opens the real one.

Every database operation is timed on the encrypted file and on this copy in
the same run, so the ratio shows what SQLCipher costs. The copy is made with
``sqlcipher_export`` into a database attached with an empty key (SQLCipher's
way of saying "plain SQLite"), and opened through the same driver with the
same connection settings minus the key, so the only difference left is the
encryption. Benchmarks only: the app never writes a plaintext copy.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.pool import QueuePool

from caseflow.services.workspace import CurrentUser, Workspace
from caseflow.storage import database as storage_database
from caseflow.storage import sqlcipher
from caseflow.storage.filelock import ProcessLock
from caseflow.storage.keyslots import KeyFile
from caseflow.storage.models import User


def export_plain(encrypted: Path, key: bytes, target: Path) -> None:
    """Write a plaintext copy of ``encrypted`` (opened with ``key``) to ``target``."""
    for leftover in (target, target.with_name(target.name + "-wal")):
        leftover.unlink(missing_ok=True)
    _export(sqlcipher.open_raw(encrypted, key), target)


def _export(source: Any, target: Path) -> None:
    try:
        source.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        source.execute("SELECT sqlcipher_export('plain')").fetchall()
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA plain.user_version = {int(version)}")
        source.execute("DETACH DATABASE plain")
    finally:
        source.close()


def open_raw_plain(path: Path) -> Any:
    """One plain connection with the app's connection settings (``sqlcipher.open_raw`` sans key)."""
    if not path.exists():
        raise FileNotFoundError(path)
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in sqlcipher._CONNECTION_SETTINGS:
            connection.execute(statement).fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def create_plain_engine(path: Path) -> Engine:
    """``sqlcipher.create_sqlcipher_engine``'s pool and transactions, plain connections."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: open_raw_plain(path),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )
    sqlcipher._use_explicit_transactions(engine)
    return engine


def open_database(path: Path, key_file: KeyFile) -> storage_database.OpenDatabase:
    """``storage.database._open_with_key`` for the plain copy: the same checks, no key."""
    lock = ProcessLock(path)
    lock.acquire()
    try:
        storage_database._check_file_shape(path)
        engine = create_plain_engine(path)
        opened = storage_database.OpenDatabase(path, key_file, engine, b"", lock)
        try:
            storage_database._check_not_truncated(path, engine)
            storage_database._read_info(engine, key_file)
            storage_database._migrate_if_needed(opened)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return opened


def current_user(opened: storage_database.OpenDatabase, username: str) -> CurrentUser:
    """Who ``username`` is, as ``access.unlock`` finds it (its ``_workspace_for``)."""
    from caseflow.domain.accounts import Role

    with opened.transaction() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return CurrentUser(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=Role(user.role),
            must_change_passphrase=user.must_change_passphrase,
        )


def open_workspace(path: Path, key_file: KeyFile, username: str) -> Workspace:
    opened = open_database(path, key_file)
    try:
        return Workspace(opened, current_user(opened, username))
    except BaseException:
        opened.close()
        raise


def backup_to(source: Path, database_id: str, target: Path) -> None:
    """``storage.backup.backup_to``'s steps on the plain copy: export, verify, fsync, rename."""
    scratch = target.with_name(f".{target.name}.partial")
    try:
        _export(open_raw_plain(source), scratch)
        check = open_raw_plain(scratch)
        try:
            result = [str(r[0]) for r in check.execute("PRAGMA integrity_check")]
            found = check.execute("SELECT database_id FROM database_info").fetchone()
        finally:
            check.close()
        if result != ["ok"] or found is None or found[0] != database_id:
            raise RuntimeError("the plain backup did not verify")
        with scratch.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(scratch, target)
    finally:
        for extra in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                scratch.with_name(scratch.name + extra).unlink()
