"""Failure is clear and harmless: wrong passphrases, damaged files, missing key files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from caseflow.domain.errors import DatabaseDamaged, KeyFileMissing, WrongCredentials
from caseflow.services import access, drafts, info
from caseflow.storage import database
from caseflow.storage.database import PAGE_SIZE
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.keyslots import key_file_path
from tests.storage.conftest import BigDatabase
from tests.storage.helpers import (
    ADMIN,
    ADMIN_PASSPHRASE,
    assert_clean_stderr,
    file_states,
    flip_byte,
    run_cli,
    sha256,
)

DAMAGED_TEXT = "The database is damaged"

# --- wrong credentials --------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "passphrase"),
    [
        (ADMIN, ADMIN_PASSPHRASE + "x"),
        (ADMIN, ""),
        ("nobody", ADMIN_PASSPHRASE),
        ("NOT A NAME!", ADMIN_PASSPHRASE),
    ],
)
def test_wrong_credentials_change_no_file(closed_db: Path, user: str, passphrase: str) -> None:
    before = file_states(closed_db.parent)
    with pytest.raises(WrongCredentials):
        access.unlock(closed_db, user, passphrase)
    after = file_states(closed_db.parent)
    # Only the failed-attempts counter beside the database is written.
    after.pop(closed_db.name + ".attempts", None)
    assert after == before


def test_wrong_recovery_key_changes_no_file(closed_db: Path) -> None:
    before = file_states(closed_db.parent)
    with pytest.raises(WrongCredentials):
        access.recover_access(
            closed_db,
            "ABCDE-" * 7 + "ABCDE",
            ADMIN,
            "Ny-lång-fras-för-alla-99",
            "Ny-lång-fras-för-alla-99",
        )
    assert file_states(closed_db.parent) == before


# --- flipped bytes ------------------------------------------------------------


def _expect_damage_found(path: Path, contents: dict[str, str]) -> None:
    """Unlock, report and read everything: damage must surface as DatabaseDamaged
    or as integrity problems, and a read never returns part of the data."""
    try:
        workspace = access.unlock(path, ADMIN, ADMIN_PASSPHRASE)
    except DatabaseDamaged:
        return
    try:
        try:
            report = info.database_report(workspace)
        except DatabaseDamaged:
            pass
        else:
            assert not report.intact, "damage went unnoticed by the integrity check"
        try:
            listed = drafts.list_drafts(workspace)
        except DatabaseDamaged:
            pass
        else:
            assert {d.editor_key: d.content for d in listed} == contents
    finally:
        workspace.lock()


Offset = Callable[[int], int]
FLIPS: dict[str, Offset] = {
    "salt-first-byte": lambda size: 0,
    "salt-last-byte": lambda size: 15,
    "first-page-header": lambda size: 16 + 8,
    "first-page-body": lambda size: 2000,
    "first-page-hmac": lambda size: PAGE_SIZE - 1,
    "second-page": lambda size: PAGE_SIZE + 100,
    "third-page": lambda size: 2 * PAGE_SIZE + 3000,
    "a-third-in": lambda size: size // 3,
    "middle": lambda size: size // 2 + 1234,
    "two-thirds-in": lambda size: 2 * size // 3 + 77,
    "last-page-start": lambda size: size - PAGE_SIZE,
    "last-page-iv": lambda size: size - 80,
    "last-byte": lambda size: size - 1,
}


@pytest.mark.parametrize("where", FLIPS.values(), ids=FLIPS.keys())
def test_a_flipped_byte_anywhere_is_found(big_database: BigDatabase, where: Offset) -> None:
    path = big_database.path
    size = path.stat().st_size
    assert size >= 100 * PAGE_SIZE, "the test database should span many pages"
    flip_byte(path, where(size))
    damaged = sha256(path)

    _expect_damage_found(path, big_database.contents)

    assert sha256(path) == damaged, "opening a damaged file changed it"


def test_the_undamaged_copy_really_is_intact(big_database: BigDatabase) -> None:
    # The control for the flips above: the same checks pass on the original.
    workspace = access.unlock(big_database.path, ADMIN, ADMIN_PASSPHRASE)
    try:
        report = info.database_report(workspace)
        assert report.intact, report.integrity_problems
        assert report.row_counts["drafts"] == len(big_database.contents)
        listed = drafts.list_drafts(workspace)
        assert {d.editor_key: d.content for d in listed} == big_database.contents
    finally:
        workspace.lock()


# --- truncated and padded files ------------------------------------------------

CUTS: dict[str, Offset] = {
    "to-half-on-a-page-boundary": lambda size: size // 2 // PAGE_SIZE * PAGE_SIZE,
    "to-half": lambda size: size // 2,
    "by-one-page": lambda size: size - PAGE_SIZE,
    "by-one-byte": lambda size: size - 1,
    "to-the-first-page": lambda size: PAGE_SIZE,
    "to-ten-bytes": lambda size: 10,
    "to-zero-bytes": lambda size: 0,
}


@pytest.mark.parametrize("new_size", CUTS.values(), ids=CUTS.keys())
def test_a_truncated_file_is_damaged(big_database: BigDatabase, new_size: Offset) -> None:
    path = big_database.path
    data = path.read_bytes()
    path.write_bytes(data[: new_size(len(data))])
    before = sha256(path)
    with pytest.raises(DatabaseDamaged):
        access.unlock(path, ADMIN, ADMIN_PASSPHRASE)
    assert sha256(path) == before
    # The failed attempt released the file: a second try says the same, not "in use".
    with pytest.raises(DatabaseDamaged):
        access.unlock(path, ADMIN, ADMIN_PASSPHRASE)


def test_a_file_with_pages_added_is_found(big_database: BigDatabase) -> None:
    with big_database.path.open("ab") as handle:
        handle.write(bytes(PAGE_SIZE))
    _expect_damage_found(big_database.path, big_database.contents)


# --- the key file -------------------------------------------------------------


def test_missing_key_file(closed_db: Path) -> None:
    key_file_path(closed_db).unlink()
    before = file_states(closed_db.parent)
    with pytest.raises(KeyFileMissing):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    assert file_states(closed_db.parent) == before


def test_a_folder_where_the_key_file_should_be(closed_db: Path) -> None:
    keys = key_file_path(closed_db)
    keys.unlink()
    keys.mkdir()
    with pytest.raises(KeyFileMissing):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"\x00\xff\xfe not json at all",
        b"{}",
        b"[]",
        b"null",
        b'{"format": "caseflow-keyslots", "version": 1}',
        b'{"format": "keepass", "version": 1, "database_id": "x", "slots": []}',
    ],
)
def test_garbage_key_file(closed_db: Path, garbage: bytes) -> None:
    key_file_path(closed_db).write_bytes(garbage)
    with pytest.raises(KeyFileMissing):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


def test_cut_key_file(closed_db: Path) -> None:
    keys = key_file_path(closed_db)
    keys.write_bytes(keys.read_bytes()[: keys.stat().st_size // 2])
    with pytest.raises(KeyFileMissing):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


@pytest.fixture
def other_database(tmp_path: Path) -> Path:
    """Another database made by the same administrator with the same passphrase."""
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "unit.caseflow"
    access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    ).workspace.lock()
    return path


def test_key_file_of_another_database(closed_db: Path, other_database: Path) -> None:
    key_file_path(closed_db).write_bytes(key_file_path(other_database).read_bytes())
    before = file_states(closed_db.parent)
    with pytest.raises(KeyFileMissing):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    assert file_states(closed_db.parent) == before


def test_key_file_of_another_database_without_salt_record(
    closed_db: Path, other_database: Path
) -> None:
    # A key file written before the salt was recorded: the key simply does not fit.
    document = json.loads(key_file_path(other_database).read_bytes())
    del document["database_salt"]
    key_file_path(closed_db).write_text(json.dumps(document))
    with pytest.raises(DatabaseDamaged):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)


def test_database_id_that_does_not_match_the_key_file(workspace_path: Path) -> None:
    opened = database.unlock(workspace_path, ADMIN, ADMIN_PASSPHRASE)
    with opened.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE database_info SET database_id = 'someone-else'")
    opened.close()
    with pytest.raises(KeyFileMissing):
        access.unlock(workspace_path, ADMIN, ADMIN_PASSPHRASE)


def test_database_without_schema_revision_is_damaged(workspace_path: Path) -> None:
    opened = database.unlock(workspace_path, ADMIN, ADMIN_PASSPHRASE)
    with opened.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE alembic_version")
    opened.close()
    with pytest.raises(DatabaseDamaged):
        access.unlock(workspace_path, ADMIN, ADMIN_PASSPHRASE)


def test_database_without_its_own_facts_is_damaged(workspace_path: Path) -> None:
    opened = database.unlock(workspace_path, ADMIN, ADMIN_PASSPHRASE)
    with opened.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE database_info")
    opened.close()
    with pytest.raises(DatabaseDamaged):
        access.unlock(workspace_path, ADMIN, ADMIN_PASSPHRASE)


@pytest.fixture
def workspace_path(closed_db: Path) -> Path:
    return closed_db


def test_not_a_database_at_all(tmp_path: Path, closed_db: Path) -> None:
    impostor = tmp_path / "notes.caseflow"
    impostor.write_bytes(b"SQLite format 3\x00" + bytes(PAGE_SIZE * 2 - 16))
    key_file_path(impostor).write_bytes(key_file_path(closed_db).read_bytes())
    with pytest.raises(DatabaseDamaged):
        access.unlock(impostor, ADMIN, ADMIN_PASSPHRASE)


# --- copies and half-made databases ---------------------------------------------


def test_a_complete_copy_is_the_database_and_its_key_file(
    big_database: BigDatabase, tmp_path: Path
) -> None:
    # What README.md promises: these two files, under any new name, are the database.
    copy = tmp_path / "elsewhere" / "restored.caseflow"
    copy.parent.mkdir()
    copy.write_bytes(big_database.path.read_bytes())
    key_file_path(copy).write_bytes(key_file_path(big_database.path).read_bytes())
    big_database.path.unlink()
    workspace = access.unlock(copy, ADMIN, ADMIN_PASSPHRASE)
    try:
        listed = drafts.list_drafts(workspace)
        assert {d.editor_key: d.content for d in listed} == big_database.contents
    finally:
        workspace.lock()


def test_a_failed_creation_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "unit.caseflow"

    def fail(_: object) -> None:
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        database.create(path, ADMIN, ADMIN_PASSPHRASE, fail, FAST_TEST_KDF)
    assert list(tmp_path.iterdir()) == []


# --- what a user of the command line sees --------------------------------------


def _damage_header(path: Path) -> None:
    flip_byte(path, 100)


def _damage_middle(path: Path) -> None:
    flip_byte(path, path.stat().st_size // 2 + 1234)


@pytest.mark.parametrize(
    ("damage", "message"),
    [(_damage_header, DAMAGED_TEXT), (_damage_middle, DAMAGED_TEXT)],
    ids=["header", "middle-page"],
)
def test_cli_info_on_a_damaged_database(
    big_database: BigDatabase, damage: Callable[[Path], None], message: str
) -> None:
    damage(big_database.path)
    result = run_cli(
        "info", big_database.path, "--user", ADMIN, env={"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}
    )
    assert result.returncode == 4, result.stderr
    assert message in result.stderr
    assert "integrity: ok" not in result.stdout
    assert_clean_stderr(result.stderr)
