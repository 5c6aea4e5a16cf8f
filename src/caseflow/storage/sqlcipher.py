"""The SQLCipher engine: raw-key connections with Caseflow's connection settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# The key derivation is ours (Argon2id in key slots): SQLCipher gets the
# 32-byte key itself in raw-key mode and runs no PBKDF2 of its own.
_CONNECTION_SETTINGS = (
    # Foreign keys are off by default in SQLite; our integrity depends on them.
    "PRAGMA foreign_keys = ON",
    # WAL: readers never block the writer, so a backup or a report can read
    # while someone types.
    "PRAGMA journal_mode = WAL",
    # FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on
    # power loss. A signed journal entry that silently disappears is worse than
    # the fraction of a millisecond an fsync per commit costs.
    "PRAGMA synchronous = FULL",
    # Freed pages are overwritten, so deleted records (gallring) leave no
    # readable remains inside the file, even after decryption.
    "PRAGMA secure_delete = ON",
    # Temporary tables and sort spills stay in memory, never in a temp file.
    "PRAGMA temp_store = MEMORY",
    # 128 MiB page cache a connection: warm encrypted reads then cost what
    # plain ones do (measured at 50,000 cases), and a yearly statistics
    # report that reads most of the file stays inside the 400 MB an office
    # PC gives the app (256 MiB did not).
    "PRAGMA cache_size = -131072",
    "PRAGMA busy_timeout = 5000",
    # cipher_memory_security stays OFF, SQLCipher's default: it is
    # process-wide and made one FTS count 38x slower (32 ms to 1.2 s). The
    # encryption at rest protects a lost laptop; code that can read this
    # process's memory can read the keyboard too.
    "PRAGMA cipher_memory_security = OFF",
)


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_raw(path: Path, key: bytes, *, create: bool = False) -> Any:
    """Open one keyed DB-API connection and apply the connection settings.

    A missing file is never created by accident: SQLite would happily make an
    empty database where a user mistyped a path.
    """
    if not create and not path.exists():
        raise FileNotFoundError(path)
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # Must come before the key: SQLCipher otherwise prints "hmac check
        # failed" lines to stderr on a damaged file, under Caseflow's message.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(_key_pragma(key))
        connection.execute("PRAGMA cipher_compatibility = 4")
        # Touch page 1 now so a wrong key or damaged header fails here.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in _CONNECTION_SETTINGS:
            connection.execute(statement).fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def create_sqlcipher_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """A SQLAlchemy engine whose every pooled connection is keyed and configured."""
    first = [open_raw(path, key, create=create)]

    def connect() -> Any:
        if first:
            return first.pop()
        return open_raw(path, key)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=connect,
        poolclass=QueuePool,
        # Every connection fills its own page cache: few of them, since the
        # app works one unit at a time (see OpenDatabase.transaction).
        pool_size=2,
        max_overflow=2,
    )
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    # The driver's own transaction handling is off (isolation_level=None);
    # SQLAlchemy's documented recipe emits BEGIN itself so that SAVEPOINTs and
    # transactional DDL (migrations) behave.
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def file_salt(engine: Engine) -> bytes:
    """The database file's SQLCipher salt (kept in clear as the file's first 16 bytes)."""
    with engine.connect() as connection:
        salt_hex = connection.exec_driver_sql("PRAGMA cipher_salt").scalar_one()
    return bytes.fromhex(str(salt_hex))
