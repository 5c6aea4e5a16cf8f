"""The Ärenden area: the case list, its filters and search, and the case tabs."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from caseflow.domain.cases import CaseStatus
from caseflow.domain.personnummer import parse
from caseflow.domain.programmes import Programme
from caseflow.services.cases import CaseFilter
from caseflow.services.workspace import Workspace
from caseflow.ui.cases import list_model
from caseflow.ui.cases.list_model import PAGE_SIZE, CaseListModel, Column
from caseflow.ui.cases.list_page import CasesPage
from caseflow.ui.cases.new_case_wizard import NewCaseWizard
from caseflow.ui.drafts import DraftKeeper
from tests.ui.cases.conftest import Seeded, add_many_cases


def make_page(
    qtbot, workspace: Workspace, page_size: int = PAGE_SIZE, show: bool = True
) -> CasesPage:
    page = CasesPage(workspace, DraftKeeper(workspace), page_size=page_size)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    if show:
        page.show()
    wait_loaded(qtbot, page.case_list.model)
    return page


def wait_loaded(qtbot, model: CaseListModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)


def column(model: CaseListModel, which: Column) -> list[str]:
    return [model.index(row, which).data() for row in range(model.rowCount())]


def names(model: CaseListModel) -> list[str | None]:
    return [model.row_at(row).person_name for row in range(model.rowCount())]


def search(qtbot, page: CasesPage, text: str) -> None:
    bar = page.case_list.filters
    bar.search.clear()
    if text.isascii():
        qtbot.keyClicks(bar.search, text)  # one key at a time, as a user types
    else:
        bar.search.setText(text)  # QTest has no keys for å, ä and ö
    model = page.case_list.model
    qtbot.waitUntil(lambda: model.case_filter.text == text.strip(), timeout=2000)
    wait_loaded(qtbot, model)


# --- loading ---------------------------------------------------------------------


def test_first_page_loads_lazily_and_fetch_more_brings_the_rest(qtbot, worker):
    add_many_cases(worker, 40)  # 45 cases in all
    # Not shown: a visible view asks for pages until its rows fill the window.
    page = make_page(qtbot, worker, page_size=20, show=False)
    model = page.case_list.model
    assert model.rowCount() == 20
    assert model.canFetchMore(QModelIndex())
    assert page.case_list.count_label.text().startswith("20+")

    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)
    wait_loaded(qtbot, model)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 45, timeout=5000)
    wait_loaded(qtbot, model)
    assert not model.canFetchMore(QModelIndex())
    assert page.case_list.count_label.text().startswith("45 case")
    ids = [model.case_id(row) for row in range(45)]
    assert len(set(ids)) == 45  # keyset pages neither repeat nor skip a row
    dates = column(model, Column.REFERRAL_DATE)
    assert dates == sorted(dates, reverse=True)  # newest referral first by default


def test_default_page_is_200_rows_and_scrolling_fetches_more(qtbot, worker):
    add_many_cases(worker, 200)  # 205 cases in all
    page = make_page(qtbot, worker)
    model = page.case_list.model
    assert model.page_size == PAGE_SIZE == 200
    assert model.rowCount() == 200
    page.case_list.table.scrollToBottom()  # the view asks for more at the end
    qtbot.waitUntil(lambda: model.rowCount() == 205, timeout=5000)


def test_protected_identity_is_marked_in_words(qtbot, worker, seeded: Seeded):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    row = column(model, Column.CASE_NUMBER).index(seeded.protected_case)
    name = model.index(row, Column.NAME)
    assert name.data() == "Protected: Lova Lind"
    assert name.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "protected identity" in name.data(Qt.ItemDataRole.ToolTipRole)
    other = column(model, Column.CASE_NUMBER).index(seeded.asa_case)
    assert model.index(other, Column.NAME).data() == "Åsa Öberg"


def test_manager_sees_dashes_instead_of_names(qtbot, manager, seeded: Seeded):
    page = make_page(qtbot, manager)
    model = page.case_list.model
    assert model.rowCount() == 5
    assert set(column(model, Column.PERSONNUMMER)) == {"—"}
    shown = column(model, Column.NAME)
    assert shown.count("—") == 4
    assert shown.count("Protected identity") == 1
    assert model.sort_key_for(Column.NAME) is None  # no order by hidden names
    assert not page.case_list.new_button.isEnabled()


def test_manager_searching_by_name_gets_a_message_not_a_traceback(qtbot, manager, seeded):
    page = make_page(qtbot, manager)
    search(qtbot, page, "Åsa")
    message = page.case_list.message
    assert message.isVisible()
    assert "case number only" in message.text()
    assert page.case_list.model.rowCount() == 0

    search(qtbot, page, seeded.asa_case[:9])  # a case number prefix is allowed
    assert column(page.case_list.model, Column.CASE_NUMBER) == [seeded.asa_case]
    assert not message.isVisible()


# --- sorting -------------------------------------------------------------------------


def click_header(qtbot, page: CasesPage, which: Column) -> None:
    header = page.case_list.table.horizontalHeader()
    x = header.sectionViewportPosition(which) + header.sectionSize(which) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_loaded(qtbot, page.case_list.model)


def test_clicking_a_header_sorts_on_the_server_and_again_reverses(qtbot, worker):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    generation = model.generation
    click_header(qtbot, page, Column.NAME)
    assert model.generation > generation  # a new query, not a sort of loaded rows
    assert names(model) == [
        "Ali Ahmed",
        "Nils Karlsson",
        "Lova Lind",
        "Örjan Ängström",
        "Åsa Öberg",
    ]  # by last name; Ä and Ö after Z, as in Swedish
    click_header(qtbot, page, Column.NAME)
    assert names(model)[0] == "Åsa Öberg"

    click_header(qtbot, page, Column.CASE_NUMBER)
    numbers = column(model, Column.CASE_NUMBER)
    assert numbers == sorted(numbers)


def test_a_column_without_sort_key_keeps_the_current_order(qtbot, worker):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    before = column(model, Column.CASE_NUMBER)
    generation = model.generation
    click_header(qtbot, page, Column.PERSONNUMMER)
    assert model.generation == generation
    assert column(model, Column.CASE_NUMBER) == before
    header = page.case_list.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.REFERRAL_DATE


# --- filters and search ----------------------------------------------------------------


def choose(qtbot, combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters_by_programme_status_and_responsible(qtbot, worker, seeded: Seeded):
    page = make_page(qtbot, worker)
    bar, model = page.case_list.filters, page.case_list.model

    choose(qtbot, bar.programme, Programme.SIG.value)
    wait_loaded(qtbot, model)
    assert names(model) == ["Örjan Ängström"]
    choose(qtbot, bar.programme, "")

    choose(qtbot, bar.status, CaseStatus.CLOSED.value)
    wait_loaded(qtbot, model)
    assert model.rowCount() == 0
    assert page.case_list.count_label.text() == "No cases match."
    choose(qtbot, bar.status, "open")
    wait_loaded(qtbot, model)
    assert model.rowCount() == 5
    assert model.case_filter.open_only

    qtbot.waitUntil(lambda: bar.responsible.count() > 1, timeout=5000)  # staff in background
    choose(qtbot, bar.responsible, seeded.colleague_id)
    wait_loaded(qtbot, model)
    assert names(model) == ["Örjan Ängström"]
    assert column(model, Column.RESPONSIBLE) == ["Olle Berg"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("åSA", ["Åsa Öberg"]),
        ("ÖBERG", ["Åsa Öberg"]),
        ("ängström", ["Örjan Ängström"]),
        ("Ö", ["Åsa Öberg", "Örjan Ängström"]),
    ],
)
def test_search_by_name_with_swedish_letters_in_any_case(qtbot, worker, typed, expected):
    page = make_page(qtbot, worker)
    search(qtbot, page, typed)
    assert sorted(names(page.case_list.model)) == expected


def test_search_by_personnummer_typed_in_another_form(qtbot, worker, seeded: Seeded):
    page = make_page(qtbot, worker)
    short = parse(seeded.asa_number).short()  # YYMMDD-NNNN, stored as twelve digits
    assert short == "100101-9809"
    for typed in (short, seeded.asa_number, "1001", "20100101-98"):
        search(qtbot, page, typed)
        assert names(page.case_list.model) == ["Åsa Öberg"], typed


def test_search_by_case_number_prefix(qtbot, worker, seeded: Seeded):
    page = make_page(qtbot, worker)
    search(qtbot, page, "sspf-2026-00")
    assert column(page.case_list.model, Column.CASE_NUMBER) == [seeded.asa_case]
    search(qtbot, page, "SSPF-")
    assert page.case_list.model.rowCount() == 2  # 2025 and 2026


def test_typing_fast_runs_one_query_after_the_pause(qtbot, worker, monkeypatch):
    page = make_page(qtbot, worker)
    asked: list[str | None] = []
    real = list_model.case_service.list_cases

    def counting(workspace, case_filter, *args, **kwargs):
        asked.append(case_filter.text)
        return real(workspace, case_filter, *args, **kwargs)

    monkeypatch.setattr(list_model.case_service, "list_cases", counting)
    search(qtbot, page, "Karlsson")
    assert asked == ["Karlsson"]  # not one query per key
    assert names(page.case_list.model) == ["Nils Karlsson"]


def test_an_older_answer_arriving_late_is_thrown_away(qtbot, worker, monkeypatch):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    real = list_model.case_service.list_cases

    def slow_for_nils(workspace, case_filter, *args, **kwargs):
        if case_filter.text == "Nils":
            time.sleep(0.6)  # the first search is slow to answer ...
        return real(workspace, case_filter, *args, **kwargs)

    monkeypatch.setattr(list_model.case_service, "list_cases", slow_for_nils)
    model.set_filter(CaseFilter(text="Nils"))
    model.set_filter(CaseFilter(text="Åsa"))  # ... and the user typed on meanwhile
    wait_loaded(qtbot, model)
    assert names(model) == ["Åsa Öberg"]
    qtbot.wait(900)  # the answer for "Nils" has come back by now
    assert names(model) == ["Åsa Öberg"]
    assert not model.is_loading


# --- opening cases in tabs ------------------------------------------------------------------


def test_enter_opens_a_case_tab_once_per_case(qtbot, worker, seeded, stand_in_workspace):
    page = make_page(qtbot, worker)
    table = page.case_list.table
    model = page.case_list.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.tabs.count() == 2
    opened = stand_in_workspace.created[0]
    assert opened.case_id == model.case_id(0)
    assert page.tabs.tabText(1) == model.row_at(0).case_number
    opened.title_changed.emit("SSPF-2026-0001 Åsa Öberg")
    assert page.tabs.tabText(1) == "SSPF-2026-0001 Åsa Öberg"

    page.tabs.setCurrentIndex(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the same case again: its tab comes forward
    assert page.tabs.count() == 2
    assert page.tabs.currentIndex() == 1

    page.tabs.setCurrentIndex(0)
    rect = table.visualRect(model.index(1, Column.CASE_NUMBER))
    # A real double-click: the first click, then the second one that Qt reports as double.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.count() == 3
    assert set(page.open_cases()) == {model.case_id(0), model.case_id(1)}


def test_closing_a_tab_with_unsaved_changes_asks_and_keeps_drafts(
    qtbot, worker, stand_in_workspace, monkeypatch
):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    tab = page.open_case(model.case_id(0), model.row_at(0).case_number)
    tab.unsaved = True
    answers = [False, True]
    asked: list[str] = []

    def confirm(title: str) -> bool:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(page, "confirm_close", confirm)
    assert not page.close_tab(1)  # Cancel: the tab stays, nothing saved
    assert page.tabs.count() == 2
    assert tab.drafts_saved == 0
    assert page.close_tab(1)  # Save drafts and close
    assert tab.drafts_saved == 1
    assert page.tabs.count() == 1
    assert asked == [model.row_at(0).case_number] * 2
    assert not page.close_tab(0)  # the list itself is never closed


def test_closing_a_tab_without_changes_does_not_ask(qtbot, worker, stand_in_workspace):
    page = make_page(qtbot, worker)
    page.open_case(page.case_list.model.case_id(0))
    page.confirm_close = lambda title: pytest.fail("asked without changes")  # type: ignore[method-assign]
    qtbot.keyClick(page.tabs.currentWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.count() == 1


def test_a_changed_case_refreshes_the_list(qtbot, worker, stand_in_workspace):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    tab = page.open_case(model.case_id(0))
    generation = model.generation
    tab.case_changed.emit()
    assert model.generation == generation + 1
    wait_loaded(qtbot, model)


def test_shortcuts_search_refresh_and_new_case(qtbot, worker, stand_in_workspace):
    page = make_page(qtbot, worker)
    panel = page.case_list
    tab = page.open_case(panel.model.case_id(0))
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # from a case tab
    assert page.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is panel.filters.search

    qtbot.keyClicks(panel.filters.search, "Lind")
    qtbot.keyClick(panel.filters.search, Qt.Key.Key_Return)  # search at once, go to the list
    wait_loaded(qtbot, panel.model)
    assert QApplication.focusWidget() is panel.table
    assert panel.table.currentIndex().row() == 0
    assert names(panel.model) == ["Lova Lind"]

    generation = panel.model.generation
    qtbot.keyClick(panel.table, Qt.Key.Key_F5)
    assert panel.model.generation == generation + 1
    wait_loaded(qtbot, panel.model)

    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.wizard, NewCaseWizard)
    assert page.wizard.isVisible()
    page.wizard.reject()


def _areas(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_the_administrator_sees_no_area_for_case_work(qtbot, unlocked):
    window = unlocked.main_window
    assert window.cases is None
    assert _areas(window) == ["Overview", "Reports", "Log", "Retention", "Administration"]
    window.open_case(1)  # an alert that asks for a case changes nothing
    assert window.pages.currentWidget() is window.overview


def _window_with_cases(qtbot, workspace):
    from caseflow.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert isinstance(window.cases, CasesPage)
    window.navigation.setCurrentRow(1)
    assert window.pages.currentWidget() is window.cases
    return window


def test_a_manager_has_cases_as_lists_and_figures_only(qtbot, manager):
    window = _window_with_cases(qtbot, manager)
    assert _areas(window) == ["Overview", "Cases", "Reports", "Log", "Retention", "Administration"]


def test_a_social_worker_has_every_area_of_case_work(qtbot, worker):
    window = _window_with_cases(qtbot, worker)
    assert _areas(window) == [
        *("Overview", "Cases", "Meetings", "My actions", "Search"),
        *("Reports", "Administration"),
    ]


def test_the_real_workspace_opens_in_a_tab_titled_by_the_case(qtbot, worker, seeded: Seeded):
    page = make_page(qtbot, worker)
    model = page.case_list.model
    search(qtbot, page, seeded.asa_case)
    page.case_list.focus_list()
    qtbot.keyClick(page.case_list.table, Qt.Key.Key_Return)
    assert page.tabs.count() == 2
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == f"{seeded.asa_case} Åsa Öberg", timeout=5000)
    assert set(page.open_cases()) == {model.case_id(0)}
    assert page.close_tab(1)  # nothing typed: closes without asking
    assert page.tabs.count() == 1
