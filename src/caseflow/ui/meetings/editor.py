"""The meeting editor: one meeting in its own window, in preparation or minutes mode.

The header says what the meeting is (type, date and time, place, case
numbers, the minutes' status). "Preparation" is for the field assistant
before the meeting, "Minutes" for writing, approving and correcting the
minutes. Opening a meeting that is already open raises its window.

Text typed and not saved is kept by the main window's ``DraftKeeper`` and
offered back when the meeting is opened again (after a lock or a crash).
Closing the window with unsaved text asks first; a close the app makes
itself (locking, quitting) does not ask: the keeper has already saved it.
"""

from __future__ import annotations

import html
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import drafts as draft_store
from caseflow.services import meetings, permissions
from caseflow.services.meetings import MeetingDetail
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, format_date, run_for
from caseflow.ui.drafts import DraftKeeper, DraftSnapshot, save_snapshots
from caseflow.ui.meetings.minutes_view import MinutesPanel
from caseflow.ui.meetings.preparation_view import PreparationView
from caseflow.ui.worker import run_in_background

PREPARATION, MINUTES = 0, 1

_open_editors: dict[int, MeetingEditor] = {}


def _ignore(error: BaseException) -> None:
    # Keeping a draft on close is a courtesy: the keeper's own saves already hold it.
    del error


