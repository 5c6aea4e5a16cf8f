"""Planner statistics (ANALYZE) for a database that grows by use, gathered at lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseflow.services import access, demo
from caseflow.services.workspace import Workspace
from caseflow.storage import migrate

CASES = 500  # the size of the first analysis


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("grown") / "unit.caseflow"
    demo.create_or_fill(path, cases=CASES, fast_kdf=True)
    return path


def _open(path: Path) -> Workspace:
    return access.unlock(path, "admin", demo.DEMO_PASSPHRASE)


def _analysed_cases(workspace: Workspace) -> list[str]:
    with workspace.database.engine.connect() as connection:
        return [
            str(stat)
            for (stat,) in connection.exec_driver_sql(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = 'cases'"
            )
        ]


def _forget_statistics(workspace: Workspace) -> None:
    """As a database that grew by daily use has them: none."""
    with workspace.database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM sqlite_stat1")


def test_a_grown_database_is_analysed_when_it_is_locked(grown: Path) -> None:
    workspace = _open(grown)
    _forget_statistics(workspace)
    assert _analysed_cases(workspace) == []
    workspace.lock()

    workspace = _open(grown)
    try:
        stats = _analysed_cases(workspace)
        assert stats and all(int(stat.split()[0]) == CASES for stat in stats)
        # Not again until the cases have doubled.
        assert not migrate.gather_planner_statistics_if_grown(workspace.database.engine)
    finally:
        workspace.lock()


def test_a_file_suspected_of_damage_is_not_written_at_lock(grown: Path) -> None:
    workspace = _open(grown)
    _forget_statistics(workspace)
    workspace.suspected_damage = True
    workspace.lock()

    workspace = _open(grown)
    try:
        assert _analysed_cases(workspace) == []
    finally:
        workspace.lock()
