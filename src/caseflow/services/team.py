"""Team mode administration: prepare a server database, manage its users, check it, move a
local database onto it. What IT runs (``caseflow server …``, ``caseflow migrate-to-server``).

Every action logs in as an administrator of the server over verified TLS
with that administrator's own password, which is used for the connection
and not kept. New users' passwords follow the same rules as passphrases
and reach the server only as SCRAM verifiers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role, normalise_username
from caseflow.domain.errors import PermissionDenied
from caseflow.domain.passphrase import check_new_passphrase
from caseflow.services import audit
from caseflow.services.workspace import Workspace
from caseflow.storage import server_check, server_copy, server_setup
from caseflow.storage.models import User
from caseflow.storage.server import (
    ServerProfile,
    admin_connection,
    create_server_engine,
    load_profile,
)

__all__ = ["Administrator", "ServerProfile", "load_profile"]


@dataclass(frozen=True)
class Administrator:
    """Who sets up the server: a login with CREATEROLE that owns the database, or a superuser."""

    profile: ServerProfile
    user: str
    password: str


def initialise(
    admin: Administrator,
    first_admin: str,
    display_name: str,
    password: str,
    confirmation: str,
) -> None:
    """Prepare the empty database of ``admin.profile`` and create Caseflow's first administrator."""
    name = normalise_username(first_admin)
    check_new_passphrase(password, confirmation)
    database = admin.profile.database
    server_setup.prepare(
        lambda: admin_connection(admin.profile, admin.user, admin.password), database
    )
    with admin_connection(admin.profile, admin.user, admin.password) as connection:
        server_setup.add_user_row(connection, name, display_name or name, Role.ADMINISTRATOR)
        server_setup.create_login(connection, database, name, Role.ADMINISTRATOR, password)


def add_user(
    admin: Administrator,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    confirmation: str,
) -> None:
    name = normalise_username(username)
    check_new_passphrase(password, confirmation)
    with admin_connection(admin.profile, admin.user, admin.password) as connection:
        server_setup.add_user_row(connection, name, display_name or name, role)
        server_setup.create_login(connection, admin.profile.database, name, role, password)


def deactivate_user(admin: Administrator, username: str) -> None:
    with admin_connection(admin.profile, admin.user, admin.password) as connection:
        server_setup.deactivate(connection, username)


def set_password(admin: Administrator, username: str, password: str, confirmation: str) -> None:
    check_new_passphrase(password, confirmation)
    with admin_connection(admin.profile, admin.user, admin.password) as connection:
        server_setup.set_password(connection, username, password)


def check(admin: Administrator) -> list[str]:
    """What is wrong with the server and its database, in the user's language; empty if nothing."""
    with admin_connection(admin.profile, admin.user, admin.password) as connection:
        return [
            finding.render() for finding in server_check.check(connection, admin.profile.database)
        ]


def move_to_server(workspace: Workspace, admin: Administrator) -> server_copy.CopyReport:
    """Prepare the empty server database and copy the open local database into it.

    Every active user gets a login in their role's group, without a password:
    ``set_password`` lets each of them in (the local passphrases stay local).
    """
    database = admin.profile.database
    server_setup.prepare(_connect(admin), database)
    engine = server_setup.owner_engine(_connect(admin), database)
    try:
        report = server_copy.copy_into(workspace.database.engine, engine)
    finally:
        engine.dispose()
    with admin_connection(admin.profile, admin.user, admin.password) as connection:
        for name, role in server_setup.users(connection):
            server_setup.create_login(connection, database, name, role, None)
    return report


def _connect(admin: Administrator) -> server_setup.AdminConnect:
    return lambda: admin_connection(admin.profile, admin.user, admin.password)


def verify_audit(profile: ServerProfile, user: str, password: str) -> audit.VerifyResult:
    """``audit.verify`` on a server, signed in as ``user`` (a manager or an administrator:
    the server shows anyone else only their own entries, not a chain)."""
    engine = create_server_engine(profile, normalise_username(user), password)
    try:
        with Session(engine) as session:
            role = session.scalar(select(User.role).where(User.username == func.session_user()))
            if role not in {reader.value for reader in audit.READERS}:
                raise PermissionDenied()
            return audit.verify_session(session)
    finally:
        engine.dispose()
