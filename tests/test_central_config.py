"""Central settings: IT's file is read, checked line by line, and its values used and locked."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseflow import central_config, paths
from caseflow.central_config import CentralConfig, TeamServer
from caseflow.domain.text import Text
from caseflow.i18n import settings
from caseflow.services import meeting_documents
from caseflow.services import settings as unit_settings
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Setting
from caseflow.ui import backup_scheduler
from caseflow.ui.backup_scheduler import BackupSettings

FULL = """\
unit_name = "Fältgruppen  Söder"
municipality_name = "Exempelkommunen"
database_folder = "/srv/caseflow"
auto_lock_minutes = 5
backup_folder = "/mnt/backup/caseflow"
backup_interval_hours = 8
backup_keep = 30
user_may_change = ["backup_interval_hours"]

[team_server]
host = "caseflow-db.kommun.local"
port = 5433
database = "sociala"
tls_root_cert = "/etc/caseflow/root.crt"
"""


@pytest.fixture
def central(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Where this test's central settings file goes (CASEFLOW_CENTRAL_CONFIG)."""
    path = tmp_path / "central" / "caseflow.toml"
    path.parent.mkdir()
    monkeypatch.setenv(central_config.ENV_OVERRIDE, str(path))
    settings().clear()
    yield path
    settings().clear()


def _write(path: Path, text: str) -> CentralConfig:
    path.write_text(text, encoding="utf-8")
    return central_config.load(path)


def _messages(config: CentralConfig) -> list[str]:
    return [problem.render() for problem in config.problems]


# --- where the file is -------------------------------------------------------------------------


