"""Konton: an administrator's list of user accounts, and the changes made to them.

A new, reactivated or reset account gets a one-time passphrase from
``services.accounts``. It is shown once, in ``OneTimePassphraseDialog``,
and goes nowhere else: not into the log, the settings or a draft, and onto
the clipboard only when the administrator clicks Copy (cleared again after
a minute, or at lock, whichever comes first).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.accounts import Role
from caseflow.services import accounts
from caseflow.services.access import DEFAULT_KDF, KdfParams
from caseflow.services.accounts import Account, NewAccount
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, ServiceDialog, confirm, enum_combo
from caseflow.ui.clipboard import clear_sensitive, copy_sensitive
from caseflow.ui.worker import run_for

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, USERNAME, ROLE, ACTIVE, MUST_CHANGE = range(5)
CLIPBOARD_CLEAR_MS = 60_000


class NewAccountDialog(ServiceDialog):
    """User name, name and role; OK creates the account (``result_value``: NewAccount)."""

    def __init__(self, workspace: Workspace, kdf: KdfParams, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self._workspace = workspace
        self._kdf = kdf
        self.username = QLineEdit()
        self.username.setObjectName("accountUsername")
        self.username.setMaxLength(40)
        self.username.setPlaceholderText(self.tr("e.g. anna.berg"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("accountDisplayName")
        self.display_name.setMaxLength(200)
        self.display_name.setPlaceholderText(self.tr("e.g. Anna Berg"))
        self.role = enum_combo(Role)
        self.role.setObjectName("accountRole")
        self.role.setCurrentIndex(max(0, self.role.findData(Role.SOCIAL_WORKER.value)))
        self.add_field(self.tr("&User name:"), self.username, "username")
        self.add_field(self.tr("&Name:"), self.display_name, "display_name")
        self.add_field(self.tr("&Role:"), self.role)
        hint = QLabel(
            self.tr(
                "The user name is what they type to unlock: letters a-z, digits, dot, dash "
                "or underscore. Caseflow then shows a one-time passphrase for them."
            ),
            wordWrap=True,
        )
        self.content.addWidget(hint)
        self.username.textEdited.connect(lambda: self.changed("username"))
        self.display_name.textEdited.connect(lambda: self.changed("display_name"))
        self.finish_layout()
        self.ok_button.setText(self.tr("&Create account"))
        self.resize(480, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        found = {}
        if not self.username.text().strip():
            found["username"] = self.tr("Write a user name.")
        if not self.display_name.text().strip():
            found["display_name"] = self.tr("Write the person's name.")
        return found

    def work(self) -> Callable[[], Any]:
        workspace, kdf = self._workspace, self._kdf
        username, name = self.username.text(), self.display_name.text()
        role = Role(str(self.role.currentData()))
        return lambda: accounts.create_account(workspace, username, name, role, kdf)


class OneTimePassphraseDialog(QDialog):
    """Shows a one-time passphrase once; closing the dialog forgets it."""

    def __init__(self, new: NewAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePassphraseDialog")
        self.setWindowTitle(self.tr("One-time passphrase"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._passphrase = new.one_time_passphrase
        who = QLabel(
            self.tr("One-time passphrase for <b>%1</b> (user name <b>%2</b>):")
            .replace("%1", html.escape(new.account.display_name))
            .replace("%2", html.escape(new.account.username)),
            wordWrap=True,
        )
        self.passphrase = QLabel(self._passphrase)
        self.passphrase.setObjectName("oneTimePassphrase")
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.passphrase.setFont(font)
        rule = QLabel(
            self.tr(
                "Give it to them in person or by phone, not by e-mail. They must change it "
                "the first time they unlock Caseflow. It will not be shown again: if it is "
                "lost, reset the passphrase."
            ),
            wordWrap=True,
        )
        rule.setObjectName("oneTimeRule")
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyPassphrase")
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.passphrase)
        layout.addWidget(rule)
        layout.addLayout(row)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def copy(self) -> None:
        copy_sensitive(self._passphrase)
        # Leaves the clipboard after a minute (or at lock) if nothing else replaced it.
        QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear_sensitive)
        self.copied.setText(self.tr("Copied. The clipboard is cleared in a minute."))

    def done(self, result: int) -> None:
        self._passphrase = ""
        self.passphrase.clear()
        super().done(result)


class AccountsSection(QWidget):
    """The accounts table with New, Deactivate, Reactivate and Reset passphrase (administrators)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsSection")
        self._workspace = workspace
        self._kdf = kdf
        self.rows: list[Account] = []
        self.dialog: QDialog | None = None
        self._loaded_once = False
        self._select_after: str | None = None
        self.message = MessageArea()
        self.message.setObjectName("accountsMessage")
        self.tree = self._table()
        self.new_button = QPushButton(self.tr("&New account…"))
        self.new_button.setObjectName("newAccount")
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.deactivate_button.setObjectName("deactivateAccount")
        self.reactivate_button = QPushButton(self.tr("Reac&tivate…"))
        self.reactivate_button.setObjectName("reactivateAccount")
        self.reset_button = QPushButton(self.tr("Reset &passphrase…"))
        self.reset_button.setObjectName("resetPassphrase")
        self.new_button.clicked.connect(self.new_account)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.deactivate_button,
            self.reactivate_button,
            self.reset_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Everyone who uses Caseflow has an account of their own. A deactivated "
                    "account can no longer unlock; its name stays in the records and the log."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self._selection_changed()

    def _table(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("accountsTable")
        tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Must change passphrase"),
            ]
        )
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        return tree

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        if not self._workspace.is_open:
            return
        self._loaded_once = True
        workspace = self._workspace
        run_for(self, lambda: accounts.list_accounts(workspace), self._loaded, self._error)

    def _loaded(self, rows: list[Account]) -> None:
        selected = self.selected_id()
        self.rows = rows
        self.tree.clear()
        for account in rows:
            item = self._item(account)
            self.tree.addTopLevelItem(item)
            if account.id == selected:
                self.tree.setCurrentItem(item)
        if self._select_after is not None:
            self.select_username(self._select_after)
            self._select_after = None
        self._selection_changed()

    def _item(self, account: Account) -> QTreeWidgetItem:
        active = self.tr("Yes") if account.is_active else self.tr("No, deactivated")
        item = QTreeWidgetItem(
            [
                account.display_name,
                account.username,
                account.role.label.render(),
                active,
                self.tr("Yes") if account.must_change_passphrase and account.is_active else "",
            ]
        )
        item.setData(NAME, ID_ROLE, account.id)
        if not account.is_active:
            for column in range(5):
                item.setForeground(column, Qt.GlobalColor.darkGray)
            item.setToolTip(NAME, self.tr("This account cannot unlock."))
        return item

    def _error(self, error: BaseException) -> None:
        if self._workspace.is_open:
            self.message.show_error(error)

    # --- selection -----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(NAME, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> Account | None:
        wanted = self.selected_id()
        return next((a for a in self.rows if a.id == wanted), None)

    def select_username(self, username: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.text(USERNAME) == username:
                self.tree.setCurrentItem(item)

    def _selection_changed(self) -> None:
        account = self.selected()
        is_me = account is not None and account.id == self._workspace.user.id
        self.deactivate_button.setEnabled(account is not None and account.is_active and not is_me)
        self.reactivate_button.setEnabled(account is not None and not account.is_active)
        self.reset_button.setEnabled(account is not None and account.is_active and not is_me)
        if is_me:
            self.reset_button.setToolTip(self.tr("Change your own passphrase from the File menu."))
        else:
            self.reset_button.setToolTip("")

    # --- changes -------------------------------------------------------------------------

    def new_account(self) -> NewAccountDialog:
        dialog = NewAccountDialog(self._workspace, self._kdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._changed(dialog.result_value))
        self.dialog = dialog
        dialog.open()
        return dialog

    def deactivate_selected(self) -> None:
        account = self.selected()
        if account is None or not account.is_active:
            return
        workspace = self._workspace
        confirm(
            self,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate the account of %1 (%2)? They can no longer unlock Caseflow, from "
                "now on. Their name stays in the records and the log. You can reactivate "
                "the account later with a new one-time passphrase."
            )
            .replace("%1", account.display_name)
            .replace("%2", account.username),
            self.tr("&Deactivate"),
            lambda: self._run(
                lambda: accounts.deactivate_account(workspace, account.id),
                self.tr("%1 can no longer unlock Caseflow.").replace("%1", account.display_name),
            ),
        )

    def reactivate_selected(self) -> None:
        account = self.selected()
        if account is None or account.is_active:
            return
        workspace, kdf = self._workspace, self._kdf
        confirm(
            self,
            self.tr("Reactivate account"),
            self.tr(
                "Reactivate the account of %1 (%2)? They get a one-time passphrase, "
                "shown next, that they must change at first unlock."
            )
            .replace("%1", account.display_name)
            .replace("%2", account.username),
            self.tr("Reac&tivate"),
            lambda: self._run(lambda: accounts.reactivate_account(workspace, account.id, kdf)),
        )

    def reset_selected(self) -> None:
        account = self.selected()
        if account is None or not account.is_active:
            return
        workspace, kdf = self._workspace, self._kdf
        confirm(
            self,
            self.tr("Reset passphrase"),
            self.tr(
                "Give %1 (%2) a new one-time passphrase? Their current passphrase stops "
                "working at once."
            )
            .replace("%1", account.display_name)
            .replace("%2", account.username),
            self.tr("&Reset passphrase"),
            lambda: self._run(lambda: accounts.reset_passphrase(workspace, account.id, kdf)),
        )

    def _run(self, work: Callable[[], Any], done_text: str = "") -> None:
        self.message.clear_message()
        for button in (self.deactivate_button, self.reactivate_button, self.reset_button):
            button.setEnabled(False)

        def done(result: Any) -> None:
            if done_text:
                self.message.show_text(done_text)
            self._changed(result)

        def failed(error: BaseException) -> None:
            self._error(error)
            self._selection_changed()

        run_for(self, work, done, failed)

    def _changed(self, result: object) -> None:
        if isinstance(result, NewAccount):
            self._select_after = result.account.username
            self.message.clear_message()
            self.show_passphrase(result)
        self.refresh()

    def show_passphrase(self, new: NewAccount) -> OneTimePassphraseDialog:
        dialog = OneTimePassphraseDialog(new, self)
        self.dialog = dialog
        dialog.open()
        return dialog
