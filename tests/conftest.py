"""Shared fixtures: an isolated home, a real encrypted database on disk, users."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt or Caseflow read them: settings, logs and temp files of the test
# run go to one throwaway folder, never to the developer's own.
_ISOLATED = Path(tempfile.mkdtemp(prefix="caseflow-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_ISOLATED / _name.lower())
# A real central settings file (/etc/caseflow/caseflow.toml) must not reach the tests.
os.environ["CASEFLOW_CENTRAL_CONFIG"] = str(_ISOLATED / "central.toml")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEFLOW_LANG"] = "en"

import pytest  # noqa: E402

from caseflow.domain.text import reset_translator  # noqa: E402
from caseflow.services import access  # noqa: E402
from caseflow.services.workspace import Workspace  # noqa: E402
from caseflow.storage.kdf import FAST_TEST_KDF  # noqa: E402

ADMIN = "admin"
ADMIN_PASSPHRASE = "Rätt-häst-batteri-häftklammer-42"


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Tests read messages in English unless they install Swedish themselves."""
    reset_translator()
    yield
    reset_translator()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "unit.caseflow"


@pytest.fixture
def created(db_path: Path) -> Iterator[access.NewDatabase]:
    """A fresh encrypted database with one administrator, still unlocked."""
    new = access.create_database(
        db_path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, FAST_TEST_KDF
    )
    yield new
    new.workspace.lock()


@pytest.fixture
def workspace(created: access.NewDatabase) -> Workspace:
    return created.workspace


@pytest.fixture
def users(created: access.NewDatabase, db_path: Path) -> Path:
    """A database with a social worker (sara), a field assistant (fia) and a manager (chef)."""
    from caseflow.domain.accounts import Role
    from tests.helpers import add_user

    workspace = created.workspace
    add_user(workspace, "sara", "Sara Lind", Role.SOCIAL_WORKER)
    add_user(workspace, "fia", "Fia Fält", Role.FIELD_ASSISTANT)
    add_user(workspace, "chef", "Carl Chef", Role.MANAGER)
    workspace.lock()
    return db_path


@pytest.fixture
def social_worker(users: Path) -> Iterator[Workspace]:
    """Logged in as the social worker; one user per process at a time, as on a real PC."""
    from tests.helpers import login

    workspace = login(users, "sara")
    yield workspace
    workspace.lock()


@pytest.fixture
def closed_db(created: access.NewDatabase, db_path: Path) -> Path:
    """A database on disk, created and locked again: ready to be unlocked."""
    created.workspace.lock()
    return db_path
