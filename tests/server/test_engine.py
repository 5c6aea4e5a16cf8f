"""Team mode's engine: the schema on PostgreSQL, and connections only over verified TLS."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text

from caseflow.domain.errors import InvalidInput, WrongCredentials
from caseflow.storage import migrate
from caseflow.storage.server import (
    ServerNotTrusted,
    ServerProfile,
    ServerUnreachable,
    create_server_engine,
)
from tests.server.conftest import ServerDatabase
from tools import pg_sandbox

PASSWORD = "correct horse battery staple 7"


def _login_role(database: ServerDatabase) -> str:
    name = f"{database.name}_lisa"  # roles belong to the whole server: one per test
    with database.superuser() as admin:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(PASSWORD)
            )
        )
    return name


def _profile(database: ServerDatabase, root_cert: Path | None = None) -> ServerProfile:
    sandbox = database.sandbox
    return ServerProfile(
        pg_sandbox.HOST, sandbox.port, database.name, root_cert or sandbox.root_cert
    )


def test_the_migrations_build_the_same_schema_on_postgresql(
    migrated_server_database: ServerDatabase,
) -> None:
    engine = migrated_server_database.superuser_engine()
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert migrate.differences_from_models(connection) == []
    finally:
        engine.dispose()


def test_a_user_signs_in_as_their_own_role_over_verified_tls(
    empty_server_database: ServerDatabase,
) -> None:
    user = _login_role(empty_server_database)
    engine = create_server_engine(_profile(empty_server_database), user, PASSWORD)
    try:
        with engine.connect() as connection:
            who, ssl = connection.execute(
                text("SELECT session_user, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
        assert (who, ssl) == (user, True)
    finally:
        engine.dispose()


def test_a_wrong_password_is_wrong_credentials(empty_server_database: ServerDatabase) -> None:
    user = _login_role(empty_server_database)
    with pytest.raises(WrongCredentials) as raised:
        create_server_engine(_profile(empty_server_database), user, PASSWORD + "x")
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_a_server_with_a_certificate_from_another_authority_is_not_trusted(
    empty_server_database: ServerDatabase, tmp_path: Path
) -> None:
    user = _login_role(empty_server_database)
    other = pg_sandbox.start()  # its authority signed nothing of the first server's
    try:
        foreign_ca = tmp_path / "other-root.crt"
        shutil.copy(other.root_cert, foreign_ca)
    finally:
        other.stop()
    with pytest.raises(ServerNotTrusted):
        create_server_engine(_profile(empty_server_database, foreign_ca), user, PASSWORD)
    with pytest.raises(ServerNotTrusted):  # no authority file at all
        create_server_engine(_profile(empty_server_database, tmp_path / "none.crt"), user, PASSWORD)


def test_the_server_refuses_connections_without_tls(empty_server_database: ServerDatabase) -> None:
    user = _login_role(empty_server_database)
    sandbox = empty_server_database.sandbox
    with pytest.raises(psycopg.OperationalError, match=r"pg_hba\.conf rejects"):
        psycopg.connect(
            host="127.0.0.1",
            port=sandbox.port,
            dbname=empty_server_database.name,
            user=user,
            password=PASSWORD,
            sslmode="disable",
        )


def test_an_unreachable_server_says_so(empty_server_database: ServerDatabase) -> None:
    profile = ServerProfile(
        pg_sandbox.HOST,
        pg_sandbox.free_port(),
        empty_server_database.name,
        empty_server_database.sandbox.root_cert,
    )
    with pytest.raises(ServerUnreachable):
        create_server_engine(profile, "lisa", PASSWORD)


@pytest.mark.parametrize(
    ("host", "port", "database"),
    [
        ("db.example.se; rm -rf", 5432, "caseflow"),
        ("db.example.se", 0, "caseflow"),
        ("db.example.se", 70000, "caseflow"),
        ("db.example.se", 5432, "Caseflow Prod"),
        ("db.example.se", 5432, "caseflow' OR 1=1"),
    ],
)
def test_a_profile_with_bad_values_is_refused_with_a_message(
    host: str, port: int, database: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        ServerProfile(host, port, database, Path("/etc/caseflow/root.crt"))
    assert raised.value.text.render()
