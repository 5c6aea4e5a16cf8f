"""Keep what a user types as encrypted drafts, and offer drafts back after unlocking.

An editor that holds unsaved text registers with the main window's
``DraftKeeper``. The keeper saves its text a moment after each change (so a
crash loses at most those seconds) and all of it when the app locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import drafts
from caseflow.services.drafts import DraftView
from caseflow.services.workspace import Workspace
from caseflow.ui.clipboard import copy_sensitive
from caseflow.ui.worker import run_for

SAVE_DELAY_MS = 2000


class DraftSource(Protocol):
    """An editor whose unsaved text must survive a lock or a crash."""

    def draft_key(self) -> str:
        """Identifies what is edited, e.g. 'journal:case:42:new'."""
        ...

    def draft_title(self) -> str: ...

    def draft_text(self) -> str | None:
        """The unsaved text, or None when there is nothing unsaved."""
        ...


@dataclass(frozen=True)
class DraftSnapshot:
    key: str
    title: str
    text: str | None


def save_snapshots(workspace: Workspace, snapshots: list[DraftSnapshot]) -> None:
    """Write (or clear) each editor's draft; runs on a worker thread."""
    for snapshot in snapshots:
        if snapshot.text:
            drafts.save_draft(workspace, snapshot.key, snapshot.title, snapshot.text)
        else:
            drafts.discard_draft(workspace, snapshot.key)


class DraftKeeper(QObject):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._sources: list[DraftSource] = []
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_soon_now)

    def register(self, source: DraftSource) -> None:
        self._sources.append(source)

    def unregister(self, source: DraftSource) -> None:
        if source in self._sources:
            self._sources.remove(source)

    def changed(self) -> None:
        """An editor's text changed: save a moment later, once typing pauses."""
        self._timer.start()

    def snapshots(self) -> list[DraftSnapshot]:
        return [
            DraftSnapshot(s.draft_key(), s.draft_title(), s.draft_text()) for s in self._sources
        ]

    def save_soon_now(self) -> None:
        if not self._workspace.is_open:
            return
        workspace, snapshots = self._workspace, self.snapshots()
        run_for(
            self, lambda: save_snapshots(workspace, snapshots), lambda _: self.saved.emit(), _ignore
        )

    def stop(self) -> None:
        self._timer.stop()


def _ignore(error: BaseException) -> None:
    # An autosave that fails (the database was locked meanwhile) is retried
    # by the save that the lock itself makes.
    del error


class DraftsDialog(QDialog):
    """Lists this user's drafts with their text: copy, discard or keep them."""

    def __init__(
        self, workspace: Workspace, items: list[DraftView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle(self.tr("Unsaved drafts"))
        self._workspace = workspace
        self._items = items
        self.list = QListWidget()
        self.list.setObjectName("draftList")
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("draftText")
        for item in items:
            stamp = item.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            QListWidgetItem(f"{item.title} ({stamp})", self.list)
        self.list.currentRowChanged.connect(self._show)
        copy = QPushButton(self.tr("&Copy text"))
        discard = QPushButton(self.tr("&Discard draft"))
        discard.setObjectName("discardDraft")
        copy.clicked.connect(self._copy)
        discard.clicked.connect(self._discard)
        actions = QHBoxLayout()
        actions.addWidget(copy)
        actions.addWidget(discard)
        actions.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.text)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(640, 480)
        if items:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        self.text.setPlainText(self._items[row].content if 0 <= row < len(self._items) else "")

    def _copy(self) -> None:
        copy_sensitive(self.text.toPlainText())

    def _discard(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        key = self._items[row].editor_key
        workspace = self._workspace
        run_for(self, lambda: drafts.discard_draft(workspace, key), lambda _: None, _ignore)
        del self._items[row]
        self.list.takeItem(row)
