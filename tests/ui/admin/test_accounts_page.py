"""Accounts in the Administration page: one-time passphrases that unlock, deactivation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from caseflow.domain.accounts import Role
from caseflow.domain.errors import WrongCredentials
from caseflow.services import access, accounts
from caseflow.services.access import FAST_TEST_KDF
from caseflow.services.workspace import Workspace
from caseflow.ui.pages.accounts import (
    MUST_CHANGE,
    USERNAME,
    AccountsSection,
    OneTimePassphraseDialog,
)
from caseflow.ui.pages.administration import AdministrationPage
from tests.ui.admin.conftest import accept_confirmation, settle


def _section(qtbot, workspace: Workspace, rows: int) -> AccountsSection:
    section = AccountsSection(workspace, kdf=FAST_TEST_KDF)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.tree.topLevelItemCount() == rows, timeout=5000)
    return section


def _passphrase_dialog(qtbot, section: AccountsSection) -> OneTimePassphraseDialog:
    qtbot.waitUntil(
        lambda: isinstance(section.dialog, OneTimePassphraseDialog) and section.dialog.isVisible(),
        timeout=10_000,
    )
    assert isinstance(section.dialog, OneTimePassphraseDialog)
    return section.dialog


def test_a_new_account_gets_a_one_time_passphrase_that_unlocks_once(
    qtbot, admin: Workspace, closed_db: Path
) -> None:
    QGuiApplication.clipboard().clear()
    section = _section(qtbot, admin, 1)
    dialog = section.new_account()
    dialog.username.setText("Nora Ny!")  # a space and ! are not allowed
    dialog.display_name.setText("Nora Nyström")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER.value))
    dialog.submit()
    message = dialog.field_label("username")
    qtbot.waitUntil(lambda: message.isVisible(), timeout=5000)
    assert "letters a-z" in message.text()
    # Nothing typed is lost: the dialog stays with what was written.
    assert dialog.isVisible() and dialog.display_name.text() == "Nora Nyström"

    dialog.username.setText("admin")
    dialog.submit()
    qtbot.waitUntil(lambda: "already taken" in message.text(), timeout=5000)

    dialog.username.setText("nora")
    dialog.submit()
    shown = _passphrase_dialog(qtbot, section)
    passphrase = shown.passphrase.text()
    assert len(passphrase) == 29
    rule = shown.findChild(type(shown.passphrase), "oneTimeRule")
    assert rule is not None and "will not be shown again" in rule.text()
    assert "first time they unlock" in rule.text()
    # Onto the clipboard only when asked, and off it again at lock.
    assert QGuiApplication.clipboard().text() != passphrase
    shown.copy()
    assert QGuiApplication.clipboard().text() == passphrase
    shown.close()
    assert shown.passphrase.text() == ""

    qtbot.waitUntil(lambda: section.tree.topLevelItemCount() == 2, timeout=5000)
    nora = next(
        section.tree.topLevelItem(i)
        for i in range(2)
        if section.tree.topLevelItem(i).text(USERNAME) == "nora"
    )
    assert nora.text(MUST_CHANGE) == "Yes"
    assert section.selected() is not None and section.selected().username == "nora"
    settle()
    admin.lock()

    new_user = access.unlock(closed_db, "nora", passphrase)
    try:
        assert new_user.user.role is Role.MANAGER
        assert new_user.user.must_change_passphrase
    finally:
        new_user.lock()


def test_deactivating_an_account_stops_it_unlocking(
    qtbot, admin: Workspace, closed_db: Path
) -> None:
    made = accounts.create_account(
        admin, "ville", "Ville Vikarie", Role.SOCIAL_WORKER, FAST_TEST_KDF
    )
    section = _section(qtbot, admin, 2)
    section.select_username("ville")
    assert section.deactivate_button.isEnabled()
    section.deactivate_button.click()
    question = accept_confirmation(qtbot, section)
    assert "can no longer unlock" in question and "Ville Vikarie" in question
    qtbot.waitUntil(lambda: "can no longer unlock" in section.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: section.reactivate_button.isEnabled(), timeout=5000)
    assert not section.selected().is_active
    # One's own account cannot be deactivated from here.
    section.select_username("admin")
    assert not section.deactivate_button.isEnabled()
    settle()
    admin.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(closed_db, "ville", made.one_time_passphrase).lock()


def test_reactivating_and_resetting_show_a_new_one_time_passphrase(
    qtbot, admin: Workspace, closed_db: Path
) -> None:
    made = accounts.create_account(
        admin, "ville", "Ville Vikarie", Role.SOCIAL_WORKER, FAST_TEST_KDF
    )
    accounts.deactivate_account(admin, made.account.id)
    section = _section(qtbot, admin, 2)
    section.select_username("ville")
    section.reactivate_button.click()
    accept_confirmation(qtbot, section)
    first = _passphrase_dialog(qtbot, section)
    reactivated = first.passphrase.text()
    first.close()
    qtbot.waitUntil(lambda: section.reset_button.isEnabled(), timeout=5000)
    section.reset_button.click()
    assert "stops working" in accept_confirmation(qtbot, section)
    qtbot.waitUntil(
        lambda: section.dialog is not first and isinstance(section.dialog, OneTimePassphraseDialog),
        timeout=10_000,
    )
    assert isinstance(section.dialog, OneTimePassphraseDialog)
    reset = section.dialog.passphrase.text()
    assert reset and reset != reactivated
    settle()
    admin.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(closed_db, "ville", reactivated).lock()
    ville = access.unlock(closed_db, "ville", reset)
    assert ville.user.must_change_passphrase
    ville.lock()


def test_only_administrators_get_the_accounts_tab(qtbot, manager: Workspace) -> None:
    page = AdministrationPage(manager)
    qtbot.addWidget(page)
    assert page.accounts is None
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert "Accounts" not in titles and "Backups" in titles
