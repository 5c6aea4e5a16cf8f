"""A Qt table model over the paged meeting list (``services.meetings.list_meetings``).

Rows arrive a page at a time, paged by offset (``PagedTableModel`` does the
paging). A meeting row names case numbers only, never a young person.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from caseflow.domain.meetings import MinutesStatus
from caseflow.services import meetings as meeting_service
from caseflow.services.meetings import PAGE_SIZE, MeetingFilter, MeetingRow
from caseflow.services.workspace import Workspace
from caseflow.ui.paged_model import Index, OffsetPage, PagedTableModel, offset_page

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CANCELLED_COLOUR = QColor("#8a1c1c")
CANCELLED_ROW_COLOUR = QColor("#6b6b6b")


class Column(enum.IntEnum):
    DATE = 0
    TIME = 1
    TYPE = 2
    CASES = 3
    PLACE = 4
    MINUTES = 5
    STATUS = 6


class MeetingListModel(PagedTableModel[MeetingRow, int]):
    """The meeting list of a filter; without one it is empty and asks nothing."""

    def __init__(
        self, workspace: Workspace, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(page_size, parent)
        self._workspace = workspace
        self._filter: MeetingFilter | None = None
        self._headers = {
            Column.DATE: self.tr("Date"),
            Column.TIME: self.tr("Time"),
            Column.TYPE: self.tr("Type"),
            Column.CASES: self.tr("Cases"),
            Column.PLACE: self.tr("Place"),
            Column.MINUTES: self.tr("Minutes"),
            Column.STATUS: self.tr("Status"),
        }

    # --- the query -----------------------------------------------------------------

    @property
    def meeting_filter(self) -> MeetingFilter | None:
        return self._filter

    def set_filter(self, meeting_filter: MeetingFilter) -> None:
        self._filter = meeting_filter
        self.refresh()

    def refresh(self) -> None:
        if self._filter is not None:
            super().refresh()

    def _page_query(
        self, after: int | None, limit: int
    ) -> Callable[[], OffsetPage[MeetingRow]] | None:
        if self._filter is None:
            return None
        workspace, meeting_filter, offset = self._workspace, self._filter, after or 0
        return lambda: offset_page(
            meeting_service.list_meetings(workspace, meeting_filter, limit + 1, offset),
            limit,
            offset,
        )

    # --- the table -----------------------------------------------------------------

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), None)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == MEETING_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.cancelled:
            colour = CANCELLED_COLOUR if column is Column.STATUS else CANCELLED_ROW_COLOUR
            return QBrush(colour)
        if role == Qt.ItemDataRole.FontRole and row.cancelled:
            # Said in words in the status column; the struck-out time helps the eye.
            font = QFont()
            font.setBold(column is Column.STATUS)
            font.setStrikeOut(column in (Column.DATE, Column.TIME))
            return font
        return None

    def _text(self, row: MeetingRow, column: Column) -> str:
        match column:
            case Column.DATE:
                return row.starts_at.date().isoformat()
            case Column.TIME:
                return f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
            case Column.TYPE:
                return row.type_label
            case Column.CASES:
                return ", ".join(row.case_numbers)
            case Column.PLACE:
                return row.place
            case Column.MINUTES:
                return row.minutes_status.label.render()
            case Column.STATUS:
                return self.tr("Cancelled") if row.cancelled else self.tr("Booked")

    def _tooltip(self, row: MeetingRow, column: Column) -> str | None:
        if column is Column.CASES and len(row.case_numbers) > 1:
            return "\n".join(row.case_numbers)
        if column is Column.MINUTES and row.minutes_status is MinutesStatus.APPROVED:
            return self.tr("The minutes are approved and locked.")
        if column is Column.STATUS and row.cancelled:
            return self.tr("The meeting is cancelled. Nothing is minuted for it.")
        if column is Column.PLACE and row.place:
            return row.place
        return None

    def samples(self, column: Column) -> list[str]:
        """The widest texts a column shows, to size it without measuring every row."""
        match column:
            case Column.DATE:
                return ["2026-12-31"]
            case Column.TIME:
                return ["23:59–23:59"]
            case Column.TYPE:
                return ["SIG coordination meeting"]
            case Column.CASES:
                return ["SSPF-2026-0000, SSPF-2026-0000"]
            case Column.PLACE:
                return ["Vasaskolan, room 12"]
            case Column.MINUTES:
                return [status.label.render() for status in MinutesStatus]
            case Column.STATUS:
                return [self.tr("Cancelled"), self.tr("Booked")]
