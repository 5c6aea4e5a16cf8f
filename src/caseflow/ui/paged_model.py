"""A Qt table model whose rows arrive a page at a time from a service query.

Rows arrive as the view asks for them (``canFetchMore``/``fetchMore``), each
page queried on a worker thread and continued from a cursor (a keyset or an
offset), so a list costs the same with fifty rows as with fifty thousand.
Every new query starts a new *generation*; a page that belongs to an older
generation is dropped when it arrives, so a fast typist never sees rows for
what they typed before.

A subclass says how to ask for one page (``_page_query``) and how to show a
row (``columnCount``, ``headerData``, ``data``); this class does the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from shiboken6 import isValid

from caseflow.ui.worker import run_for

Index = QModelIndex | QPersistentModelIndex

RowT = TypeVar("RowT")
CursorT = TypeVar("CursorT")
RowT_co = TypeVar("RowT_co", covariant=True)
CursorT_co = TypeVar("CursorT_co", covariant=True)


class Page(Protocol[RowT_co, CursorT_co]):
    """One page of rows, and where the next one starts (``None``: there is none)."""

    @property
    def rows(self) -> Sequence[RowT_co]: ...

    @property
    def next_cursor(self) -> CursorT_co | None: ...


@dataclass(frozen=True)
class OffsetPage(Generic[RowT]):
    """A page of a query paged by offset; the cursor is the offset of the next page."""

    rows: Sequence[RowT]
    next_cursor: int | None


def offset_page(rows: Sequence[RowT], limit: int, offset: int) -> OffsetPage[RowT]:
    """The page of a query that asked for ``limit + 1`` rows from ``offset``.

    The one row more than shown tells whether another page follows.
    """
    more = len(rows) > limit
    return OffsetPage(rows[:limit], offset + limit if more else None)


class PagedTableModel(QAbstractTableModel, Generic[RowT, CursorT]):
    """Rows of type ``RowT`` paged by a ``CursorT``.

    ``loading_changed`` and ``page_loaded`` report progress; ``failed``
    carries the exception, and the page that shows the list decides how to
    word it.
    """

    loading_changed = Signal(bool)
    page_loaded = Signal()
    failed = Signal(object)

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list[RowT] = []
        self._cursor: CursorT | None = None
        self._has_more = False  # nothing to fetch until the first refresh
        self._loading = False
        self._generation = 0

    # --- what a subclass says ------------------------------------------------------

    def _page_query(
        self, after: CursorT | None, limit: int
    ) -> Callable[[], Page[RowT, CursorT]] | None:
        """The work that reads ``limit`` rows after ``after`` (``None``: the first page).

        Called on the GUI thread: take what the query needs now, since the
        work runs later on a worker. ``None`` when there is nothing to ask
        (no filter yet, a closed workspace).
        """
        raise NotImplementedError

    # --- the state -----------------------------------------------------------------

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def generation(self) -> int:
        return self._generation

    def refresh(self) -> None:
        """Forget the rows and load the first page again (a new generation)."""
        self._restart(has_more=True)
        self._loading = False  # the older generation's page is dropped when it comes
        self._fetch()

    def clear(self) -> None:
        """No rows and no query (a filter that cannot match, such as an unknown case)."""
        self._restart(has_more=False)
        self._set_loading(False)

    def _restart(self, *, has_more: bool) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._has_more = has_more
        self.endResetModel()

    # --- paging --------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        if self._loading or not self._has_more:
            return
        work = self._page_query(self._cursor, self._page_size)
        if work is None:
            return
        generation = self._generation
        self._set_loading(True)
        run_for(
            self,
            work,
            lambda page: self._received(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _received(self, generation: int, page: Page[RowT, CursorT]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # an answer to a question nobody asks any more
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._has_more = page.next_cursor is not None
        self._set_loading(False)
        self.page_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._has_more = False  # no retry storm; Refresh asks again
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- the rows ------------------------------------------------------------------

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
