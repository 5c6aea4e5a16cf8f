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

from caseflow.domain.accounts import Role  # noqa: E402
from caseflow.domain.text import reset_translator  # noqa: E402
from caseflow.services import access  # noqa: E402
from caseflow.services.workspace import Workspace  # noqa: E402
from caseflow.storage.kdf import FAST_TEST_KDF  # noqa: E402
from caseflow.storage.server import ServerProfile  # noqa: E402
from tests.helpers import ADMIN_PASSPHRASE  # noqa: E402

ADMIN = "admin"


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


def _team() -> list[tuple[str, str, Role]]:
    """The unit every ``users`` database holds besides its administrator, on either engine."""
    return [
        ("sara", "Sara Lind", Role.SOCIAL_WORKER),
        ("olle", "Olle Berg", Role.SOCIAL_WORKER),
        ("fia", "Fia Fält", Role.FIELD_ASSISTANT),
        ("chef", "Carl Chef", Role.MANAGER),
    ]


@pytest.fixture
def users(created: access.NewDatabase, db_path: Path) -> Path:
    """A database with social workers (sara, olle), a field assistant (fia) and a manager (chef)."""
    from tests.helpers import add_user

    workspace = created.workspace
    for username, name, role in _team():
        add_user(workspace, username, name, role)
    workspace.lock()
    return db_path


ENGINES = ("file", "server")


@pytest.fixture(scope="session")
def team_server() -> Iterator[object]:
    """This process's throwaway PostgreSQL server, with a template holding the test users."""
    from tests.helpers import PASSPHRASE
    from tests.team_server import TeamServer

    server = TeamServer.start(
        [
            (ADMIN, "Alva Administratör", Role.ADMINISTRATOR, ADMIN_PASSPHRASE),
            *((name, display, role, PASSPHRASE) for name, display, role in _team()),
        ]
    )
    yield server
    server.stop()


@pytest.fixture(params=ENGINES)
def team_database(request: pytest.FixtureRequest) -> Iterator[Path | ServerProfile]:
    """The ``users`` database on each engine: the encrypted file, then a server database.

    Either way it holds the administrator, sara, fia and chef, nobody signed
    in; ``tests.helpers.login`` signs in to either. A test about the file
    alone says so with ``@pytest.mark.file_only``.
    """
    if request.param == "file":
        yield request.getfixturevalue("users")
        return
    from tests.team_server import TeamServer

    server: TeamServer = request.getfixturevalue("team_server")
    profile = server.new_database()
    try:
        yield profile
    finally:
        server.drop_database(profile)


@pytest.fixture
def social_worker(team_database: Path | ServerProfile) -> Iterator[Workspace]:
    """Logged in as the social worker; one user per process at a time, as on a real PC."""
    from tests.helpers import login

    workspace = login(team_database, "sara")
    yield workspace
    workspace.lock()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``file_only`` run on the file alone (they test what only a file has)."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("team_database") == "server"
        (dropped if on_server and item.get_closest_marker("file_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def closed_db(created: access.NewDatabase, db_path: Path) -> Path:
    """A database on disk, created and locked again: ready to be unlocked."""
    created.workspace.lock()
    return db_path
