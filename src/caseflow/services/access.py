"""Create a database, unlock it, change passphrases, recover access.

These are the only ways into a database; the GUI and the CLI share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role, normalise_username
from caseflow.domain.errors import InvalidInput, TooManyAttempts, WrongCredentials
from caseflow.domain.passphrase import check_new_passphrase
from caseflow.domain.recovery_key import normalise_recovery_key
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services.workspace import CurrentUser, Database, Workspace
from caseflow.storage import database, throttle

# Re-exported: front ends choose key-derivation cost (tests use the fast one).
from caseflow.storage.kdf import DEFAULT_KDF as DEFAULT_KDF
from caseflow.storage.kdf import FAST_TEST_KDF as FAST_TEST_KDF
from caseflow.storage.kdf import KdfParams as KdfParams
from caseflow.storage.models import User
from caseflow.storage.server import ServerProfile, create_server_engine, load_profile
from caseflow.storage.server_database import ServerDatabase


@dataclass(frozen=True)
class NewDatabase:
    workspace: Workspace
    recovery_key: str


def check_display_name(display_name: str) -> str:
    name = display_name.strip()
    if not name or len(name) > 200:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Write the person's name (at most 200 characters).")
        )
    return name


def create_database(
    path: Path,
    username: str,
    display_name: str,
    passphrase: str,
    confirmation: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> NewDatabase:
    """Create an encrypted database whose first user is an administrator.

    Returns the open workspace and the recovery key, which is shown once and
    never stored in readable form.
    """
    username = normalise_username(username)
    name = check_display_name(display_name)
    check_new_passphrase(passphrase, confirmation)

    def add_administrator(session: Session) -> None:
        session.add(User(username=username, display_name=name, role=Role.ADMINISTRATOR.value))

    created = database.create(path, username, passphrase, add_administrator, kdf)
    return NewDatabase(_workspace_for(created.database, username), created.recovery_key)


def unlock(path: Path, username: str, passphrase: str) -> Workspace:
    """Open the database as ``username``. Wrong credentials change no file."""
    try:
        username = normalise_username(username)
    except InvalidInput:
        raise WrongCredentials() from None
    wait = throttle.seconds_to_wait(path, username)
    if wait > 0:
        raise TooManyAttempts(wait)
    try:
        opened = database.unlock(path, username, passphrase)
        workspace = _workspace_for(opened, username)
    except WrongCredentials:
        throttle.record_failure(path, username)
        raise
    failed = throttle.failures_of(path, username)
    throttle.reset(path, username)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    workspace.pending_login = f"at {when}" + (
        f"; {failed} failed attempts before" if failed else ""
    )
    return workspace


def sign_in_with_profile(profile_file: Path, username: str, password: str) -> Workspace:
    """``sign_in`` to the server a profile file names (IT hands it out; it holds no secret)."""
    return sign_in(load_profile(profile_file), username, password, origin=profile_file)


def sign_in(
    profile: ServerProfile, username: str, password: str, origin: Path | None = None
) -> Workspace:
    """Sign in to a team's server database as ``username``, their own login role.

    The server checks the password (SCRAM over verified TLS) and decides
    every row the user reaches; the workspace works as on a local file.
    """
    try:
        username = normalise_username(username)
    except InvalidInput:
        raise WrongCredentials() from None
    opened = ServerDatabase(profile, create_server_engine(profile, username, password), origin)
    workspace = _workspace_for(opened, username)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    workspace.pending_login = f"at {when}"
    return workspace


def _workspace_for(opened: Database, username: str) -> Workspace:
    try:
        with opened.transaction() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None or not user.is_active:
                # A slot without an active account: treat it as no access at all.
                raise WrongCredentials()
            current = CurrentUser(
                id=user.id,
                username=user.username,
                display_name=user.display_name,
                role=Role(user.role),
                must_change_passphrase=user.must_change_passphrase,
            )
    except BaseException:
        opened.close()
        raise
    return Workspace(opened, current)


def change_passphrase(
    workspace: Workspace,
    current_passphrase: str,
    new_passphrase: str,
    confirmation: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> None:
    """Rewrap the user's own key slot. The database is not re-encrypted."""
    key_file = workspace.local_database.key_file
    key_file.unlock_user(workspace.user.username, current_passphrase)
    check_new_passphrase(new_passphrase, confirmation)
    if new_passphrase == current_passphrase:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The new passphrase must differ from the current one.")
        )
    workspace.local_database.set_user_passphrase(workspace.user.username, new_passphrase, kdf)
    _clear_must_change(workspace, workspace.user.id)


def _clear_must_change(workspace: Workspace, user_id: int) -> None:
    with workspace.transaction() as session:
        user = session.get(User, user_id)
        if user is not None:
            user.must_change_passphrase = False


def recover_access(
    path: Path,
    recovery_key: str,
    username: str,
    new_passphrase: str,
    confirmation: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> Workspace:
    """Unlock with the recovery key and give ``username`` a new passphrase."""
    username = normalise_username(username)
    check_new_passphrase(new_passphrase, confirmation)
    opened = database.unlock_with_recovery_key(path, normalise_recovery_key(recovery_key))
    try:
        with opened.transaction() as session:
            exists = session.scalar(
                select(User.id).where(User.username == username, User.is_active.is_(True))
            )
        if exists is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no active user with that user name.")
            )
        opened.set_user_passphrase(username, new_passphrase, kdf)
    except BaseException:
        opened.close()
        raise
    workspace = _workspace_for(opened, username)
    _clear_must_change(workspace, workspace.user.id)
    return workspace


def renew_recovery_key(workspace: Workspace, kdf: KdfParams = DEFAULT_KDF) -> str:
    """Replace the recovery key; the old one stops working. Administrators only."""
    workspace.require_role(Role.ADMINISTRATOR)
    return workspace.local_database.renew_recovery_key(kdf)
