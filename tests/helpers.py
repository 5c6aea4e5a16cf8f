"""Helpers shared by tests: test-range personnummer, users in each role."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseflow.domain.accounts import Role
from caseflow.domain.personnummer import Personnummer
from caseflow.services import access
from caseflow.services.access import FAST_TEST_KDF
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User

PASSPHRASE = "Socialt-arbete-är-viktigt-7"


def pnr_in_test_range(born: date, serial: int = 980) -> str:
    """A personnummer in Skatteverket's test range (980-999): never a real person's."""
    return Personnummer.from_parts(born, serial).digits12()


def add_user(workspace: Workspace, username: str, name: str, role: Role) -> None:
    with workspace.transaction() as session:
        session.add(User(username=username, display_name=name, role=role.value))
    workspace.database.set_user_passphrase(username, PASSPHRASE, FAST_TEST_KDF)


def login(path: Path, username: str) -> Workspace:
    return access.unlock(path, username, PASSPHRASE)
