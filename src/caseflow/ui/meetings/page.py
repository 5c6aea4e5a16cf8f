"""Möten: upcoming and past meetings, filtered; book, open, change, cancel, export.

The list reloads whenever the page is shown and after every change made
here. Opening a meeting (Enter or a double-click) starts the meeting editor
(``caseflow.ui.meetings.editor``), imported when first needed. Roles without
meetings (managers, administrators) read a sentence instead of the list.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import parse_case_number
from caseflow.domain.meetings import MeetingTypeDef
from caseflow.services import cases as case_service
from caseflow.services import meetings as meeting_service
from caseflow.services import permissions
from caseflow.services.cases import CaseFilter
from caseflow.services.meetings import PAGE_SIZE, MeetingDetail, MeetingFilter, MeetingRow
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, confirm
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.meetings.booking_dialog import BookingDialog
from caseflow.ui.meetings.calendar_file import Exported, save_dialog, write_calendar
from caseflow.ui.meetings.filter_bar import MeetingFilterBar, MeetingQuery
from caseflow.ui.meetings.list_model import Column, MeetingListModel
from caseflow.ui.worker import run_for


def find_case_id(workspace: Workspace, number: str) -> int | None:
    """The id of the case with this number (typed in any case), or None; on a worker."""
    wanted = str(parse_case_number(number))
    page = case_service.list_cases(workspace, CaseFilter(text=wanted), limit=5)
    return next((row.id for row in page.rows if row.case_number == wanted), None)


class MeetingsPage(QWidget):
    """The Möten area of the main window."""

    def __init__(
        self,
        workspace: Workspace,
        drafts: DraftKeeper,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self._workspace = workspace
        self._drafts = drafts
        self.can_read = permissions.may(workspace, Action.READ_MEETINGS)
        self.can_manage = permissions.may(workspace, Action.MANAGE_MEETINGS)
        self.types: tuple[MeetingTypeDef, ...] = ()
        self.booking: BookingDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.editors: dict[int, QWidget] = {}
        self._query_generation = 0
        self._looking_up = False  # a typed case number is being looked up
        self._reselect: int | None = None
        self._failed_now = False  # the last query failed: the message says why
        self._query_message = False  # the message is about the query, not about an action
        heading = QLabel("<h2>" + html.escape(self.tr("Meetings")) + "</h2>")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if not self.can_read:
            self.no_access = QLabel(
                self.tr(
                    "Your role does not include meetings. Social workers and field assistants "
                    "book them, prepare them and write their minutes."
                ),
                wordWrap=True,
            )
            self.no_access.setObjectName("meetingsNoAccess")
            layout.addWidget(self.no_access)
            layout.addStretch(1)
            return
        self.model = MeetingListModel(workspace, page_size, self)
        self.filters = MeetingFilterBar()
        self.message = MessageArea()
        self.message.setObjectName("meetingsMessage")
        self.count_label = QLabel()
        self.count_label.setObjectName("meetingCount")
        self.table = self._build_table()
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.filters.second_row.addWidget(self.count_label)
        order = (
            self.filters.upcoming,
            self.filters.past,
            self.filters.from_date,
            self.filters.to_date,
            self.filters.type,
            self.filters.case_number,
            self.filters.show_cancelled,
            self.table,
            self.new_button,
            self.open_button,
            self.edit_button,
            self.cancel_button,
            self.export_button,
            self.refresh_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        for keys, slot in (("Ctrl+N", self.new_meeting), ("F5", self.refresh)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self.filters.changed.connect(self._filters_changed)
        self.model.modelReset.connect(self._update)
        self.model.rowsInserted.connect(self._update)
        self.model.loading_changed.connect(self._update)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self._failed)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._update_buttons)
        selection.selectionChanged.connect(self._update_buttons)
        self._update()

    # --- building ------------------------------------------------------------------

    def _build_buttons(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setObjectName("newMeetingButton")
        self.new_button.setToolTip(self.tr("Book a meeting (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openMeetingButton")
        self.open_button.setToolTip(self.tr("Preparation and minutes (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.edit_button = QPushButton(self.tr("&Edit booking…"))
        self.edit_button.setObjectName("editBookingButton")
        self.edit_button.clicked.connect(self.edit_booking)
        self.cancel_button = QPushButton(self.tr("Cance&l meeting…"))
        self.cancel_button.setObjectName("cancelMeetingButton")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.export_button = QPushButton(self.tr("E&xport to calendar…"))
        self.export_button.setObjectName("exportCalendarButton")
        menu = QMenu(self.export_button)
        self.export_selected_action = menu.addAction(self.tr("The &selected meeting…"))
        self.export_selected_action.triggered.connect(lambda: self.choose_export_file(True))
        self.export_all_action = menu.addAction(self.tr("&Every meeting in the list…"))
        self.export_all_action.triggered.connect(lambda: self.choose_export_file(False))
        self.export_button.setMenu(menu)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the list again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        if not self.can_manage:
            self.new_button.setToolTip(self.tr("Your role does not book meetings."))
        row = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.edit_button,
            self.cancel_button,
            self.export_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        return row

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("meetingTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setToolTip(self.tr("Press Enter or double-click to open the meeting."))
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        for column in Column:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(title) + 24,
                max(metrics.horizontalAdvance(s) for s in self.model.samples(column)) + 20,
            )
            table.setColumnWidth(column, width)
        for wide in (Column.CASES, Column.PLACE):  # a shared sitting lists several cases
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        return table

    # --- the query -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.can_read and self._workspace.is_open:
            self._load_types()
            self.refresh()

    @property
    def is_loading(self) -> bool:
        """True while the list (or the case a typed number names) is being read."""
        return self.can_read and (self._looking_up or self.model.is_loading)

    def _load_types(self) -> None:
        workspace = self._workspace
        run_for(
            self, lambda: meeting_service.meeting_types(workspace), self._types_loaded, self._failed
        )

    def _types_loaded(self, types: tuple[MeetingTypeDef, ...]) -> None:
        self.types = types
        self.filters.set_types(types)

    def refresh(self) -> None:
        """Load the list again, keeping the selected meeting selected if it is still there."""
        if not self.can_read:
            return
        selected = self.selected_row()
        if self._reselect is None and selected is not None:
            self._reselect = selected.id
        self.filters.apply_now()
        self._apply(self.filters.query())

    def _filters_changed(self) -> None:
        self._reselect = None
        self._apply(self.filters.query())

    def _apply(self, query: MeetingQuery) -> None:
        self._query_generation += 1
        self._looking_up = query.case_number is not None
        if query.case_number is None:
            self.model.set_filter(query.meeting_filter)
            return
        generation, workspace, number = self._query_generation, self._workspace, query.case_number
        self.model.clear()
        self._update()
        run_for(
            self,
            lambda: find_case_id(workspace, number),
            lambda case_id: self._case_found(generation, query, case_id),
            lambda error: self._case_failed(generation, error),
        )

    def _case_found(self, generation: int, query: MeetingQuery, case_id: int | None) -> None:
        if generation != self._query_generation:
            return  # the filter changed while the case was looked up
        self._looking_up = False
        if case_id is None:
            self.model.clear()
            self._failed_now = True
            self._query_message = True
            self.message.show_text(
                self.tr("There is no case %1.").replace("%1", query.case_number or "")
            )
            self._update()
            return
        self.model.set_filter(replace(query.meeting_filter, case_id=case_id))

    def _case_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._query_generation:
            self._looking_up = False
            self._failed(error)

    # --- results -------------------------------------------------------------------

    def _page_loaded(self) -> None:
        self._failed_now = False
        if self._query_message:
            self._query_message = False
            self.message.clear_message()
        if self._reselect is not None:
            row = self.model.row_of(self._reselect)
            if row is not None:
                self.table.selectRow(row)
                self._reselect = None
            elif not self.model.has_more:
                self._reselect = None
        if self.table.hasFocus() and not self.table.currentIndex().isValid():
            self._select_first()
        self._update()

    def _failed(self, error: BaseException) -> None:
        """A query failed: said above the list until a query succeeds."""
        if not self._workspace.is_open:
            return
        self._failed_now = True
        self._query_message = True
        self.message.show_error(error)
        self._update()

    def _action_failed(self, error: BaseException) -> None:
        """A change or an export failed: said above the list until the next action."""
        if self._workspace.is_open:
            self._query_message = False
            self.message.show_error(error)
            self._update_buttons()

    def _say(self, text: str) -> None:
        self._query_message = False
        self.message.show_text(text)

    def _update(self) -> None:
        rows = self.model.rowCount()
        if self.model.is_loading:
            self._failed_now = False
        if rows == 0 and self._failed_now:
            text = ""
        elif rows == 0 and (self.model.is_loading or self._looking_up):
            text = self.tr("Loading…")
        elif rows == 0 and self.filters.is_filtered():
            text = self.tr("No meetings match.")
        elif rows == 0 and self.filters.upcoming.isChecked():
            text = self.tr("No upcoming meetings.")
        elif rows == 0:
            text = self.tr("No past meetings.")
        elif self.model.has_more:
            text = self.tr("%n+ meetings shown; scroll down for more.", "", rows)
        else:
            text = self.tr("%n meeting(s)", "", rows)
        self.count_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        changeable = self.can_manage and row is not None and not row.minutes_status.is_locked
        self.new_button.setEnabled(self.can_manage)
        self.open_button.setEnabled(row is not None)
        self.edit_button.setEnabled(changeable)
        self.cancel_button.setEnabled(changeable)
        if row is not None and row.cancelled:
            self.cancel_button.setText(self.tr("Reinstate meetin&g…"))
        else:
            self.cancel_button.setText(self.tr("Cance&l meeting…"))
        locked = self.tr("The minutes are approved: the booking can no longer change.")
        tip = locked if row is not None and row.minutes_status.is_locked else ""
        self.edit_button.setToolTip(tip)
        self.cancel_button.setToolTip(tip)
        self.export_selected_action.setEnabled(row is not None)
        self.export_all_action.setEnabled(self.model.rowCount() > 0)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # --- selection and opening -----------------------------------------------------

    def selected_row(self) -> MeetingRow | None:
        if not self.can_read:
            return None
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def select_meeting(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectRow(0)

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self._select_first()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(self.model.row_at(index.row()).id)

    def open_current(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_meeting(row.id)

    def open_meeting(self, meeting_id: int) -> QWidget:
        """Show the meeting's editor (preparation and minutes), opening it if needed."""
        existing = self.editors.get(meeting_id)
        if existing is not None and shiboken6.isValid(existing):
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from caseflow.ui.meetings.editor import open_meeting_editor

        editor = open_meeting_editor(self, self._workspace, self._drafts, meeting_id)
        self.editors[meeting_id] = editor
        editor.destroyed.connect(lambda: self._editor_closed(meeting_id))
        return editor

    def _editor_closed(self, meeting_id: int) -> None:
        if shiboken6.isValid(self):
            self.editors.pop(meeting_id, None)
            self._reselect = meeting_id
            self.refresh()

    # --- booking -------------------------------------------------------------------

    def new_meeting(self) -> None:
        """Book a meeting (Ctrl+N); the dialog opens once the meeting types are read."""
        if not self.can_manage:
            return
        if self.booking is not None:
            self.booking.raise_()
            self.booking.activateWindow()
            return
        workspace = self._workspace
        run_for(
            self,
            lambda: meeting_service.meeting_types(workspace),
            lambda types: self._open_booking(types, None),
            self._action_failed,
        )

    def edit_booking(self) -> None:
        row = self.selected_row()
        if not self.can_manage or row is None or row.minutes_status.is_locked:
            return
        if self.booking is not None:
            self.booking.raise_()
            return
        workspace, meeting_id = self._workspace, row.id
        run_for(
            self,
            lambda: (
                meeting_service.meeting_types(workspace),
                meeting_service.get_meeting(workspace, meeting_id),
            ),
            lambda found: self._open_booking(*found),
            self._action_failed,
        )

    def _open_booking(self, types: Sequence[MeetingTypeDef], meeting: MeetingDetail | None) -> None:
        if self.booking is not None:
            return  # asked twice while the first answer was on its way
        dialog = BookingDialog(self._workspace, types, meeting, self)
        dialog.saved.connect(self._booked)
        dialog.finished.connect(lambda _result: self._booking_closed(dialog))
        self.booking = dialog
        dialog.open()

    def _booked(self, meeting_id: int) -> None:
        self._reselect = meeting_id
        self._say(self.tr("The booking is saved."))
        self.refresh()

    def _booking_closed(self, dialog: BookingDialog) -> None:
        if self.booking is dialog:
            self.booking = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- cancelling ----------------------------------------------------------------

    def cancel_selected(self) -> QMessageBox | None:
        """Cancel the selected meeting (or reinstate a cancelled one), after asking."""
        row = self.selected_row()
        if not self.can_manage or row is None or row.minutes_status.is_locked:
            return None
        when = f"{row.starts_at.date().isoformat()} {row.starts_at:%H:%M}"
        if row.cancelled:
            return confirm(
                self,
                self.tr("Reinstate meeting"),
                self.tr("Reinstate the %1 on %2? It is shown as booked again.")
                .replace("%1", row.type_label)
                .replace("%2", when),
                self.tr("&Reinstate"),
                lambda: self._set_cancelled(row.id, False),
            )
        return confirm(
            self,
            self.tr("Cancel meeting"),
            self.tr(
                "Cancel the %1 on %2? It stays in the list marked as cancelled, and a new "
                "calendar export tells calendars that it is cancelled."
            )
            .replace("%1", row.type_label)
            .replace("%2", when),
            self.tr("Cancel &meeting"),
            lambda: self._set_cancelled(row.id, True),
        )

    def _set_cancelled(self, meeting_id: int, cancelled: bool) -> None:
        workspace = self._workspace
        self._reselect = meeting_id
        run_for(
            self,
            lambda: meeting_service.cancel_meeting(workspace, meeting_id, cancelled),
            lambda _: self._cancel_done(cancelled),
            self._action_failed,
        )

    def _cancel_done(self, cancelled: bool) -> None:
        if cancelled:
            self._say(self.tr("The meeting is cancelled."))
        else:
            self._say(self.tr("The meeting is booked again."))
        self.refresh()

    # --- calendar export -----------------------------------------------------------

    def choose_export_file(self, selected_only: bool) -> QFileDialog | None:
        """Ask where the calendar file goes, then write the selected or every listed meeting."""
        row = self.selected_row()
        meeting_filter = self.model.meeting_filter
        if selected_only and row is None:
            return None
        if not selected_only and (meeting_filter is None or self.model.rowCount() == 0):
            return None
        if selected_only and row is not None:
            ids: list[int] | None = [row.id]
            name = self.tr("meeting-%1.ics").replace("%1", row.starts_at.date().isoformat())
        else:
            ids = None
            name = self.tr("meetings-%1.ics").replace("%1", date.today().isoformat())
        dialog = save_dialog(self, name)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), ids, meeting_filter))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(
        self,
        path: Path,
        meeting_ids: Sequence[int] | None,
        meeting_filter: MeetingFilter | None = None,
    ) -> None:
        """Write the meetings to ``path`` on a worker (by id, or all the filter finds)."""
        workspace = self._workspace
        chosen = list(meeting_ids) if meeting_ids is not None else None
        self.export_button.setEnabled(False)
        run_for(
            self,
            lambda: write_calendar(workspace, path, chosen, None if chosen else meeting_filter),
            self._exported,
            self._action_failed,
        )

    def _exported(self, result: Exported) -> None:
        self._update_buttons()
        text = self.tr("%n meeting(s) saved to %1 for your calendar.", "", result.count)
        if result.capped:
            text += " " + self.tr("That is as many as one file holds: narrow the period.")
        self._say(text.replace("%1", str(result.path)))
