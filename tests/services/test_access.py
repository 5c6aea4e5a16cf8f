"""Getting in: create, unlock, change passphrase, recover, and who may change settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.errors import (
    DatabaseExists,
    DatabaseNotFound,
    InvalidInput,
    PermissionDenied,
    StorageUnavailable,
    WorkspaceLocked,
    WrongCredentials,
)
from caseflow.services import access, settings
from caseflow.services.workspace import Workspace
from caseflow.storage.kdf import FAST_TEST_KDF
from caseflow.storage.models import User
from tests.storage.helpers import ADMIN, ADMIN_PASSPHRASE, OTHER_PASSPHRASE, add_user

NEW_PASSPHRASE = "Tre-kloka-ugglor-sover-i-eken-8"
RECOVERY_KEY = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$")


def _create(path: Path, **changes: str) -> access.NewDatabase:
    arguments = {
        "username": ADMIN,
        "display_name": "Alva Administratör",
        "passphrase": ADMIN_PASSPHRASE,
        "confirmation": ADMIN_PASSPHRASE,
    }
    arguments.update(changes)
    return access.create_database(path, kdf=FAST_TEST_KDF, **arguments)


# --- creating -------------------------------------------------------------------


def test_created_database_opens_as_its_administrator(created: access.NewDatabase) -> None:
    user = created.workspace.user
    assert (user.username, user.display_name, user.role) == (
        ADMIN,
        "Alva Administratör",
        Role.ADMINISTRATOR,
    )
    assert not user.must_change_passphrase
    assert RECOVERY_KEY.match(created.recovery_key)
    assert created.workspace.is_open


def test_user_name_is_normalised_at_creation(db_path: Path) -> None:
    created = _create(db_path, username="  Alva.B  ", display_name="  Alva B  ")
    assert created.workspace.user.username == "alva.b"
    assert created.workspace.user.display_name == "Alva B"
    created.workspace.lock()
    access.unlock(db_path, "ALVA.B", ADMIN_PASSPHRASE).lock()


@pytest.mark.parametrize(
    "changes",
    [
        {"username": "å"},
        {"username": "has space"},
        {"display_name": "   "},
        {"display_name": "x" * 201},
        {"passphrase": "kort", "confirmation": "kort"},
        {"passphrase": "aaaaaaaaaaaaaaaa", "confirmation": "aaaaaaaaaaaaaaaa"},
        {"confirmation": ADMIN_PASSPHRASE + "!"},
    ],
)
def test_invalid_creation_input_leaves_no_file(tmp_path: Path, changes: dict[str, str]) -> None:
    with pytest.raises(InvalidInput):
        _create(tmp_path / "unit.caseflow", **changes)
    assert list(tmp_path.iterdir()) == []


def test_creating_over_an_existing_database_is_refused(closed_db: Path) -> None:
    before = closed_db.read_bytes()
    with pytest.raises(DatabaseExists):
        _create(closed_db)
    assert closed_db.read_bytes() == before


def test_creating_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable):
        _create(tmp_path / "no" / "such" / "unit.caseflow")
    assert list(tmp_path.iterdir()) == []


# --- unlocking ------------------------------------------------------------------


def test_unlock(closed_db: Path) -> None:
    workspace = access.unlock(closed_db, f" {ADMIN.upper()} ", ADMIN_PASSPHRASE)
    try:
        assert workspace.user.username == ADMIN
        assert workspace.user.role is Role.ADMINISTRATOR
    finally:
        workspace.lock()


def test_unlock_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFound):
        access.unlock(tmp_path / "nothing.caseflow", ADMIN, ADMIN_PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("user", "passphrase"),
    [(ADMIN, OTHER_PASSPHRASE), ("bo", ADMIN_PASSPHRASE), ("!!", ADMIN_PASSPHRASE)],
)
def test_unlock_with_wrong_credentials(closed_db: Path, user: str, passphrase: str) -> None:
    with pytest.raises(WrongCredentials):
        access.unlock(closed_db, user, passphrase)


def test_inactive_user_cannot_unlock(workspace: Workspace, db_path: Path) -> None:
    add_user(workspace, "bo", active=False)
    workspace.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(db_path, "bo", OTHER_PASSPHRASE)


def test_deactivated_user_cannot_unlock(workspace: Workspace, db_path: Path) -> None:
    add_user(workspace, "bo")
    with workspace.transaction() as session:
        bo = session.scalars(select(User).where(User.username == "bo")).one()
        bo.is_active = False
    workspace.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(db_path, "bo", OTHER_PASSPHRASE)
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()


def test_a_slot_without_an_account_is_no_access(workspace: Workspace, db_path: Path) -> None:
    workspace.database.set_user_passphrase("ghost", OTHER_PASSPHRASE, FAST_TEST_KDF)
    workspace.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(db_path, "ghost", OTHER_PASSPHRASE)


def test_locked_workspace_refuses_work(workspace: Workspace) -> None:
    workspace.lock()
    assert not workspace.is_open
    with pytest.raises(WorkspaceLocked):
        settings.auto_lock_minutes(workspace)


# --- changing a passphrase ----------------------------------------------------------


def test_change_passphrase(workspace: Workspace, db_path: Path) -> None:
    with workspace.transaction() as session:
        admin = session.scalars(select(User).where(User.username == ADMIN)).one()
        admin.must_change_passphrase = True
    access.change_passphrase(
        workspace, ADMIN_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, FAST_TEST_KDF
    )
    workspace.lock()

    with pytest.raises(WrongCredentials):
        access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    again = access.unlock(db_path, ADMIN, NEW_PASSPHRASE)
    assert not again.user.must_change_passphrase
    again.lock()


@pytest.mark.parametrize(
    ("current", "new", "confirmation", "error"),
    [
        (OTHER_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, WrongCredentials),
        (ADMIN_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x", InvalidInput),
        (ADMIN_PASSPHRASE, "short", "short", InvalidInput),
        (ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, InvalidInput),
    ],
)
def test_refused_passphrase_change_keeps_the_old_one(
    workspace: Workspace,
    db_path: Path,
    current: str,
    new: str,
    confirmation: str,
    error: type[Exception],
) -> None:
    keys_before = workspace.database.key_file
    with pytest.raises(error):
        access.change_passphrase(workspace, current, new, confirmation, FAST_TEST_KDF)
    assert workspace.database.key_file == keys_before
    workspace.lock()
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()


def test_a_user_changes_only_their_own_passphrase(workspace: Workspace, db_path: Path) -> None:
    add_user(workspace, "bo")
    workspace.lock()
    bo = access.unlock(db_path, "bo", OTHER_PASSPHRASE)
    access.change_passphrase(bo, OTHER_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, FAST_TEST_KDF)
    bo.lock()
    access.unlock(db_path, "bo", NEW_PASSPHRASE).lock()
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()


# --- recovery -----------------------------------------------------------------


def test_recover_access(created: access.NewDatabase, db_path: Path) -> None:
    created.workspace.lock()
    # Typed from a printout: lower case, spaces, O for 0 and I for 1 are all accepted.
    typed = created.recovery_key.lower().replace("-", " ").replace("0", "o").replace("1", "i")
    workspace = access.recover_access(
        db_path, typed, ADMIN, NEW_PASSPHRASE, NEW_PASSPHRASE, FAST_TEST_KDF
    )
    assert workspace.user.username == ADMIN
    workspace.lock()
    access.unlock(db_path, ADMIN, NEW_PASSPHRASE).lock()


def test_recover_access_for_another_user(workspace: Workspace, db_path: Path) -> None:
    recovery_key = access.renew_recovery_key(workspace, FAST_TEST_KDF)
    add_user(workspace, "bo")
    workspace.lock()
    bo = access.recover_access(
        db_path, recovery_key, "bo", NEW_PASSPHRASE, NEW_PASSPHRASE, FAST_TEST_KDF
    )
    assert bo.user.username == "bo"
    bo.lock()
    access.unlock(db_path, "bo", NEW_PASSPHRASE).lock()
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()


@pytest.mark.parametrize(
    ("recovery_key", "user", "error"),
    [
        ("ABCDE-" * 7 + "ABCDE", ADMIN, WrongCredentials),
        ("not a key", ADMIN, InvalidInput),
        (None, "nobody", InvalidInput),
    ],
)
def test_refused_recovery(
    created: access.NewDatabase,
    db_path: Path,
    recovery_key: str | None,
    user: str,
    error: type[Exception],
) -> None:
    created.workspace.lock()
    with pytest.raises(error):
        access.recover_access(
            db_path,
            recovery_key or created.recovery_key,
            user,
            NEW_PASSPHRASE,
            NEW_PASSPHRASE,
            FAST_TEST_KDF,
        )
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()  # unchanged and not left locked


def test_recovery_refuses_an_inactive_user(created: access.NewDatabase, db_path: Path) -> None:
    add_user(created.workspace, "bo", active=False)
    created.workspace.lock()
    with pytest.raises(InvalidInput):
        access.recover_access(
            db_path, created.recovery_key, "bo", NEW_PASSPHRASE, NEW_PASSPHRASE, FAST_TEST_KDF
        )


def test_recovery_refuses_a_weak_passphrase_before_opening(
    created: access.NewDatabase, db_path: Path
) -> None:
    created.workspace.lock()
    with pytest.raises(InvalidInput):
        access.recover_access(db_path, created.recovery_key, ADMIN, "short", "short")


# --- roles ----------------------------------------------------------------------


@pytest.fixture
def social_worker(workspace: Workspace, db_path: Path) -> Workspace:
    """The database opened by a social worker instead of the administrator."""
    add_user(workspace, "bo", role=Role.SOCIAL_WORKER)
    workspace.lock()
    other = access.unlock(db_path, "bo", OTHER_PASSPHRASE)
    assert other.user.role is Role.SOCIAL_WORKER
    return other


def test_only_an_administrator_renews_the_recovery_key(social_worker: Workspace) -> None:
    keys_before = social_worker.database.key_file
    try:
        with pytest.raises(PermissionDenied):
            access.renew_recovery_key(social_worker, FAST_TEST_KDF)
        assert social_worker.database.key_file == keys_before
    finally:
        social_worker.lock()


# --- the auto-lock setting --------------------------------------------------------


def test_auto_lock_defaults_and_persists(workspace: Workspace, db_path: Path) -> None:
    assert settings.auto_lock_minutes(workspace) == settings.DEFAULT_AUTO_LOCK_MINUTES
    settings.set_auto_lock_minutes(workspace, 30)
    settings.set_auto_lock_minutes(workspace, 45)
    workspace.lock()
    again = access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert settings.auto_lock_minutes(again) == 45
    finally:
        again.lock()


@pytest.mark.parametrize("minutes", [1, 120])
def test_auto_lock_accepts_its_bounds(workspace: Workspace, minutes: int) -> None:
    settings.set_auto_lock_minutes(workspace, minutes)
    assert settings.auto_lock_minutes(workspace) == minutes


@pytest.mark.parametrize("minutes", [0, -5, 121, 10_000])
def test_auto_lock_refuses_values_out_of_range(workspace: Workspace, minutes: int) -> None:
    settings.set_auto_lock_minutes(workspace, 20)
    with pytest.raises(InvalidInput) as refused:
        settings.set_auto_lock_minutes(workspace, minutes)
    assert "between 1 and 120" in str(refused.value)
    assert settings.auto_lock_minutes(workspace) == 20


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.MANAGER, Role.FIELD_ASSISTANT])
def test_only_an_administrator_sets_auto_lock(
    workspace: Workspace, db_path: Path, role: Role
) -> None:
    settings.set_auto_lock_minutes(workspace, 20)
    add_user(workspace, "bo", role=role)
    workspace.lock()
    other = access.unlock(db_path, "bo", OTHER_PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            settings.set_auto_lock_minutes(other, 60)
        assert settings.auto_lock_minutes(other) == 20  # reading is for everyone
    finally:
        other.lock()


def test_a_wrong_recovery_key_is_named_as_such(closed_db):
    from caseflow.domain.errors import WrongRecoveryKey

    wrong = "ABCDE-12345-FGHJK-67890-MNPQR-STVWX-YZ012-34567"
    with pytest.raises(WrongRecoveryKey, match="recovery key is wrong"):
        access.recover_access(
            closed_db, wrong, "admin", "Ny-lång-lösenfras-123", "Ny-lång-lösenfras-123"
        )
