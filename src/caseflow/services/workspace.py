"""An unlocked database together with the user who unlocked it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role
from caseflow.domain.errors import PermissionDenied, WorkspaceLocked
from caseflow.storage.database import OpenDatabase
from caseflow.storage.server_database import OnlyForLocalFiles, ServerDatabase

# A local encrypted file, or a team's database on a server: the services use either.
Database = OpenDatabase | ServerDatabase


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    display_name: str
    role: Role
    must_change_passphrase: bool = False


class Workspace:
    """What a logged-in front end holds. ``lock()`` ends it and forgets the key."""

    def __init__(self, database: Database, user: CurrentUser) -> None:
        self._database: Database | None = database
        self.user = user
        self.path: Path = database.path
        # The login is logged with the session's first audited write, or at
        # the lock: a file that is only inspected (and found damaged) is not
        # written to at all. The text says when the login happened.
        self.pending_login: str | None = None
        self.suspected_damage = False

    @property
    def database(self) -> Database:
        if self._database is None:
            raise WorkspaceLocked()
        return self._database

    @property
    def local_database(self) -> OpenDatabase:
        """The encrypted file, for what only a file has: key slots, file checks, bulk demo data.

        ``OnlyForLocalFiles`` on a server, where IT does such things with its tools.
        """
        database = self.database
        if not isinstance(database, OpenDatabase):
            raise OnlyForLocalFiles()
        return database

    @property
    def location(self) -> str:
        """Where the database is, for people: a file's path, or the server and database."""
        database = self.database
        if isinstance(database, ServerDatabase):
            return f"{database.profile.database} @ {database.profile.host}"
        return str(database.path)

    @property
    def on_server(self) -> bool:
        """A team's database on a server (no file here: no backups, no key slots)."""
        return isinstance(self._database, ServerDatabase)

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.database.transaction() as session:
            session.info["workspace"] = self
            yield session

    def require_role(self, *roles: Role) -> None:
        if self.user.role not in roles:
            raise PermissionDenied()

    def lock(self) -> None:
        if self._database is not None:
            if not self.suspected_damage:
                self._log_lock()
                self._database.refresh_planner_statistics()
            self._database.close()
            self._database = None

    def _log_lock(self) -> None:
        # Imported here: the audit service builds on this module.
        from caseflow.domain.audit import AuditAction
        from caseflow.domain.errors import CaseflowError
        from caseflow.services import audit

        # A damaged or vanished file must not stop the lock itself.
        with contextlib.suppress(CaseflowError):
            audit.record(self, AuditAction.LOCK)
