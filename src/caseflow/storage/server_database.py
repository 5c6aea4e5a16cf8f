"""A team-mode database opened by one user: what the services need of ``OpenDatabase``.

The services run a unit of work through ``transaction()`` on either engine.
What belongs to the encrypted file alone (key slots, the recovery key,
backups of the file, rewriting its free pages) they reach through
``Workspace.local_database``, which on a server raises ``OnlyForLocalFiles``:
IT does those things with the server's own tools and ``caseflow server …``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from caseflow.domain.errors import DatabaseTooNew, InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.storage import migrate
from caseflow.storage.server import ServerProfile, server_errors


class OnlyForLocalFiles(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "On a Caseflow server, IT does this with the server's own tools and "
        "“caseflow server”; it is not done from here.",
    )


class SchemaNotCurrent(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The server database is at another version of Caseflow's schema than this "
        "program. Ask IT to bring the server and the program to the same version.",
    )


class ServerDatabase:
    """The server database as one signed-in user reaches it (their own login role)."""

    pre_upgrade_backup: Path | None = None
    upgraded_from: str | None = None

    def __init__(self, profile: ServerProfile, engine: Engine, origin: Path | None = None) -> None:
        self.profile = profile
        self.engine = engine
        # What identifies the database where a path does for a file (recent
        # databases, drafts and settings kept per database): the profile file
        # it was opened from, or else the server and database.
        self.path = origin or Path(f"{profile.host}:{profile.port}") / profile.database
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
        if revision != migrate.head_revision():
            engine.dispose()
            if revision is not None and revision not in migrate.known_revisions():
                raise DatabaseTooNew()
            raise SchemaNotCurrent()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        The server orders concurrent writers itself (the audit chain takes its
        own lock), so units of work of this process need no turn-taking.
        """
        with server_errors(), self._sessions() as session, session.begin():
            yield session

    def refresh_planner_statistics(self) -> None:
        """Nothing to do: the server's autovacuum keeps its statistics."""

    def close(self) -> None:
        self.engine.dispose()
