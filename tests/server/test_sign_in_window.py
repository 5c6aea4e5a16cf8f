"""The app on a team's server: the unlock dialog takes a server profile file, the user
signs in with their server password, and the main window works on the server's rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from caseflow.services import team
from caseflow.ui.main_window import MainWindow
from caseflow.ui.unlock_dialog import UnlockDialog
from tests.server.conftest import ServerDatabase, move_demo_to_server
from tools import pg_sandbox

SARA_PASSWORD = "Saras-lösenord-i-appen-2"


@pytest.fixture
def profile_file(empty_server_database: ServerDatabase, tmp_path: Path) -> Path:
    """A demo database moved to the server, Sara's password set, and IT's profile file."""
    sandbox = empty_server_database.sandbox
    path = tmp_path / "team.toml"
    path.write_text(
        f'host = "{pg_sandbox.HOST}"\nport = {sandbox.port}\n'
        f'database = "{empty_server_database.name}"\nroot_cert = "{sandbox.root_cert}"\n'
    )
    administrator = move_demo_to_server(
        empty_server_database, tmp_path, cases=20, profile_file=path
    )
    team.set_password(administrator, "socsek", SARA_PASSWORD, SARA_PASSWORD)
    return path


def test_sara_signs_in_to_the_server_and_sees_her_cases(qtbot, profile_file: Path) -> None:
    dialog = UnlockDialog(profile_file, "socsek")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("wrong password")
    dialog.try_unlock()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text().lower(), timeout=15_000)
    assert dialog.passphrase.text() == ""

    dialog.passphrase.setText(SARA_PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=15_000) as signed_in:
        dialog.try_unlock()
    workspace = signed_in.args[0]
    try:
        assert workspace.on_server and workspace.path == profile_file
        assert workspace.user.username == "socsek"
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        assert window.cases is not None
        window.navigation.setCurrentRow(window.pages.indexOf(window.cases))
        model = window.cases.case_list.model
        qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading, timeout=15_000)
        assert model.rowCount() > 0
        # No file here to back up or accounts with key slots: IT's tools, said plainly.
        administration = window.administration
        assert administration.backups is None and administration.accounts is None
        titles = [
            administration.tabs.tabText(i).replace("&", "")
            for i in range(administration.tabs.count())
        ]
        assert titles == ["General", "Server"]
        window.navigation.setCurrentRow(window.pages.indexOf(administration))
        administration.tabs.setCurrentIndex(1)
        window.grab().save(str(profile_file.parent / "server-administration.png"))
        shown = administration.findChild(QLabel, "serverNote").text()
        assert f"@ {pg_sandbox.HOST}" in shown and "caseflow server user" in shown
    finally:
        workspace.lock()
