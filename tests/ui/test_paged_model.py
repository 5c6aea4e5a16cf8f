"""The paging machinery shared by the case, meeting and audit-log lists."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QThreadPool

from caseflow.ui.paged_model import (
    Index,
    OffsetPage,
    PagedTableModel,
    offset_page,
)

LETTERS = "abcdefghij"


@dataclass(frozen=True)
class LetterPage:
    rows: list[str]
    next_cursor: str | None


@dataclass
class Service:
    """A stand-in for a service call: pages of letters, keyset-paged by the last letter."""

    letters: str = LETTERS
    asked: list[tuple[str, str | None]] = field(default_factory=list)
    hold: dict[str, threading.Event] = field(default_factory=dict)
    fail: dict[str, BaseException] = field(default_factory=dict)

    def page(self, query: str, after: str | None, limit: int) -> LetterPage:
        self.asked.append((query, after))
        if query in self.hold:
            self.hold[query].wait(5)
        if query in self.fail:
            raise self.fail[query]
        start = 0 if after is None else self.letters.index(after) + 1
        rows = [f"{query}:{letter}" for letter in self.letters[start : start + limit]]
        more = start + limit < len(self.letters)
        return LetterPage(rows, self.letters[start + limit - 1] if more else None)


class LetterModel(PagedTableModel[str, str]):
    def __init__(self, service: Service, page_size: int = 4) -> None:
        super().__init__(page_size)
        self.service = service
        self.query: str | None = "q"

    def _page_query(self, after: str | None, limit: int) -> Callable[[], LetterPage] | None:
        if self.query is None:
            return None
        service, query = self.service, self.query
        return lambda: service.page(query, after, limit)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = 0) -> Any:
        return self.row_at(index.row()) if index.isValid() else None


@pytest.fixture
def service() -> Iterator[Service]:
    service = Service()
    yield service
    for event in service.hold.values():
        event.set()  # never leave a worker waiting after a test
    QThreadPool.globalInstance().waitForDone(5000)


def rows(model: LetterModel) -> list[str]:
    return [model.row_at(row) for row in range(model.rowCount())]


def wait_loaded(qtbot, model: LetterModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)


def test_nothing_is_asked_before_the_first_refresh(qtbot, service: Service):
    model = LetterModel(service)
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert service.asked == []
    assert model.rowCount() == 0
    assert not model.is_loading


def test_pages_continue_from_the_cursor_until_the_last(qtbot, service: Service):
    model = LetterModel(service)
    loading: list[bool] = []
    loaded: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.loading_changed.connect(loading.append)
    model.page_loaded.connect(lambda: loaded.append(model.rowCount()))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    model.refresh()
    assert model.is_loading
    assert not model.canFetchMore(QModelIndex())  # one page in flight at a time
    wait_loaded(qtbot, model)
    assert rows(model) == ["q:a", "q:b", "q:c", "q:d"]
    assert model.has_more and model.canFetchMore(QModelIndex())
    assert not model.canFetchMore(model.index(0, 0))  # a table has no children

    for _ in range(2):
        model.fetchMore(QModelIndex())
        wait_loaded(qtbot, model)
    assert rows(model) == [f"q:{letter}" for letter in LETTERS]
    assert service.asked == [("q", None), ("q", "d"), ("q", "h")]
    assert inserted == [(0, 3), (4, 7), (8, 9)]
    assert loaded == [4, 8, 10]
    assert loading == [True, False] * 3
    assert not model.has_more
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert len(service.asked) == 3


def test_an_answer_for_an_older_generation_is_dropped(qtbot, service: Service):
    model = LetterModel(service)
    service.hold["old"] = threading.Event()
    model.query = "old"
    model.refresh()
    first = model.generation
    qtbot.waitUntil(lambda: len(service.asked) == 1, timeout=5000)

    model.query = "new"
    model.refresh()
    assert model.generation == first + 1
    wait_loaded(qtbot, model)
    assert rows(model) == ["new:a", "new:b", "new:c", "new:d"]

    service.hold["old"].set()  # the slow answer comes back after the new one
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # let its queued answer reach the GUI thread
    assert rows(model) == ["new:a", "new:b", "new:c", "new:d"]
    assert not model.is_loading
    assert model.has_more


def test_a_failure_stops_paging_until_refreshed(qtbot, service: Service):
    model = LetterModel(service)
    service.fail["q"] = LookupError("the service said no")
    with qtbot.waitSignal(model.failed, timeout=5000) as failed:
        model.refresh()
    assert isinstance(failed.args[0], LookupError)
    assert not model.is_loading
    assert not model.has_more
    assert not model.canFetchMore(QModelIndex())  # no retry storm

    del service.fail["q"]
    model.refresh()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 4


def test_a_failure_of_an_older_generation_is_not_reported(qtbot, service: Service):
    model = LetterModel(service)
    service.hold["old"] = threading.Event()
    service.fail["old"] = LookupError("too late to matter")
    reported: list[object] = []
    model.failed.connect(reported.append)
    model.query = "old"
    model.refresh()
    model.query = "new"
    model.refresh()
    wait_loaded(qtbot, model)
    service.hold["old"].set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert reported == []
    assert model.has_more


def test_clear_forgets_rows_and_asks_nothing(qtbot, service: Service):
    model = LetterModel(service)
    model.refresh()
    wait_loaded(qtbot, model)
    generation = model.generation
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))

    model.clear()
    assert resets == [0]
    assert model.generation == generation + 1
    assert model.rowCount() == 0
    assert not model.has_more and not model.canFetchMore(QModelIndex())
    assert len(service.asked) == 1


def test_clear_while_loading_says_loading_ended_and_drops_the_answer(qtbot, service: Service):
    model = LetterModel(service)
    service.hold["q"] = threading.Event()
    loading: list[bool] = []
    model.loading_changed.connect(loading.append)
    model.refresh()
    model.clear()
    assert loading == [True, False]
    service.hold["q"].set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert model.rowCount() == 0


def test_no_query_means_no_work_and_no_loading(qtbot, service: Service):
    model = LetterModel(service)
    model.query = None
    model.refresh()
    assert not model.is_loading
    assert model.has_more  # asked again on the next fetch, once there is a query
    assert service.asked == []


def test_refresh_starts_over_from_the_first_page(qtbot, service: Service):
    model = LetterModel(service)
    model.refresh()
    wait_loaded(qtbot, model)
    model.fetchMore(QModelIndex())
    wait_loaded(qtbot, model)
    model.refresh()
    wait_loaded(qtbot, model)
    assert service.asked[-1] == ("q", None)
    assert rows(model) == ["q:a", "q:b", "q:c", "q:d"]


def test_an_offset_page_shows_the_limit_and_uses_the_extra_row_to_say_more_follows():
    assert offset_page(list("abcde"), 4, 8) == OffsetPage(list("abcd"), 12)
    assert offset_page(list("abcd"), 4, 8) == OffsetPage(list("abcd"), None)
    assert offset_page([], 4, 0) == OffsetPage([], None)
