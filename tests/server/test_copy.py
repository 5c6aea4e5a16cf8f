"""Moving to a server: a local database copied row for row into an empty server database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

from caseflow.domain.audit import first_broken
from caseflow.services import access, demo
from caseflow.services.workspace import Workspace
from caseflow.storage import audit_chain
from caseflow.storage.models import Base, User
from caseflow.storage.server_copy import SchemaMismatch, TargetNotEmpty, copy_into
from tests.server.conftest import ServerDatabase


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "unit.caseflow"
    demo.create_or_fill(path, cases=40, fast_kdf=True)
    return path


@pytest.fixture
def local(demo_file: Path) -> Iterator[Workspace]:
    workspace = access.unlock(demo_file, demo.DEMO_ADMIN, demo.DEMO_PASSPHRASE)
    yield workspace
    workspace.lock()


@pytest.fixture
def server(migrated_server_database: ServerDatabase) -> Iterator[Engine]:
    engine = migrated_server_database.superuser_engine()
    yield engine
    engine.dispose()


def _all_rows(engine: Engine) -> dict[str, list[dict[str, object]]]:
    with engine.connect() as connection:
        return {
            table.name: [
                dict(row._mapping)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def test_every_row_arrives_as_it_was(local: Workspace, server: Engine) -> None:
    source = local.database.engine
    report = copy_into(source, server)
    before, after = _all_rows(source), _all_rows(server)
    assert report.rows == {name: len(rows) for name, rows in before.items()}
    assert report.rows["cases"] == 40 and report.rows["journal_entries"] > 300
    assert report.rows["audit_log"] > 100 and report.rows["consent_records"] > 0
    for name in before:
        assert after[name] == before[name], name
    with Session(server) as session:
        assert first_broken(audit_chain.walk(session)) is None
        # The planner has statistics for what arrived before anyone signs in.
        analysed = session.execute(
            text("SELECT count(*) FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL")
        ).scalar_one()
    assert analysed >= len(before)


def test_after_the_copy_the_server_goes_on_from_there(local: Workspace, server: Engine) -> None:
    copy_into(local.database.engine, server)
    with server.begin() as connection:
        highest = connection.execute(select(User.id).order_by(User.id.desc())).scalars().first()
        new_id = connection.execute(
            insert(User)
            .values(username="ny", display_name="Ny", role="social_worker", is_active=True)
            .returning(User.id)
        ).scalar_one()
        assert new_id == highest + 1
        # The seal is back on: a new entry links to the last copied one.
        last_hash = connection.execute(
            text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO audit_log (id, at, username, action, case_number, record_type,"
                " record_id, reason, detail, prev_hash, hash) VALUES (0, now(), 'x', 'login',"
                " '', '', '', '', '', '', '')"
            )
        )
        newest = connection.execute(
            text("SELECT prev_hash, username FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    assert tuple(newest) == (last_hash, "postgres")
    with Session(server) as session:
        assert first_broken(audit_chain.walk(session)) is None


def test_a_database_with_anything_in_it_is_refused_and_left_alone(
    local: Workspace, server: Engine
) -> None:
    copy_into(local.database.engine, server)
    before = _all_rows(server)
    with pytest.raises(TargetNotEmpty):
        copy_into(local.database.engine, server)
    assert _all_rows(server) == before


def test_a_server_database_without_the_schema_is_refused(
    local: Workspace, empty_server_database: ServerDatabase
) -> None:
    engine = empty_server_database.superuser_engine()
    try:
        with pytest.raises(SchemaMismatch):
            copy_into(local.database.engine, engine)
    finally:
        engine.dispose()
