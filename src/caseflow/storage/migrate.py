"""Schema migrations with Alembic on the encrypted engine."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData

import caseflow
from caseflow.storage import fulltext
from caseflow.storage.models import Base


def migrations_dir() -> Path:
    """The Alembic scripts: inside the installed package, or the source tree's."""
    package = Path(caseflow.__file__).parent
    for candidate in (package / "_migrations", package.parent.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("Caseflow's migrations are missing from this installation")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


@functools.cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return set(_known_revisions())


@functools.cache
def _known_revisions() -> frozenset[str]:
    # The scripts do not change while the app runs; reading them costs ~40 ms per unlock.
    return frozenset(
        s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction.

    On SQLite with foreign keys off (batch mode recreates tables), then
    checked; PostgreSQL alters tables in place and checks them itself.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return
    with engine.connect() as connection:
        raw: Any = connection.connection.driver_connection
        # Must be outside any transaction: SQLite ignores it inside one.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken foreign keys")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def gather_planner_statistics(engine: Engine) -> None:
    """Run ANALYZE: the statistics SQLite's planner chooses indexes by.

    Without them SQLite cannot tell a selective search prefix from one that
    matches most people (benchmarks/results.md, finding 1). Not for a new,
    empty database: statistics of empty tables would mislead the planner
    once they fill. STAT4, no analysis limit: approximate statistics made
    the same searches slow again.
    """
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


# Analysed again when the cases have doubled since the last analysis (and at
# the first 500): a handful of times over a database's life, seconds at most.
_FIRST_ANALYSIS_AT = 500


def gather_planner_statistics_if_grown(engine: Engine) -> bool:
    """``gather_planner_statistics`` when the cases have doubled since it last ran.

    A database that grows by daily use would otherwise never have any (the
    demo generator and upgrades run it themselves). Returns whether it ran.
    """
    with engine.connect() as connection:
        cases = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one()
        has_statistics = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).scalar_one()
        analysed = 0
        if has_statistics:
            for (stat,) in connection.exec_driver_sql(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = 'cases'"
            ):
                analysed = max(analysed, int(str(stat).split()[0]))
    if cases < max(_FIRST_ANALYSIS_AT, 2 * analysed):
        return False
    gather_planner_statistics(engine)
    return True


def differences_from_models(
    connection: Connection, metadata: MetaData = Base.metadata
) -> list[Any]:
    """What Alembic finds between the database's schema and the models (empty when equal)."""
    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "compare_server_default": True,
            "include_name": fulltext.include_name,
        },
    )
    return list(compare_metadata(context, metadata))
