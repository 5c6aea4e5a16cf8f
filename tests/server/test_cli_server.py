"""``caseflow server …`` and ``caseflow migrate-to-server`` from IT's side, end to end on a
throwaway server: an IT administrator who is not a superuser, over verified TLS."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from caseflow import cli
from caseflow.services import demo
from tools import pg_sandbox

IT_PASSWORD = "it-administratörens lösenord 1"
ANNA_PASSWORD = "Annas-långa-lösenord-2026"
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Server:
    sandbox: pg_sandbox.Sandbox
    database: str
    it_admin: str
    superuser: str  # the check reads what only a superuser may
    profile: Path

    def login(self, user: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            self.sandbox.tls_conninfo(user, self.database), password=password, autocommit=True
        )

    def caseflow(self, *args: str) -> int:
        return cli.main([*args])


@pytest.fixture
def server(sandbox: pg_sandbox.Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Server:
    """An empty database owned by an IT administrator with CREATEROLE, and its profile file."""
    number = next(_numbers)
    database, it_admin = f"team_cli_{number}", f"it_admin_{number}"
    superuser = f"it_super_{number}"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        for name, rights in ((it_admin, "CREATEROLE"), (superuser, "SUPERUSER")):
            admin.execute(
                sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
                    sql.Identifier(name), sql.SQL(rights), sql.Literal(IT_PASSWORD)
                )
            )
        admin.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(database), sql.Identifier(it_admin)
            )
        )
    profile = tmp_path / "team.toml"
    profile.write_text(
        f'host = "{pg_sandbox.HOST}"\nport = {sandbox.port}\ndatabase = "{database}"\n'
        f'root_cert = "{sandbox.root_cert}"\n'
    )
    monkeypatch.setenv("CASEFLOW_SERVER_ADMIN_PASSWORD", IT_PASSWORD)
    return Server(sandbox, database, it_admin, superuser, profile)


def _users(server: Server, user: str, password: str) -> list[tuple[object, ...]]:
    with server.login(user, password) as connection:
        return connection.execute("SELECT username, role FROM users ORDER BY id").fetchall()


def test_init_then_users_then_check(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    anna, lisa = f"anna{server.database[-2:]}", f"lisa{server.database[-2:]}"
    admin = ("--admin", server.it_admin)
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", ANNA_PASSWORD)
    code = server.caseflow(
        "server", "init", str(server.profile), *admin, "--first-admin", anna, "--name", "Anna A"
    )
    assert code == 0, capsys.readouterr().err
    assert _users(server, anna, ANNA_PASSWORD) == [(anna, "administrator")]

    # Without a superuser's rights, the check says what it could not read.
    assert server.caseflow("server", "check", str(server.profile), *admin) == 6
    assert "only a superuser may read it" in capsys.readouterr().out
    superuser = ("--admin", server.superuser)
    assert server.caseflow("server", "check", str(server.profile), *superuser) == 0
    assert "No problems found" in capsys.readouterr().err

    lisa_password = "Lisas-eget-lösenord-77"
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", lisa_password)
    assert (
        server.caseflow(
            "server", "user", "add", str(server.profile), *admin, lisa, "--role", "social_worker"
        )
        == 0
    )
    with server.login(lisa, lisa_password) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone() == (0,)

    new_password = "Lisas-nya-lösenord-88"
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", new_password)
    assert server.caseflow("server", "user", "passwd", str(server.profile), *admin, lisa) == 0
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        server.login(lisa, lisa_password)
    server.login(lisa, new_password).close()

    assert server.caseflow("server", "user", "deactivate", str(server.profile), *admin, lisa) == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        server.login(lisa, new_password)
    # A deactivated user does not come back by a new password.
    assert server.caseflow("server", "user", "passwd", str(server.profile), *admin, lisa) == 2


def test_refusals_say_why_and_change_nothing(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = ("--admin", server.it_admin)
    profile = str(server.profile)
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", "kort")
    assert server.caseflow("server", "init", profile, *admin, "--first-admin", "anna") == 2
    assert "Traceback" not in capsys.readouterr().err

    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", ANNA_PASSWORD)
    monkeypatch.setenv("CASEFLOW_SERVER_ADMIN_PASSWORD", "fel lösenord")
    assert server.caseflow("server", "init", profile, *admin, "--first-admin", "anna") == 3
    monkeypatch.setenv("CASEFLOW_SERVER_ADMIN_PASSWORD", IT_PASSWORD)

    bad_profile = server.profile.with_name("bad.toml")
    bad_profile.write_text("host = \n")
    assert server.caseflow("server", "check", str(bad_profile), *admin) == 2
    assert "server profile cannot be read" in capsys.readouterr().err

    with psycopg.connect(
        server.sandbox.superuser_conninfo(server.database), autocommit=True
    ) as connection:
        connection.execute("CREATE TABLE someone_elses (id integer)")
    assert server.caseflow("server", "init", profile, *admin, "--first-admin", "anna") == 2
    assert "already holds tables" in capsys.readouterr().err


def test_a_local_database_moves_to_the_server(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    local = tmp_path / "unit.caseflow"
    demo.create_or_fill(local, cases=20, fast_kdf=True)
    monkeypatch.setenv("CASEFLOW_PASSPHRASE", demo.DEMO_PASSPHRASE)
    admin = ("--admin", server.it_admin)
    with psycopg.connect(server.sandbox.superuser_conninfo(), autocommit=True) as connection:
        for user in ("socsek", "admin", "chef", "falt", "socsek2"):
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(user)))
    code = server.caseflow(
        "migrate-to-server", str(local), "--server", str(server.profile), *admin, "--user", "admin"
    )
    assert code == 0, capsys.readouterr().err
    assert "the counts match" in capsys.readouterr().err

    password = "Sara-på-servern-2026"
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", password)
    assert server.caseflow("server", "user", "passwd", str(server.profile), *admin, "socsek") == 0
    with server.login("socsek", password) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] > 0
    superuser = ("--admin", server.superuser)
    assert server.caseflow("server", "check", str(server.profile), *superuser) == 0
    # Again: the database is no longer empty.
    assert (
        server.caseflow(
            "migrate-to-server",
            str(local),
            "--server",
            str(server.profile),
            *admin,
            "--user",
            "admin",
        )
        == 2
    )


def test_audit_verify_works_on_a_server_and_names_the_first_broken_entry(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = f"anna{server.database[-2:]}"
    admin = ("--admin", server.it_admin)
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", ANNA_PASSWORD)
    assert (
        server.caseflow("server", "init", str(server.profile), *admin, "--first-admin", anna) == 0
    )
    with server.login(anna, ANNA_PASSWORD) as connection:
        for action in ("login", "settings_changed", "lock"):
            connection.execute(
                "INSERT INTO audit_log (id, at, username, action, case_number, record_type,"
                " record_id, reason, detail, prev_hash, hash)"
                " VALUES (0, now(), '', %s, '', '', '', '', '', '', '')",
                (action,),
            )
    monkeypatch.setenv("CASEFLOW_PASSPHRASE", ANNA_PASSWORD)
    verify = ("audit", "verify", "--server", str(server.profile), "--user", anna)
    capsys.readouterr()
    assert server.caseflow(*verify) == 0
    assert "intact (3 entries)" in capsys.readouterr().out

    # Someone with the server's own superuser rights edits an entry behind the triggers.
    with psycopg.connect(
        server.sandbox.superuser_conninfo(server.database), autocommit=True
    ) as connection:
        connection.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        connection.execute("UPDATE audit_log SET action = 'logout' WHERE id = 2")
    assert server.caseflow(*verify) == 5
    assert "broken at entry 2" in capsys.readouterr().out

    # Anyone but a manager or an administrator sees only their own entries: no chain to check.
    lisa = f"lisa{server.database[-2:]}"
    monkeypatch.setenv("CASEFLOW_NEW_PASSWORD", ANNA_PASSWORD)
    assert (
        server.caseflow(
            "server", "user", "add", str(server.profile), *admin, lisa, "--role", "field_assistant"
        )
        == 0
    )
    assert server.caseflow("audit", "verify", "--server", str(server.profile), "--user", lisa) == 2