class MeetingEditor(QWidget):
    """A top-level window for one meeting; ``detail`` once it has loaded."""

    def __init__(
        self,
        workspace: Workspace,
        keeper: DraftKeeper,
        meeting_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Meeting"))
        self._workspace = workspace
        self._keeper = keeper
        self.meeting_id = meeting_id
        self.detail: MeetingDetail | None = None
        self.question: QMessageBox | None = None
        self._close_confirmed = False
        may_edit = permissions.may(workspace, Action.MANAGE_MEETINGS)

        self.heading = QLabel(self.tr("Loading the meeting…"))
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("meetingMinutesStatus")
        self.message = MessageArea()
        self.message.setObjectName("meetingMessage")
        self.preparation = PreparationView(workspace, keeper, meeting_id, may_edit)
        self.minutes = MinutesPanel(workspace, keeper, meeting_id, may_edit)
        self.minutes.changed.connect(self.reload)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingModes")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.preparation, self.tr("&Preparation"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.tabs.currentChanged.connect(self._mode_changed)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeMeeting")
        self.close_button.clicked.connect(self.request_close)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for keys, action in (
            (QKeySequence(QKeySequence.StandardKey.Save), self.save_current),
            (QKeySequence("Ctrl+W"), self.request_close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
        token = id(self)
        self.destroyed.connect(lambda: _forget(meeting_id, token))
        self.resize(1200, 680)  # fits a 1366×768 laptop screen with its taskbar
        self.reload()

    # --- loading -----------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.detail is not None and self.preparation.loaded

    def reload(self) -> None:
        """Read the meeting again (after approval or attendance) and show it."""
        workspace, meeting_id, first = self._workspace, self.meeting_id, self.detail is None
        prefix = f"meeting:{meeting_id}:item:"

        def work() -> tuple[MeetingDetail, bool]:
            detail = meetings.get_meeting(workspace, meeting_id)
            drafted = first and any(
                d.editor_key.startswith(prefix) for d in draft_store.list_drafts(workspace)
            )
            return detail, drafted

        run_for(self, work, lambda r: self._loaded(*r), self.message.show_error)

    def _loaded(self, detail: MeetingDetail, minutes_drafted: bool = False) -> None:
        first = self.detail is None
        self.detail = detail
        self._show_header(detail)
        self.preparation.set_meeting(detail)
        self.minutes.set_meeting(detail)
        if first:
            # A meeting that has been held opens on its minutes, as does one with
            # unsaved minutes text to offer back.
            held = detail.date <= date.today() or detail.minutes_status.is_locked
            self.tabs.setCurrentIndex(MINUTES if held or minutes_drafted else PREPARATION)
            self._mode_changed(self.tabs.currentIndex())

    def _show_header(self, detail: MeetingDetail) -> None:
        when = (
            f"{format_date(detail.date)} {detail.starts_at.strftime('%H:%M')}–"
            f"{detail.ends_at.strftime('%H:%M')}"
        )
        cases = ", ".join(detail.case_numbers)
        self.heading.setText(
            self.tr("<b>%1</b> · %2 · %3<br>Cases: %4")
            .replace("%1", html.escape(detail.type_label))
            .replace("%2", when)
            .replace("%3", html.escape(detail.place))
            .replace("%4", html.escape(cases))
        )
        status = self.tr("Minutes: %1").replace("%1", detail.minutes_status.label.render())
        if detail.cancelled:
            status = self.tr("CANCELLED · %1").replace("%1", status)
        self.status_label.setText(f"<b>{html.escape(status)}</b>")
        self.setWindowTitle(
            self.tr("%1 %2 – %3")
            .replace("%1", detail.type_label)
            .replace("%2", format_date(detail.date))
            .replace("%3", cases)
        )

    def _mode_changed(self, index: int) -> None:
        # The minutes are read (and started from the agenda) when first shown.
        if index == MINUTES and self.detail is not None and not self.minutes.loaded:
            self.minutes.load()

    def show_mode(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- saving --------------------------------------------------------------------------

    def save_current(self) -> None:
        """Ctrl+S: the preparation notes, or the item shown in the minutes."""
        if self.tabs.currentIndex() == PREPARATION:
            self.preparation.save_notes()
        else:
            self.minutes.save_current()

    def has_unsaved_changes(self) -> bool:
        return self.preparation.has_unsaved_changes() or self.minutes.has_unsaved_changes()

    def _snapshots(self) -> list[DraftSnapshot]:
        snapshots = [
            DraftSnapshot(s.draft_key(), s.draft_title(), s.draft_text())
            for s in self.minutes.sources()
        ]
        prep = self.preparation
        snapshots.append(DraftSnapshot(prep.draft_key(), prep.draft_title(), prep.draft_text()))
        return snapshots

    # --- closing -------------------------------------------------------------------------

    def request_close(self) -> None:
        """Close (Ctrl+W); with unsaved text, ask whether to keep it as a draft."""
        if not self.has_unsaved_changes():
            # Clears any draft an autosave wrote while the last save was under way.
            self._close_keeping_drafts(True)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved text"),
            self.tr(
                "This meeting holds text that is not saved. Keep it as a draft (it is offered "
                "back when you open the meeting again) or discard it?"
            ),
            parent=self,
        )
        box.setObjectName("closeQuestion")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep = box.addButton(self.tr("&Keep as draft and close"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("&Discard and close"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)

        def clicked(button: QAbstractButton) -> None:
            if button is keep:
                self._close_keeping_drafts(True)
            elif button is discard:
                self._close_keeping_drafts(False)

        box.buttonClicked.connect(clicked)
        self.question = box
        box.open()

    def _close_keeping_drafts(self, keep: bool) -> None:
        snapshots = self._snapshots()
        if not keep:
            snapshots = [DraftSnapshot(s.key, s.title, None) for s in snapshots]
        if self._workspace.is_open:
            workspace = self._workspace
            # Not bound to this window: it is gone before the save is done.
            run_in_background(lambda: save_snapshots(workspace, snapshots), _ignore, _ignore)
        self._close_now()

    def _close_now(self) -> None:
        self._close_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._close_confirmed:
            # The window's own close button: ask like Ctrl+W does.
            event.ignore()
            self.request_close()
            return
        # Locking or quitting closes the window after the keeper saved every draft.
        self._unregister()
        _forget(self.meeting_id, id(self))  # a closed window is not raised again
        event.accept()

    def _unregister(self) -> None:
        self.minutes.unregister_all()
        self.preparation.unregister()


def _forget(meeting_id: int, token: int) -> None:
    # Only this window's entry: another (for a new workspace) may have replaced it.
    if id(_open_editors.get(meeting_id)) == token:
        del _open_editors[meeting_id]


def open_meeting_editor(
    parent: QWidget, workspace: Workspace, drafts: DraftKeeper, meeting_id: int
) -> QWidget:
    """Show the meeting's editor in its own window; an open one is raised instead."""
    existing = _open_editors.get(meeting_id)
    if existing is not None and shiboken6.isValid(existing) and existing._workspace is workspace:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    # Owned by the main window (closed with it when the app locks), not by the
    # page that asked: a page may go while the meeting is still being written.
    editor = MeetingEditor(workspace, drafts, meeting_id, parent.window())
    _open_editors[meeting_id] = editor
    editor.show()
    return editor
