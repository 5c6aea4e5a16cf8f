"""A Qt table model over the paged case-list query.

Rows arrive a page at a time, each page continued from a keyset cursor
(``PagedTableModel`` does the paging). Every new filter or sort starts a new
generation, so rows for what a fast typist typed before never show.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from caseflow.domain.cases import CaseStatus
from caseflow.domain.programmes import Programme
from caseflow.services import cases as case_service
from caseflow.services.cases import CaseFilter, CaseListRow, CasePage, Cursor, SortKey
from caseflow.services.workspace import Workspace
from caseflow.ui.paged_model import Index, PagedTableModel

PAGE_SIZE = 200
NO_VALUE = "—"


class Column(enum.IntEnum):
    CASE_NUMBER = 0
    NAME = 1
    PERSONNUMMER = 2
    PROGRAMME = 3
    STATUS = 4
    REFERRAL_DATE = 5
    NEXT_FOLLOW_UP = 6
    RESPONSIBLE = 7


# Columns the query can sort by; the others have no index to sort on.
SORT_KEYS: dict[Column, SortKey] = {
    Column.CASE_NUMBER: SortKey.CASE_NUMBER,
    Column.NAME: SortKey.NAME,
    Column.PROGRAMME: SortKey.PROGRAMME,
    Column.STATUS: SortKey.STATUS,
    Column.REFERRAL_DATE: SortKey.REFERRAL_DATE,
    Column.NEXT_FOLLOW_UP: SortKey.NEXT_FOLLOW_UP,
}

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseListModel(PagedTableModel[CaseListRow, Cursor]):
    """The case list, filtered and sorted by the query, not by the view.

    ``failed`` carries the exception; the page decides how to word it.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        identities_visible: bool = True,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size, parent)
        self._workspace = workspace
        self._identities_visible = identities_visible
        self._filter = CaseFilter()
        self._sort = SortKey.REFERRAL_DATE
        self._descending = True
        self._today = date.today()
        self._headers = {
            Column.CASE_NUMBER: self.tr("Case number"),
            Column.NAME: self.tr("Name"),
            Column.PERSONNUMMER: self.tr("Personnummer"),
            Column.PROGRAMME: self.tr("Programme"),
            Column.STATUS: self.tr("Status"),
            Column.REFERRAL_DATE: self.tr("Referral date"),
            Column.NEXT_FOLLOW_UP: self.tr("Next follow-up"),
            Column.RESPONSIBLE: self.tr("Responsible"),
        }

    # --- the query ---------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.refresh()

    def set_sort(self, sort: SortKey, descending: bool) -> None:
        self._sort, self._descending = sort, descending
        self.refresh()

    def refresh(self) -> None:
        self._today = date.today()  # "overdue" is judged on the day the rows are read
        super().refresh()

    def sort_key_for(self, column: int) -> SortKey | None:
        try:
            key = SORT_KEYS.get(Column(column))
        except ValueError:
            return None
        if key is SortKey.NAME and not self._identities_visible:
            return None  # an order by name would hint at names that are hidden
        return key

    def column_for(self, key: SortKey) -> int:
        return next(int(c) for c, k in SORT_KEYS.items() if k is key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key_for(column)
        if key is not None:
            self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def _page_query(self, after: Cursor | None, limit: int) -> Callable[[], CasePage]:
        workspace, case_filter = self._workspace, self._filter
        sort, descending = self._sort, self._descending
        return lambda: case_service.list_cases(
            workspace, case_filter, sort, descending, after=after, limit=limit
        )

    # --- the table ---------------------------------------------------------

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[column]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # First click: newest referrals first, the soonest follow-up first, A to Z.
            newest_first = column is Column.REFERRAL_DATE
            return Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.sort_key_for(section) is None:
                return self.tr("This column cannot be sorted.")
            return self.tr("Click to sort by this column; click again to reverse the order.")
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
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NAME:
            return protected_icon() if row.protected_identity else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CaseListRow, column: Column) -> str:
        match column:
            case Column.CASE_NUMBER:
                return row.case_number
            case Column.NAME:
                if row.protected_identity and row.person_name is None:
                    return self.tr("Protected identity")
                name = row.person_name or NO_VALUE
                if row.protected_identity:
                    # Said in words, not by the icon alone.
                    return self.tr("Protected: %1").replace("%1", name)
                return name
            case Column.PERSONNUMMER:
                return row.personnummer or NO_VALUE
            case Column.PROGRAMME:
                return row.programme.code
            case Column.STATUS:
                return row.status.label.render()
            case Column.REFERRAL_DATE:
                return row.referral_date.isoformat()
            case Column.NEXT_FOLLOW_UP:
                return self._follow_up_text(row)
            case Column.RESPONSIBLE:
                return row.responsible or NO_VALUE

    def samples(self, column: Column) -> list[str]:
        """The widest texts a column shows, to size it without measuring every row."""
        match column:
            case Column.CASE_NUMBER:
                return ["SSPF-2026-00000"]
            case Column.NAME:
                return ["Alexandra Fredriksson"]
            case Column.PERSONNUMMER:
                return ["20100101-0000"]
            case Column.PROGRAMME:
                return [programme.code for programme in Programme]
            case Column.STATUS:
                return [status.label.render() for status in CaseStatus]
            case Column.REFERRAL_DATE:
                return ["2026-12-31"]
            case Column.NEXT_FOLLOW_UP:
                return [self.tr("%1 (overdue)").replace("%1", "2026-12-31")]
            case Column.RESPONSIBLE:
                return ["Margareta Lindqvist"]

    def _follow_up_text(self, row: CaseListRow) -> str:
        if row.next_follow_up is None:
            return NO_VALUE
        text = row.next_follow_up.isoformat()
        if row.status.is_open and row.next_follow_up < self._today:
            return self.tr("%1 (overdue)").replace("%1", text)
        return text

    def _tooltip(self, row: CaseListRow, column: Column) -> str | None:
        if column is Column.NAME and row.protected_identity:
            return self.tr(
                "This person has a protected identity. Address and contact details are "
                "hidden, and must never be passed on."
            )
        if column is Column.NAME and row.person_name is None:
            return self.tr("Your role does not show who the case is about.")
        if column is Column.PROGRAMME:
            return row.programme.label.render()
        return None


_icon: QIcon | None = None


def protected_icon() -> QIcon:
    """A padlock, drawn here so that it looks the same without an emoji font."""
    global _icon
    if _icon is None:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#7a4b00")
        painter.setPen(QPen(colour, 3.5))
        shackle = QPainterPath(QPointF(10, 16))
        shackle.lineTo(10, 10)
        shackle.arcTo(QRectF(10, 3, 12, 14), 180, -180)
        shackle.lineTo(22, 16)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(6, 14, 20, 16), 3, 3)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(16, 21), 2.5, 2.5)
        painter.end()
        _icon = QIcon(pixmap)
    return _icon
