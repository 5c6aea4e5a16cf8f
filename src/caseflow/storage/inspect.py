"""Read-only facts about an open database for `caseflow info`."""

from __future__ import annotations

from sqlalchemy import func, select

from caseflow.storage import migrate
from caseflow.storage.database import OpenDatabase
from caseflow.storage.errors import translated_errors
from caseflow.storage.models import Base


def revision(database: OpenDatabase) -> str | None:
    with translated_errors(), database.engine.connect() as connection:
        return migrate.current_revision(connection)


def head_revision() -> str:
    return migrate.head_revision()


def row_counts(database: OpenDatabase) -> dict[str, int]:
    counts: dict[str, int] = {}
    with translated_errors(), database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            counts[table.name] = connection.execute(
                select(func.count()).select_from(table)
            ).scalar_one()
    return counts
