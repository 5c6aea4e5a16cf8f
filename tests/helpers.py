"""Helpers shared by tests: test-range personnummer, users in each role."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from caseflow.domain.accounts import Role
from caseflow.domain.personnummer import Personnummer
from caseflow.services import access
from caseflow.services.access import FAST_TEST_KDF
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Setting, User
from caseflow.storage.server import ServerProfile
from caseflow.storage.server_database import ServerDatabase

PASSPHRASE = "Socialt-arbete-är-viktigt-7"
ADMIN_PASSPHRASE = "Rätt-häst-batteri-häftklammer-42"  # the administrator's, as in conftest


def pnr_in_test_range(born: date, serial: int = 980) -> str:
    """A personnummer in Skatteverket's test range (980-999): never a real person's."""
    return Personnummer.from_parts(born, serial).digits12()


def add_user(workspace: Workspace, username: str, name: str, role: Role) -> None:
    with workspace.transaction() as session:
        session.add(User(username=username, display_name=name, role=role.value))
    workspace.database.set_user_passphrase(username, PASSPHRASE, FAST_TEST_KDF)


def put_settings(workspace: Workspace, values: dict[str, object]) -> None:
    """Write the unit's settings as its administrator does: a server lets nobody else."""
    database = workspace.database
    writer = (
        access.sign_in(database.profile, "admin", ADMIN_PASSPHRASE)
        if isinstance(database, ServerDatabase)
        else workspace
    )
    try:
        with writer.transaction() as session:
            for key, value in values.items():
                session.add(Setting(key=key, value=json.dumps(value)))
    finally:
        if writer is not workspace:
            writer.lock()


def login(database: Path | ServerProfile, username: str) -> Workspace:
    """Sign in to a test database on either engine (``team_database``)."""
    password = ADMIN_PASSPHRASE if username == "admin" else PASSPHRASE
    if isinstance(database, ServerProfile):
        return access.sign_in(database, username, password)
    return access.unlock(database, username, password)