def test_the_file_is_at_the_system_location_of_each_platform(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(central_config.ENV_OVERRIDE, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert central_config.central_config_path() == Path("/etc/caseflow/caseflow.toml")
    monkeypatch.setattr(sys, "platform", "darwin")
    assert central_config.central_config_path() == Path(
        "/Library/Application Support/Caseflow/caseflow.toml"
    )
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\ProgramData")
    assert central_config.central_config_path() == Path("D:\\ProgramData/Caseflow/caseflow.toml")
    monkeypatch.setenv(central_config.ENV_OVERRIDE, "/tmp/elsewhere.toml")
    assert central_config.central_config_path() == Path("/tmp/elsewhere.toml")


def test_no_file_means_no_central_values_and_no_message(central: Path) -> None:
    config = central_config.load(central)
    assert config == CentralConfig()
    assert not config.problems
    assert not config.is_locked("auto_lock_minutes")


# --- a good file -------------------------------------------------------------------------------


def test_every_key_is_read_and_locked_unless_users_may_change_it(central: Path) -> None:
    config = _write(central, FULL)
    assert not config.problems, _messages(config)
    assert config.source == central
    assert config.unit_name == "Fältgruppen Söder"  # spaces folded, as the database's setting
    assert config.municipality_name == "Exempelkommunen"
    assert config.database_folder == Path("/srv/caseflow")
    assert config.auto_lock_minutes == 5
    assert config.backup_folder == Path("/mnt/backup/caseflow")
    assert (config.backup_interval_hours, config.backup_keep) == (8, 30)
    assert config.team_server == TeamServer(
        "caseflow-db.kommun.local", 5433, "sociala", Path("/etc/caseflow/root.crt")
    )
    assert config.is_locked("auto_lock_minutes") and config.locked_value("backup_keep") == 30
    assert not config.is_locked("backup_interval_hours")
    assert config.locked_value("backup_interval_hours") is None


def test_folders_may_name_the_user_by_variables(central: Path, monkeypatch) -> None:
    monkeypatch.setenv("CASEFLOW_TEST_PROFILE", "/home/sara")
    config = _write(central, 'database_folder = "$CASEFLOW_TEST_PROFILE/Caseflow"\n')
    assert config.database_folder == Path("/home/sara/Caseflow")
    windows = _write(central, 'backup_folder = "\\\\\\\\fileserver\\\\caseflow"\n')
    assert not windows.problems, _messages(windows)
    assert str(windows.backup_folder) == "\\\\fileserver\\caseflow"


def test_a_byte_order_mark_from_notepad_is_accepted(central: Path) -> None:
    central.write_bytes("\ufeffauto_lock_minutes = 3\n".encode())
    config = central_config.load(central)
    assert config.auto_lock_minutes == 3 and not config.problems


def test_team_server_defaults_port_and_database(central: Path) -> None:
    config = _write(central, '[team_server]\nhost = "10.0.0.5"\n')
    assert config.team_server == TeamServer("10.0.0.5", 5432, "caseflow", None)


# --- a bad file --------------------------------------------------------------------------------


def test_a_syntax_error_names_its_line_and_no_value_is_used(central: Path) -> None:
    config = _write(central, 'unit_name = "Söder"\nauto_lock_minutes = = 5\n')
    assert config.unit_name is None and config.auto_lock_minutes is None
    [message] = _messages(config)
    assert f"The central settings file {central} has an error on line 2, column" in message
    assert "Caseflow uses none of its settings" in message


def test_an_unclosed_string_is_reported_too(central: Path) -> None:
    [message] = _messages(_write(central, 'auto_lock_minutes = 4\nunit_name = "Söder\n'))
    assert "on line 2" in message


def test_an_unknown_key_is_named_with_its_line_and_the_rest_is_used(central: Path) -> None:
    config = _write(central, 'unit_name = "Söder"\n\ncolour = "blue"\nbackup_keep = 7\n')
    assert config.unit_name == "Söder" and config.backup_keep == 7
    assert _messages(config) == [
        f"Line 3 of the central settings file {central}: “colour” is not a Caseflow "
        "setting. It is ignored."
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('auto_lock_minutes = "15"', "a whole number from 1 to 120"),
        ("auto_lock_minutes = 0", "a whole number from 1 to 120"),
        ("auto_lock_minutes = true", "a whole number from 1 to 120"),
        ("backup_interval_hours = 169", "a whole number from 1 to 168"),
        ("backup_keep = 2.5", "a whole number from 1 to 365"),
        ("unit_name = 7", "a text of 1 to 200 characters"),
        ('municipality_name = "  "', "a text of 1 to 200 characters"),
        ('database_folder = "relative/folder"', "a full folder path in quotes"),
        ("backup_folder = []", "a full folder path in quotes"),
        ('user_may_change = "backup_keep"', "a list of setting names in quotes"),
        ('team_server = "db.local"', "a [team_server] section with at least a host"),
    ],
)
def test_a_wrong_value_is_named_with_its_line_and_what_was_expected(
    central: Path, line: str, expected: str
) -> None:
    key = line.split(" =")[0]
    config = _write(central, f"# Set by IT\n{line}\n")
    assert getattr(config, key) in (None, frozenset())
    assert _messages(config) == [
        f"Line 2 of the central settings file {central}: “{key}” must be {expected}. "
        "It is ignored and Caseflow's default is used."
    ]


def test_a_wrong_user_may_change_leaves_everything_locked(central: Path) -> None:
    config = _write(central, 'backup_keep = 9\nuser_may_change = "backup_keep"\n')
    assert config.is_locked("backup_keep")


def test_an_unknown_name_in_user_may_change_is_named(central: Path) -> None:
    text = 'backup_keep = 9\nuser_may_change = [\n  "backup_keep",\n  "colour",\n]\n'
    config = _write(central, text)
    assert config.user_may_change == {"backup_keep"}
    assert _messages(config) == [
        f"Line 4 of the central settings file {central}: “colour” in user_may_change is not "
        "the name of a setting. It is ignored."
    ]


def test_team_server_problems_name_the_line_inside_its_section(central: Path) -> None:
    text = 'unit_name = "x"\n[team_server]\nhost = "db"\nport = 70000\nsslmode = "require"\n'
    config = _write(central, text)
    assert config.team_server is None  # validated only: a half-right server is no server
    assert _messages(config) == [
        f"Line 5 of the central settings file {central}: “sslmode” is not a Caseflow "
        "setting. It is ignored.",
        f"Line 4 of the central settings file {central}: “port” must be a whole number "
        "from 1 to 65535. It is ignored and Caseflow's default is used.",
    ]
    no_host = _write(central, "[team_server]\nport = 5432\n")
    assert no_host.team_server is None and len(no_host.problems) == 1


def test_an_unreadable_file_is_said_and_ignored(central: Path) -> None:
    central.write_bytes(b'unit_name = "\xff\xfe"\n')  # not UTF-8
    [message] = _messages(central_config.load(central))
    assert message.startswith(f"The central settings file {central} cannot be read.")
    folder = central.parent / "a-folder.toml"
    folder.mkdir()
    assert len(central_config.load(folder).problems) == 1


def test_messages_are_translatable_text() -> None:
    config = central_config.load(Path(__file__))  # Python is no TOML
    assert all(isinstance(p, Text) and p.context == "CentralConfig" for p in config.problems)
    assert config.problems


def test_current_reads_the_file_again_when_it_changes(central: Path) -> None:
    assert central_config.current().auto_lock_minutes is None
    central.write_text("auto_lock_minutes = 3\n", encoding="utf-8")
    assert central_config.current().auto_lock_minutes == 3
    central.write_text("auto_lock_minutes = 45\n", encoding="utf-8")
    assert central_config.current().auto_lock_minutes == 45


def test_the_limits_are_the_apps_own() -> None:
    assert central_config.AUTO_LOCK_RANGE == unit_settings.AUTO_LOCK_RANGE
    assert central_config.BACKUP_KEEP_RANGE == (1, backup_scheduler.MAX_KEEP)


# --- where the values are used -----------------------------------------------------------------


def test_the_database_folder_is_the_default_for_new_databases(central: Path) -> None:
    own_default = paths.data_dir()
    central.write_text('database_folder = "/srv/caseflow"\n', encoding="utf-8")
    assert paths.data_dir() == Path("/srv/caseflow")
    central.write_text("", encoding="utf-8")
    assert paths.data_dir() == own_default


def test_locked_backup_values_win_over_this_computers(central: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    backup_scheduler.save_settings(BackupSettings(mine, 2, 3))
    central.write_text(
        'backup_folder = "/mnt/it"\nbackup_interval_hours = 12\nbackup_keep = 40\n'
        'user_may_change = ["backup_keep"]\n',
        encoding="utf-8",
    )
    # Folder and interval locked; the copies kept are this computer's choice.
    assert backup_scheduler.load_settings() == BackupSettings(Path("/mnt/it"), 12, 3)
    backup_scheduler.save_settings(BackupSettings(tmp_path / "other", 1, 5))
    central.write_text("", encoding="utf-8")
    assert backup_scheduler.load_settings() == BackupSettings(mine, 2, 5)  # locked: not stored


def test_unlocked_central_backup_values_are_the_defaults(central: Path) -> None:
    central.write_text(
        'backup_folder = "/mnt/it"\nbackup_interval_hours = 12\nbackup_keep = 40\n'
        'user_may_change = ["backup_folder", "backup_interval_hours", "backup_keep"]\n',
        encoding="utf-8",
    )
    assert backup_scheduler.load_settings() == BackupSettings(Path("/mnt/it"), 12, 40)
    backup_scheduler.save_settings(BackupSettings(Path("/home/own"), 24, 2))
    assert backup_scheduler.load_settings() == BackupSettings(Path("/home/own"), 24, 2)


def _name_the_unit_in_the_database(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.add(Setting(key="unit_name", value='"Ungdomsenheten"'))
        session.add(Setting(key="municipality_name", value='"Databasens kommun"'))


def test_locked_central_names_win_on_reports(central: Path, workspace: Workspace) -> None:
    _name_the_unit_in_the_database(workspace)
    central.write_text(
        'unit_name = "Fältgruppen"\nmunicipality_name = "Exempelkommunen"\n', encoding="utf-8"
    )
    imprint = meeting_documents.imprint(workspace)
    assert (imprint.unit, imprint.municipality) == ("Fältgruppen", "Exempelkommunen")


def test_central_names_users_may_change_give_way_to_the_databases(
    central: Path, workspace: Workspace
) -> None:
    central.write_text(
        'unit_name = "Fältgruppen"\nmunicipality_name = "Exempelkommunen"\n'
        'user_may_change = ["unit_name", "municipality_name"]\n',
        encoding="utf-8",
    )
    imprint = meeting_documents.imprint(workspace)
    assert (imprint.unit, imprint.municipality) == ("Fältgruppen", "Exempelkommunen")
    _name_the_unit_in_the_database(workspace)
    imprint = meeting_documents.imprint(workspace)
    assert (imprint.unit, imprint.municipality) == ("Ungdomsenheten", "Databasens kommun")


# --- what the app shows ------------------------------------------------------------------------


def _settle() -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def test_locked_values_are_greyed_out_with_a_note(qtbot, central: Path, workspace) -> None:
    from PySide6.QtWidgets import QLabel

    from caseflow.ui.pages.administration import AdministrationPage

    central.write_text(
        'auto_lock_minutes = 7\nbackup_folder = "/mnt/it"\nbackup_interval_hours = 12\n'
        'user_may_change = ["backup_interval_hours"]\n',
        encoding="utf-8",
    )
    page = AdministrationPage(workspace)
    qtbot.addWidget(page)
    page.show()
    _settle()
    try:
        assert page.auto_lock.value() == 7  # IT's minutes, not the database's 10
        assert not page.auto_lock.isEnabled() and not page.save_button.isEnabled()
        section = page.backups
        assert section.folder.text() == "/mnt/it" and not section.choose_button.isEnabled()
        assert section.interval.isEnabled() and section.interval.currentData() == 12
        assert section.keep.isEnabled()  # not set centrally: the administrator decides
        notes = [
            n
            for n in page.findChildren(QLabel, "setByIt")
            if n.text() == "Set by your IT department"
        ]
        assert len(notes) == 2  # auto-lock and the backup folder
        page.tabs.setCurrentIndex(page.tabs.count() - 1)
        page.grab().save(str(central.parent / "administration-locked.png"))
    finally:
        _settle()


def test_nothing_locked_shows_no_note(qtbot, central: Path, workspace) -> None:
    from PySide6.QtWidgets import QLabel

    from caseflow.ui.pages.administration import AdministrationPage

    page = AdministrationPage(workspace)
    qtbot.addWidget(page)
    _settle()
    assert page.auto_lock.isEnabled() and page.save_button.isEnabled()
    assert page.backups.choose_button.isEnabled()
    assert page.findChildren(QLabel, "setByIt") == []


def test_a_bad_file_is_said_at_start_and_the_app_goes_on(qtbot, central: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from caseflow.storage.kdf import FAST_TEST_KDF
    from caseflow.ui.controller import MINUTE_MS, AppController

    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    central.write_text("auto_lock_minutes = 3\nunit_name = \n", encoding="utf-8")
    controller = AppController(kdf=FAST_TEST_KDF)
    try:
        controller.start()
        notice = controller.central_settings_notice
        assert notice is not None and notice.isVisible()
        assert "line 2, column" in notice.informativeText()
        assert controller.wizard is not None and controller.wizard.isVisible()  # goes on
        assert controller.idle.interval_ms == 10 * MINUTE_MS  # the app's own default
    finally:
        controller.quit()
        for widget in (controller.wizard, controller.central_settings_notice):
            if widget is not None:
                widget.close()


def test_locked_auto_lock_minutes_set_the_idle_timer(qtbot, central: Path) -> None:
    from caseflow.ui.controller import MINUTE_MS, AppController

    central.write_text("auto_lock_minutes = 3\n", encoding="utf-8")
    controller = AppController()
    assert controller.idle.interval_ms == 3 * MINUTE_MS
    controller._apply_auto_lock(25)  # what the database says: IT's value still wins
    assert controller.idle.interval_ms == 3 * MINUTE_MS
