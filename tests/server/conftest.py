"""A throwaway PostgreSQL server for the whole run, and a fresh database per test.

The server comes from Debian's packages (``tools/pg_sandbox.py``); CI
installs them (``scripts/bootstrap.sh``). A missing server fails these
tests rather than skipping them: team mode must not go untested unnoticed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import Engine, create_engine

from caseflow.services import access, demo, team
from caseflow.storage import migrate, server_setup
from caseflow.storage.server import ServerProfile
from tools import pg_sandbox

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[pg_sandbox.Sandbox]:
    # Under the system's temp folder: pytest's own is private to root when CI
    # runs as root, and the cluster belongs to the postgres user then.
    running = pg_sandbox.start()
    try:
        yield running
    finally:
        running.stop()


@dataclass(frozen=True)
class ServerDatabase:
    sandbox: pg_sandbox.Sandbox
    name: str

    def superuser(self) -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection to this database, through the private socket."""
        return psycopg.connect(self.sandbox.superuser_conninfo(self.name), autocommit=True)

    def superuser_engine(self) -> Engine:
        """The same as a SQLAlchemy engine (dispose of it after use)."""
        return create_engine(
            "postgresql+psycopg://",
            connect_args={
                "host": str(self.sandbox.socket_dir),
                "port": self.sandbox.port,
                "user": pg_sandbox.SUPERUSER,
                "dbname": self.name,
            },
        )


@pytest.fixture
def empty_server_database(sandbox: pg_sandbox.Sandbox) -> Iterator[ServerDatabase]:
    name = f"caseflow_test_{next(_numbers)}"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield ServerDatabase(sandbox, name)
    finally:
        with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def migrated_server_database(empty_server_database: ServerDatabase) -> ServerDatabase:
    """A database with Caseflow's schema at the head revision (made as the superuser)."""
    database = empty_server_database
    engine = database.superuser_engine()
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return database


@pytest.fixture
def prepared_server_database(empty_server_database: ServerDatabase) -> ServerDatabase:
    """A database as ``caseflow server init`` leaves it: roles, schema by the owner role, grants."""
    database = empty_server_database
    server_setup.prepare(
        lambda: psycopg.connect(database.sandbox.superuser_conninfo(database.name)), database.name
    )
    return database


DEMO_LOGINS = ("socsek", "socsek2", "admin", "chef", "falt")
IT_PASSWORD = "it-admin password 1234"


def move_demo_to_server(
    database: ServerDatabase, folder: Path, cases: int, profile_file: Path | None = None
) -> team.Administrator:
    """A demo database of ``cases`` moved onto ``database`` the way IT does it.

    The demo users' logins are server-wide: any left by an earlier test go
    first. Returns the IT administrator (a superuser login) for more steps.
    """
    sandbox = database.sandbox
    it_admin = f"{database.name}_it"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as connection:
        connection.execute(
            sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                sql.Identifier(it_admin), sql.Literal(IT_PASSWORD)
            )
        )
        for user in DEMO_LOGINS:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(user)))
    profile = (
        team.load_profile(profile_file)
        if profile_file is not None
        else ServerProfile(pg_sandbox.HOST, sandbox.port, database.name, sandbox.root_cert)
    )
    administrator = team.Administrator(profile, it_admin, IT_PASSWORD)
    local_file = folder / "unit.caseflow"
    demo.create_or_fill(local_file, cases=cases, fast_kdf=True)
    local = access.unlock(local_file, demo.DEMO_ADMIN, demo.DEMO_PASSPHRASE)
    try:
        team.move_to_server(local, administrator)
    finally:
        local.lock()
    return administrator
