"""Automatic backups while a database is open, and the settings they follow.

The folder, the interval and how many copies to keep are this computer's
settings (QSettings, never a secret): a backup folder is a place on this PC
or its network, not a property of the unit's data. An administrator sets
them on the Administration page, unless IT set them in the central
settings (``caseflow.central_config``: locked there, or the defaults). The
scheduler runs for whoever is signed in, since ``services.backups.backup_now``
lets anyone make a copy (it is as encrypted as the original, and the audit
log says who made it).

The scheduler checks once a minute (and shortly after unlock) whether the
newest backup in the folder is older than the interval, and if so makes one
on a worker thread. One backup at a time in the whole process: the
scheduled one and "Back up now" share ``back_up``'s lock. A failure is
reported once (``failed``), then retried quietly every quarter of an hour
until a backup succeeds again.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from caseflow import central_config
from caseflow.domain.errors import Cancelled, InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.i18n import settings
from caseflow.services import backups
from caseflow.services.backups import BackupMade
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import message_for
from caseflow.ui.worker import run_for

log = logging.getLogger(__name__)

INTERVAL_CHOICES = (1, 2, 4, 8, 12, 24)
DEFAULT_INTERVAL_HOURS = 4
MAX_KEEP = 365
FIRST_CHECK_MS = 20_000  # after unlock: let the first screens load before copying the file
CHECK_EVERY_MS = 60_000
RETRY_AFTER = timedelta(minutes=15)

_FOLDER_KEY = "backup/folder"
_INTERVAL_KEY = "backup/interval_hours"
_KEEP_KEY = "backup/keep"


@dataclass(frozen=True)
class BackupSettings:
    """Where and how often this computer backs up; no folder means automatic backups are off."""

    folder: Path | None = None
    interval_hours: int = DEFAULT_INTERVAL_HOURS
    keep: int = backups.DEFAULT_KEEP

    @property
    def interval(self) -> timedelta:
        return timedelta(hours=self.interval_hours)


def _int_setting(key: str, default: int, low: int, high: int) -> int:
    store = settings()
    if not store.contains(key):
        return default
    try:
        value = int(str(store.value(key, default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


def load_settings() -> BackupSettings:
    """This computer's choice; IT's central values where they are locked, or as defaults."""
    central = central_config.current()
    folder = central.locked_value("backup_folder")
    if folder is None:
        chosen = str(settings().value(_FOLDER_KEY, "") or "")
        folder = Path(chosen) if chosen else central.backup_folder
    interval = central.locked_value("backup_interval_hours") or _int_setting(
        _INTERVAL_KEY, central.backup_interval_hours or DEFAULT_INTERVAL_HOURS, 1, 24 * 7
    )
    keep = central.locked_value("backup_keep") or _int_setting(
        _KEEP_KEY, central.backup_keep or backups.DEFAULT_KEEP, 1, MAX_KEEP
    )
    return BackupSettings(folder, interval, keep)


def save_settings(chosen: BackupSettings) -> None:
    """Keep what this computer may decide; values IT locked are never stored here."""
    central = central_config.current()
    store = settings()
    if not central.is_locked("backup_folder"):
        store.setValue(_FOLDER_KEY, str(chosen.folder) if chosen.folder is not None else "")
    if not central.is_locked("backup_interval_hours"):
        store.setValue(_INTERVAL_KEY, chosen.interval_hours)
    if not central.is_locked("backup_keep"):
        store.setValue(_KEEP_KEY, chosen.keep)
    store.sync()


def is_overdue(last: datetime | None, interval: timedelta, now: datetime) -> bool:
    return last is None or now - last >= interval


class BackupBusy(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "A backup is being made right now. Wait for it to finish."
    )


_one_at_a_time = threading.Lock()


def back_up(
    workspace: Workspace,
    folder: Path,
    keep: int,
    cancellation: backups.Cancellation | None = None,
) -> BackupMade:
    """Make a backup now (on a worker thread); ``BackupBusy`` if one is already being made."""
    if not _one_at_a_time.acquire(blocking=False):
        raise BackupBusy()
    try:
        return backups.backup_now(workspace, folder, keep, cancellation)
    finally:
        _one_at_a_time.release()


class BackupNotices(QObject):
    """Tells every view of the last backup that a new one was made (path of the database)."""

    made = Signal(object, object)  # database Path, BackupMade


_notices: BackupNotices | None = None


def notices() -> BackupNotices:
    global _notices
    if _notices is None:
        _notices = BackupNotices()
    return _notices


class BackupScheduler(QObject):
    """Backs up the open workspace when the interval has passed; ``start`` after unlock,
    ``stop`` before lock. ``failed(message)`` fires once per run of failures."""

    made = Signal(object)  # BackupMade
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        interval: timedelta | None = None,
        check_every_ms: int = CHECK_EVERY_MS,
        first_check_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._interval = interval  # overrides the setting (tests)
        self._timer = QTimer(self, interval=check_every_ms)
        self._timer.timeout.connect(self.check)
        self._first = QTimer(self, singleShot=True, interval=first_check_ms)
        self._first.timeout.connect(self.check)
        self._active = False
        self._busy = False
        self._cancellation: backups.Cancellation | None = None
        self._reported = False
        self._retry_at: datetime | None = None

    @property
    def is_busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        self._active = True
        self._timer.start()
        self._first.start()

    def stop(self) -> None:
        """No further backups; one on its way is cancelled (a lock must not wait for it)."""
        self._active = False
        self._timer.stop()
        self._first.stop()
        if self._cancellation is not None:
            self._cancellation.cancel()

    def check(self) -> None:
        """Back up if the newest copy is older than the interval (the folder is read off-thread)."""
        if not self._active or self._busy or not self._workspace.is_open:
            return
        chosen = load_settings()
        now = datetime.now(UTC)
        if chosen.folder is None or (self._retry_at is not None and now < self._retry_at):
            return
        workspace, folder, keep = self._workspace, chosen.folder, chosen.keep
        interval = self._interval or chosen.interval
        cancellation = self._cancellation = backups.Cancellation()

        def work() -> BackupMade | None:
            last = backups.last_backup(folder, workspace.path)
            if not is_overdue(last, interval, datetime.now(UTC)):
                return None
            return back_up(workspace, folder, keep, cancellation)

        self._busy = True
        run_for(self, work, self._done, self._failed)

    def _done(self, made: BackupMade | None) -> None:
        self._busy = False
        self._cancellation = None
        if made is None or not self._active:
            return
        self._reported = False
        self._retry_at = None
        log.info("automatic backup made")
        self.made.emit(made)
        notices().made.emit(self._workspace.path, made)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._cancellation = None
        if not self._active or isinstance(error, BackupBusy | Cancelled):
            return  # locked meanwhile, or "Back up now" is making one
        self._retry_at = datetime.now(UTC) + RETRY_AFTER
        log.warning("automatic backup failed: %s", type(error).__name__)
        if self._reported:
            return
        self._reported = True
        self.failed.emit(
            self.tr("The automatic backup failed: %1 Caseflow tries again later.").replace(
                "%1", message_for(error)
            )
        )
