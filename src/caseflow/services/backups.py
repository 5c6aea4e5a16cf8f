"""Backups from the running app and from the command line.

The app backs up to a chosen folder on a schedule (``backup_now``), keeping
the newest N; the command line backs up a database the app may have open
(``backup_file``) and restores one (``restore_file``). Every copy is
encrypted and verified before it is given its name; see
``caseflow.storage.backup``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseflow.domain.accounts import Role, normalise_username
from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import InvalidInput, WrongCredentials
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit
from caseflow.services.workspace import Workspace
from caseflow.storage import backup as storage_backup
from caseflow.storage import database

DEFAULT_KEEP = 14


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    made_at: datetime
    removed: tuple[Path, ...]


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The backup folder does not exist: choose another.")
        )


# Handed to ``backup_now`` by whoever may stop the backup (the app's Cancel, a lock).
Cancellation = storage_backup.Cancellation


def backup_now(
    workspace: Workspace,
    folder: Path,
    keep: int = DEFAULT_KEEP,
    cancellation: Cancellation | None = None,
) -> BackupMade:
    """Back up the open database into ``folder`` and keep the newest ``keep`` copies.

    Anyone signed in may run it (the copy is as encrypted as the original);
    the audit log records who did. Raises ``Cancelled``, keeping no copy and
    removing none, once ``cancellation`` is cancelled.
    """
    _check_folder(folder)
    target = folder / storage_backup.default_backup_name(workspace.path)
    made = workspace.local_database.backup_to(target, cancellation)
    removed = storage_backup.prune(folder, workspace.path, keep)
    audit.record(workspace, AuditAction.BACKUP, detail=target.name)
    return BackupMade(made.path, made.size, made.made_at, tuple(removed))


def last_backup(folder: Path, database_path: Path) -> datetime | None:
    """When the newest backup of the database in ``folder`` was made (its file time)."""
    if not folder.is_dir():
        return None
    found = storage_backup.backups_in(folder, database_path)
    if not found:
        return None
    return datetime.fromtimestamp(found[-1].stat().st_mtime, UTC)


def backup_file(path: Path, username: str, passphrase: str, target: Path) -> BackupMade:
    """Back up the database at ``path`` (the app may have it open) to ``target``.

    ``target`` may be a folder: the copy is then named after the database and the time.
    """
    try:
        user = normalise_username(username)
    except InvalidInput:
        raise WrongCredentials() from None
    if target.is_dir():
        target = target / storage_backup.default_backup_name(path)
    made = database.backup_with_passphrase(path, user, passphrase, target)
    return BackupMade(made.path, made.size, made.made_at, ())


def restore_file(
    backup: Path, username: str, passphrase: str, target: Path, *, force: bool
) -> None:
    """Put a verified backup in place at ``target``; an existing database only with ``force``."""
    try:
        user = normalise_username(username)
    except InvalidInput:
        raise WrongCredentials() from None
    database.restore_with_passphrase(backup, user, passphrase, target, force=force)


def may_configure(workspace: Workspace) -> bool:
    """The backup folder and schedule are set by an administrator."""
    return workspace.user.role is Role.ADMINISTRATOR
