"""Backups from the app: settings, Back up now, and the scheduler when a backup is overdue."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caseflow.domain.audit import AuditAction
from caseflow.services import audit, backups
from caseflow.services.workspace import Workspace
from caseflow.ui import backup_scheduler
from caseflow.ui.backup_scheduler import BackupScheduler, BackupSettings
from caseflow.ui.pages.administration import AdministrationPage, BackupSection
from tests.ui.admin.conftest import settle


def _section(qtbot, workspace: Workspace) -> BackupSection:
    section = BackupSection(workspace)
    qtbot.addWidget(section)
    section.show()
    return section


def test_an_administrator_chooses_the_folder_and_backs_up_now(
    qtbot, admin: Workspace, tmp_path: Path
) -> None:
    section = _section(qtbot, admin)
    qtbot.waitUntil(lambda: "automatic backups are off" in section.last.text(), timeout=5000)
    assert section.last.property("warning") and not section.backup_button.isEnabled()
    folder = tmp_path / "backups"
    folder.mkdir()
    section.set_folder(folder)
    section.interval.setCurrentIndex(section.interval.findData(8))
    section.keep.setValue(3)
    assert backup_scheduler.load_settings() == BackupSettings(folder, 8, 3)
    qtbot.waitUntil(lambda: section.last.text() == "No backup yet.", timeout=5000)
    assert section.last.property("warning")

    section.backup_button.click()
    qtbot.waitUntil(lambda: "Backup saved" in section.message.text(), timeout=30_000)
    qtbot.waitUntil(lambda: section.last.text().startswith("Last good backup:"), timeout=5000)
    assert not section.last.property("warning")
    assert len([p for p in folder.iterdir() if p.suffix == ".caseflow"]) == 1


def test_other_roles_only_see_when_the_last_backup_was_made(
    qtbot, manager: Workspace, tmp_path: Path
) -> None:
    backup_scheduler.save_settings(BackupSettings(tmp_path, 4, 5))
    page = AdministrationPage(manager)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    section = page.backups
    assert not section.may_configure
    assert section.folder.isHidden() and section.backup_button.isHidden()
    section.set_folder(tmp_path / "elsewhere")  # ignored: not theirs to change
    assert backup_scheduler.load_settings().folder == tmp_path
    qtbot.waitUntil(lambda: section.last.text() == "No backup yet.", timeout=5000)


def test_the_scheduler_backs_up_when_overdue_and_the_label_follows(
    qtbot, admin: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    backup_scheduler.save_settings(BackupSettings(folder, 4, 5))
    section = _section(qtbot, admin)
    qtbot.waitUntil(lambda: section.last.text() == "No backup yet.", timeout=5000)

    scheduler = BackupScheduler(
        admin, interval=timedelta(seconds=4), check_every_ms=200, first_check_ms=0
    )
    made: list[object] = []
    scheduler.made.connect(made.append)
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: len(made) == 1, timeout=30_000)
        qtbot.waitUntil(lambda: section.last.text().startswith("Last good backup:"), timeout=5000)
        # Not overdue yet: no second copy at the next checks.
        qtbot.wait(600)
        assert len(made) == 1
        # Once the interval has passed, the next check makes another.
        qtbot.waitUntil(lambda: len(made) == 2, timeout=30_000)
    finally:
        scheduler.stop()
        settle()
    copies = [p for p in folder.iterdir() if p.suffix == ".caseflow"]
    assert len(copies) == 2
    logged = audit.entries(admin, audit.AuditFilter(action=AuditAction.BACKUP))
    assert len(logged) == 2


def test_a_failing_backup_is_reported_once(qtbot, admin: Workspace, tmp_path: Path) -> None:
    missing = tmp_path / "unplugged-usb-disk"
    backup_scheduler.save_settings(BackupSettings(missing, 1, 5))
    scheduler = BackupScheduler(admin, check_every_ms=100, first_check_ms=0)
    messages: list[str] = []
    scheduler.failed.connect(messages.append)
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
        qtbot.wait(500)
    finally:
        scheduler.stop()
        settle()
    assert len(messages) == 1
    assert "backup folder does not exist" in messages[0]
    assert "Traceback" not in messages[0]


def test_the_scheduler_leaves_a_fresh_backup_alone(qtbot, admin: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    folder.mkdir()
    backups.backup_now(admin, folder)
    backup_scheduler.save_settings(BackupSettings(folder, 4, 5))
    scheduler = BackupScheduler(admin, check_every_ms=100, first_check_ms=0)
    made: list[object] = []
    scheduler.made.connect(made.append)
    scheduler.start()
    qtbot.wait(600)
    scheduler.stop()
    settle()
    assert made == []
    # Twelve hours later (by the file's time), it is overdue.
    (copy,) = [p for p in folder.iterdir() if p.suffix == ".caseflow"]
    old = time.time() - 12 * 3600
    os.utime(copy, (old, old))
    assert backup_scheduler.is_overdue(
        backups.last_backup(folder, admin.path), timedelta(hours=4), datetime.now(UTC)
    )


def test_the_controller_runs_the_scheduler_while_unlocked(qtbot, unlocked, tmp_path: Path) -> None:
    backup_scheduler.save_settings(BackupSettings(tmp_path / "missing", 4, 5))
    controller = unlocked
    scheduler = controller.backups
    assert scheduler is not None
    scheduler.check()  # as the first check after unlock would
    window = controller.main_window
    qtbot.waitUntil(
        lambda: "automatic backup failed" in window.statusBar().currentMessage(), timeout=10_000
    )
    controller.lock()
    assert controller.backups is None
    settle()


class _SlowCancellation(backups.Cancellation):
    """A backup that takes seconds (a pause at each of SQLite's progress checks), so that
    there is time to press Cancel or to lock while it runs."""

    steps = 20

    def _should_stop(self) -> bool:
        time.sleep(0.002)
        return super()._should_stop()


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def slow_backup_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty backup folder, and backups slow enough to cancel while they run."""
    monkeypatch.setattr(backups, "Cancellation", _SlowCancellation)
    folder = tmp_path / "backups"
    folder.mkdir()
    return folder


def test_cancel_stops_a_backup_and_keeps_no_partial_copy(
    qtbot, admin: Workspace, slow_backup_folder: Path
) -> None:
    folder = slow_backup_folder
    section = _section(qtbot, admin)
    section.set_folder(folder)
    qtbot.waitUntil(lambda: section.last.text() == "No backup yet.", timeout=5000)
    assert section.cancel_button.isHidden()

    section.backup_button.click()
    assert section.cancel_button.isVisible() and not section.backup_button.isEnabled()
    qtbot.waitUntil(lambda: _copies(folder) != [], timeout=10_000)  # the partial copy grows
    section.cancel_button.click()
    qtbot.waitUntil(lambda: "Backup cancelled" in section.message.text(), timeout=30_000)
    assert section.cancel_button.isHidden() and section.backup_button.isEnabled()
    assert _copies(folder) == []
    assert section.last.text() == "No backup yet."


def test_locking_cancels_a_scheduled_backup_on_its_way(
    qtbot, admin: Workspace, slow_backup_folder: Path
) -> None:
    folder = slow_backup_folder
    backup_scheduler.save_settings(BackupSettings(folder, 4, 5))
    scheduler = BackupScheduler(admin, check_every_ms=60_000, first_check_ms=0)
    made: list[object] = []
    failures: list[str] = []
    scheduler.made.connect(made.append)
    scheduler.failed.connect(failures.append)
    scheduler.start()
    qtbot.waitUntil(lambda: _copies(folder) != [], timeout=10_000)
    scheduler.stop()  # what locking does
    qtbot.waitUntil(lambda: not scheduler.is_busy, timeout=30_000)
    settle()
    assert made == [] and failures == []
    assert _copies(folder) == []
