"""User accounts: an administrator creates, deactivates and reactivates them.

A new (or reactivated) account gets a one-time passphrase in its own key
slot, shown once to the administrator, and must choose its own at first
unlock. Deactivating removes the key slot at once, so the account cannot
unlock even if the passphrase is known; the user row stays for the records
and the audit log it is named in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseflow.domain.accounts import Role, normalise_username
from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import InvalidInput
from caseflow.domain.passphrase import one_time_passphrase
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit
from caseflow.services.access import DEFAULT_KDF, KdfParams, check_display_name
from caseflow.services.validation import FieldError, NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    must_change_passphrase: bool
    has_key_slot: bool


@dataclass(frozen=True)
class NewAccount:
    account: Account
    one_time_passphrase: str


def list_accounts(workspace: Workspace) -> list[Account]:
    workspace.require_role(Role.ADMINISTRATOR)
    slots = set(workspace.local_database.key_file.users())
    with workspace.transaction() as session:
        return [
            Account(
                u.id,
                u.username,
                u.display_name,
                Role(u.role),
                u.is_active,
                u.must_change_passphrase,
                u.username in slots,
            )
            for u in session.scalars(select(User).order_by(User.display_name, User.id))
        ]


def _account(user: User, has_slot: bool) -> Account:
    return Account(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.is_active,
        user.must_change_passphrase,
        has_slot,
    )


def create_account(
    workspace: Workspace,
    username: str,
    display_name: str,
    role: Role,
    kdf: KdfParams = DEFAULT_KDF,
) -> NewAccount:
    """Create an account with a one-time passphrase that must be changed at first unlock."""
    workspace.require_role(Role.ADMINISTRATOR)
    try:
        name = normalise_username(username)
    except InvalidInput as error:
        raise FieldError("username", error.text) from None
    shown = check_display_name(display_name)
    passphrase = one_time_passphrase()
    with workspace.transaction() as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise FieldError(
                "username", QT_TRANSLATE_NOOP("Errors", "That user name is already taken.")
            )
        user = User(
            username=name,
            display_name=shown,
            role=role.value,
            is_active=True,
            must_change_passphrase=True,
        )
        session.add(user)
        session.flush()
        # The slot is written inside the transaction: if it fails, the row goes too.
        workspace.local_database.set_user_passphrase(name, passphrase, kdf)
        audit.log(
            session,
            workspace.user,
            AuditAction.ACCOUNT_CHANGED,
            record_type="user",
            record_id=user.id,
            detail=f"created {name} as {role.value}",
        )
        return NewAccount(_account(user, True), passphrase)


def deactivate_account(workspace: Workspace, user_id: int) -> None:
    """Stop an account from unlocking: its key slot is removed now."""
    workspace.require_role(Role.ADMINISTRATOR)
    if user_id == workspace.user.id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account."))
    with workspace.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound()
        if user.role == Role.ADMINISTRATOR.value and user.is_active:
            others = session.scalar(
                select(User.id).where(
                    User.role == Role.ADMINISTRATOR.value,
                    User.is_active.is_(True),
                    User.id != user_id,
                )
            )
            if others is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The last active administrator cannot be deactivated."
                    )
                )
        user.is_active = False
        audit.log(
            session,
            workspace.user,
            AuditAction.ACCOUNT_CHANGED,
            record_type="user",
            record_id=user.id,
            detail=f"deactivated {user.username}",
        )
        session.flush()
        workspace.local_database.remove_user_slot(user.username)


def reactivate_account(
    workspace: Workspace, user_id: int, kdf: KdfParams = DEFAULT_KDF
) -> NewAccount:
    """Let a deactivated account unlock again, with a new one-time passphrase."""
    workspace.require_role(Role.ADMINISTRATOR)
    passphrase = one_time_passphrase()
    with workspace.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound()
        user.is_active = True
        user.must_change_passphrase = True
        audit.log(
            session,
            workspace.user,
            AuditAction.ACCOUNT_CHANGED,
            record_type="user",
            record_id=user.id,
            detail=f"reactivated {user.username}",
        )
        session.flush()
        workspace.local_database.set_user_passphrase(user.username, passphrase, kdf)
        return NewAccount(_account(user, True), passphrase)


def reset_passphrase(
    workspace: Workspace, user_id: int, kdf: KdfParams = DEFAULT_KDF
) -> NewAccount:
    """A new one-time passphrase for a user who forgot theirs (the old one stops working)."""
    workspace.require_role(Role.ADMINISTRATOR)
    passphrase = one_time_passphrase()
    with workspace.transaction() as session:
        user = session.get(User, user_id)
        if user is None or not user.is_active:
            raise NotFound()
        user.must_change_passphrase = True
        audit.log(
            session,
            workspace.user,
            AuditAction.ACCOUNT_CHANGED,
            record_type="user",
            record_id=user.id,
            detail=f"passphrase reset for {user.username}",
        )
        session.flush()
        workspace.local_database.set_user_passphrase(user.username, passphrase, kdf)
        return NewAccount(_account(user, True), passphrase)
