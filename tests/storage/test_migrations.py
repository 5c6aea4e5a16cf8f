"""Alembic migrations on the encrypted engine: upgrade keeps every row, models match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Text,
    column,
    insert,
    table,
)
from sqlalchemy.orm import Session

from caseflow.domain.errors import DatabaseTooNew
from caseflow.services import access, drafts, info
from caseflow.services.workspace import Workspace
from caseflow.storage import database, migrate
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.keyslots import KeyFile, key_file_path
from caseflow.storage.models import Base
from caseflow.storage.models.base import UTCDateTime
from caseflow.storage.sqlcipher import open_raw
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE, sha256

FIRST = "0001"

# The tables as revision 0001 made them: the models have moved on since.
USERS_0001 = table(
    "users",
    column("id", Integer),
    column("username", String),
    column("display_name", String),
    column("role", String),
    column("is_active", Boolean),
    column("created_at", UTCDateTime()),
)
SETTINGS_0001 = table(
    "settings", column("key", String), column("value", Text), column("updated_at", UTCDateTime())
)
TABLES_AT_0001 = {"database_info", "settings", "users"}

USERS = [
    (
        1,
        ADMIN,
        "Alva Administratör",
        "administrator",
        True,
        datetime(2026, 1, 2, 8, 30, tzinfo=UTC),
    ),
    (2, "bo", "Bo Östlund", "social_worker", True, datetime(2026, 2, 3, 9, 0, 1, 5, tzinfo=UTC)),
    (3, "cia", "Cia Åkesson-Ärlig", "manager", False, datetime(2026, 3, 4, 23, 59, tzinfo=UTC)),
    (4, "dan.e", "Dan Eriksson", "field_assistant", True, datetime(2026, 4, 5, 0, 0, tzinfo=UTC)),
]
SETTINGS = [
    ("auto_lock_minutes", "25", datetime(2026, 1, 2, 8, 31, tzinfo=UTC)),
    ("unit_name", '"Fältgruppen Söder"', datetime(2026, 1, 2, 8, 32, tzinfo=UTC)),
]


def _fill_at_0001(session: Session) -> None:
    keys = [c.name for c in USERS_0001.columns]
    session.execute(insert(USERS_0001), [dict(zip(keys, row, strict=True)) for row in USERS])
    keys = [c.name for c in SETTINGS_0001.columns]
    session.execute(insert(SETTINGS_0001), [dict(zip(keys, row, strict=True)) for row in SETTINGS])


@dataclass(frozen=True)
class OldDatabase:
    path: Path
    database_info: tuple[Any, ...]


@pytest.fixture
def old_database(db_path: Path) -> OldDatabase:
    created = database.create(
        db_path, ADMIN, ADMIN_PASSPHRASE, _fill_at_0001, FAST_TEST_KDF, revision=FIRST
    )
    opened = created.database
    try:
        with opened.engine.connect() as connection:
            assert migrate.current_revision(connection) == FIRST
            tables = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            assert tables - {"alembic_version"} == TABLES_AT_0001
            info_row = tuple(connection.exec_driver_sql("SELECT * FROM database_info").one())
    finally:
        opened.close()
    return OldDatabase(db_path, info_row)


def _rows(workspace: Workspace, sql: str) -> list[tuple[Any, ...]]:
    with workspace.database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def test_upgrade_keeps_every_row(old_database: OldDatabase) -> None:
    workspace = access.unlock(old_database.path, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert workspace.database.upgraded_from == FIRST
        report = info.database_report(workspace)
        assert report.revision == migrate.head_revision()
        assert report.intact, report.integrity_problems

        with workspace.transaction() as session:
            users = session.execute(USERS_0001.select().order_by(USERS_0001.c.id)).all()
            stored_settings = session.execute(
                SETTINGS_0001.select().order_by(SETTINGS_0001.c.key)
            ).all()
        assert [tuple(u) for u in users] == USERS
        assert [tuple(s) for s in stored_settings] == SETTINGS
        assert _rows(workspace, "SELECT * FROM database_info") == [old_database.database_info]
        # The column 0002 added has its default in every old row.
        assert _rows(workspace, "SELECT must_change_passphrase FROM users") == [(0,)] * len(USERS)
        assert _rows(workspace, "PRAGMA foreign_key_check") == []
        # The planner has statistics of the grown database (ANALYZE ran after the upgrade).
        analysed = {table for (table,) in _rows(workspace, "SELECT DISTINCT tbl FROM sqlite_stat1")}
        assert {"users", "settings"} <= analysed
        assert report.row_counts["users"] == len(USERS)
        assert report.row_counts["settings"] == len(SETTINGS)

        # The upgraded database works for the new features too.
        drafts.save_draft(workspace, "after-upgrade", "Utkast", "text")
        assert len(drafts.list_drafts(workspace)) == 1
        assert workspace.user.display_name == "Alva Administratör"
    finally:
        workspace.lock()

    # Opening again does not upgrade (or back up) a second time.
    again = database.unlock(old_database.path, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert again.upgraded_from is None
        assert again.pre_upgrade_backup is None
    finally:
        again.close()


def test_upgrade_takes_an_encrypted_backup_first(old_database: OldDatabase) -> None:
    keys_before = key_file_path(old_database.path).read_bytes()
    opened = database.unlock(old_database.path, ADMIN, ADMIN_PASSPHRASE)
    backup = opened.pre_upgrade_backup
    opened.close()

    assert backup is not None
    assert backup.parent == old_database.path.parent
    assert FIRST in backup.name
    data = backup.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Administrat" not in data and b"administrator" not in data
    assert key_file_path(backup).read_bytes() == keys_before
    assert sha256(backup) != sha256(old_database.path)

    # The copy is the old revision, readable with the same key slots.
    key = KeyFile.load(key_file_path(backup)).unlock_user(ADMIN, ADMIN_PASSPHRASE)
    connection = open_raw(backup, key)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (FIRST,)
        ]
        assert connection.execute("SELECT count(*) FROM users").fetchone() == (len(USERS),)
    finally:
        connection.close()


def test_backup_copy_can_itself_be_opened(old_database: OldDatabase) -> None:
    opened = database.unlock(old_database.path, ADMIN, ADMIN_PASSPHRASE)
    backup = opened.pre_upgrade_backup
    opened.close()
    assert backup is not None
    restored = access.unlock(backup, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert restored.database.upgraded_from == FIRST
        assert info.database_report(restored).row_counts["users"] == len(USERS)
    finally:
        restored.lock()


def test_models_and_migrations_agree(workspace: Workspace) -> None:
    with workspace.database.engine.connect() as connection:
        assert migrate.differences_from_models(connection) == []


def test_the_comparison_notices_a_model_ahead_of_the_migrations(workspace: Workspace) -> None:
    # The control for the test above: a column no migration made shows up.
    metadata = MetaData(naming_convention=Base.metadata.naming_convention)
    for model_table in Base.metadata.sorted_tables:
        model_table.to_metadata(metadata)
    metadata.tables["users"].append_column(Column("nickname", String(40), nullable=True))
    with workspace.database.engine.connect() as connection:
        diff = migrate.differences_from_models(connection, metadata)
    assert [d[0] for d in diff] == ["add_column"]


def test_migration_history_is_one_line() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_heads() == [migrate.head_revision()]
    assert scripts.get_bases() == [FIRST]


def test_a_newer_database_is_refused_and_left_alone(closed_db: Path) -> None:
    opened = database.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    with opened.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00d_from_2031'")
    opened.close()
    files_before = sorted(p.name for p in closed_db.parent.iterdir())
    db_before = sha256(closed_db)

    with pytest.raises(DatabaseTooNew):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)

    assert sha256(closed_db) == db_before
    assert sorted(p.name for p in closed_db.parent.iterdir()) == files_before  # no backup


def _migration_sources() -> list[Path]:
    return sorted((migrate.migrations_dir() / "versions").glob("*.py"))


# Defaults that autogenerate writes against SQLite and PostgreSQL rejects.
SQLITE_ONLY_DEFAULT = re.compile(
    r"""server_default\s*=\s*(sa\.)?text\(\s*["'](0|1|true|false|\(?CURRENT_TIMESTAMP\)?)["']"""
    r"""|server_default\s*=\s*["'](0|1|true|false)["']"""
    r"""|datetime\(\s*'now'\s*\)""",
    re.IGNORECASE,
)


@pytest.mark.parametrize("source", _migration_sources(), ids=lambda p: p.name)
def test_migrations_use_portable_defaults(source: Path) -> None:
    code = source.read_text(encoding="utf-8")
    assert not SQLITE_ONLY_DEFAULT.search(code)


def test_the_default_check_catches_what_autogenerate_writes() -> None:
    assert SQLITE_ONLY_DEFAULT.search("sa.Column('x', sa.Boolean(), server_default=sa.text('0'))")
    assert SQLITE_ONLY_DEFAULT.search("server_default=sa.text('(CURRENT_TIMESTAMP)')")
    assert not SQLITE_ONLY_DEFAULT.search("server_default=sa.false()")
