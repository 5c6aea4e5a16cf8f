"""The server side of the engine-parametrised fixtures.

Each test process starts one throwaway cluster (``tools/pg_sandbox.py``),
prepares one template database the way ``caseflow server init`` does (roles,
schema by the owner role, row-level security, grants) with the same users as
the file fixtures, and gives each test its own copy of it: ``CREATE DATABASE
... TEMPLATE`` copies files, which is much quicker than migrating again.

The copies keep the template's group roles (roles belong to the cluster, not
to a database), so the logins made once serve every copy.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from caseflow.domain.accounts import Role
from caseflow.storage import server_setup
from caseflow.storage.server import ServerProfile
from tools import pg_sandbox

TEMPLATE = "caseflow_template"


@dataclass
class TeamServer:
    sandbox: pg_sandbox.Sandbox
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def start(cls, users: list[tuple[str, str, Role, str]]) -> TeamServer:
        """A cluster with the template database holding ``users`` (name, display name,
        role, password), each a login in their role's group."""
        server = cls(pg_sandbox.start())
        try:
            server._make_template(users)
        except BaseException:
            server.sandbox.stop()
            raise
        return server

    def _superuser(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.sandbox.superuser_conninfo(database), autocommit=True)

    def _make_template(self, users: list[tuple[str, str, Role, str]]) -> None:
        with self._superuser() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(TEMPLATE)))
        server_setup.prepare(lambda: self._superuser(TEMPLATE), TEMPLATE)
        with self._superuser(TEMPLATE) as connection:
            for name, display_name, role, password in users:
                server_setup.add_user_row(connection, name, display_name, role)
                server_setup.create_login(connection, TEMPLATE, name, role, password)

    def new_database(self) -> ServerProfile:
        """A fresh copy of the template, reachable only by the template's users."""
        name = f"caseflow_t{next(self._numbers)}"
        with self._superuser() as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(TEMPLATE)
                )
            )
            # A database's own privileges are not part of what a template copies.
            connection.execute(
                sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name))
            )
            connection.execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(name), sql.Identifier(server_setup.connect_group(TEMPLATE))
                )
            )
        return ServerProfile(pg_sandbox.HOST, self.sandbox.port, name, self.sandbox.root_cert)

    def drop_database(self, profile: ServerProfile) -> None:
        with self._superuser() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(profile.database))
            )

    def stop(self) -> None:
        self.sandbox.stop()
