"""What `caseflow info` reports: revision, row counts and integrity."""

from __future__ import annotations

from dataclasses import dataclass

from caseflow.services.workspace import Workspace
from caseflow.storage import inspect as storage_inspect


@dataclass(frozen=True)
class DatabaseReport:
    revision: str | None
    head_revision: str
    row_counts: dict[str, int]
    integrity_problems: list[str]

    @property
    def intact(self) -> bool:
        return not self.integrity_problems


def database_report(workspace: Workspace) -> DatabaseReport:
    """Counts rows per table and checks every page of the file (takes a while when large)."""
    database = workspace.local_database
    # Until the checks pass, nothing (not even the audit log) writes to the file.
    workspace.suspected_damage = True
    report = DatabaseReport(
        revision=storage_inspect.revision(database),
        head_revision=storage_inspect.head_revision(),
        row_counts=storage_inspect.row_counts(database),
        integrity_problems=database.integrity_problems(),
    )
    workspace.suspected_damage = not report.intact
    return report
