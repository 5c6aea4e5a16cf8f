"""Mina åtgärder: the actions in the user's cases, overdue ones marked, status set in place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from caseflow.domain.cases import ActivityStatus, Agency, ReferralSource
from caseflow.domain.programmes import Programme
from caseflow.services import actions as action_service
from caseflow.services import cases, people, plans
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.pages.actions import OVERDUE, STATUS, ActionsPage
from tests.helpers import login, pnr_in_test_range
from tests.ui.cases.test_tab_meetings import action, book, minute

TODAY = date.today()


@pytest.fixture
def worker(social_worker: Workspace) -> Iterator[Workspace]:
    yield social_worker
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def _case(workspace: Workspace, first: str, serial: int, responsible: int | None = None) -> int:
    person = people.register_person(
        workspace, PersonInput(first, "Ek", pnr_in_test_range(date(2010, 3, 3), serial))
    ).person_id
    return cases.open_case(
        workspace,
        person,
        Programme.SSPF,
        TODAY - timedelta(days=60),
        ReferralSource.SCHOOL,
        "Oro",
        responsible,
    ).case_id


def _page(qtbot, workspace: Workspace) -> ActionsPage:
    keeper = DraftKeeper(workspace)
    page = ActionsPage(workspace, keeper)
    keeper.setParent(page)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.actions_loaded, timeout=10_000):
        page.resize(1100, 600)
        page.show()
    return page


def _rows(page: ActionsPage) -> list[list[str]]:
    tree = page.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def _reload(qtbot, page: ActionsPage, change) -> None:
    with qtbot.waitSignal(page.actions_loaded, timeout=10_000):
        change()


@pytest.fixture
def actions_in_cases(worker: Workspace):
    """Sara's case with a late and a coming action; a colleague's case with one of its own."""
    fia = next(m.id for m in cases.staff_users(worker) if m.display_name == "Fia Fält")
    mine = _case(worker, "Alva", 980)
    theirs = _case(worker, "Bo", 981, responsible=fia)
    meeting = book(worker, [mine], days_ago=20)
    minute(
        worker,
        meeting,
        mine,
        "Anteckning",
        actions=[
            action("Ringa skolan om frånvaron", TODAY - timedelta(days=4)),
            action("Boka samtal med pappa", TODAY + timedelta(days=5), Agency.SOCIAL_SERVICES),
        ],
    )
    book_theirs = book(worker, [theirs], days_ago=15)
    minute(worker, book_theirs, theirs, "Anteckning", actions=[action("Fias uppgift", TODAY)])
    return mine, theirs


def test_my_actions_marks_overdue_and_done_leaves_the_open_list(
    qtbot, worker, actions_in_cases, tmp_path: Path
):
    mine, _ = actions_in_cases
    number = cases.get_case(worker, mine).case_number
    page = _page(qtbot, worker)

    rows = _rows(page)
    assert rows == [
        [
            number,
            "Ringa skolan om frånvaron",
            "School",
            "Mentorn Eva",
            (TODAY - timedelta(days=4)).isoformat(),
            "Planned",
            "Overdue by 4 day(s)",
        ],
        [
            number,
            "Boka samtal med pappa",
            "Social services",
            "Mentorn Eva",
            (TODAY + timedelta(days=5)).isoformat(),
            "Planned",
            "",
        ],
    ]
    late = page.tree.topLevelItem(0)
    assert late.font(OVERDUE).bold()
    assert late.background(0).color() != page.tree.topLevelItem(1).background(0).color()
    assert page.count_label.text() == "2 action(s). 1 of them overdue."
    page.grab().save(str(tmp_path / "actions_page.png"))

    # Enter opens the case.
    page.tree.setFocus()
    page.tree.setCurrentItem(late)
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [mine]

    # Done: stored, gone from the open list, the next row selected in its place.
    assert page.done_button.isEnabled()
    with qtbot.waitSignal(page.actions_loaded, timeout=10_000):
        page.done_button.click()
    assert [r[1] for r in _rows(page)] == ["Boka samtal med pappa"]
    assert page.selected() is not None and page.selected().what == "Boka samtal med pappa"
    assert "is now: Done" in page.message.text()
    plan_rows = plans.get_plan(worker, mine)
    assert plan_rows == []  # agreed at a meeting: no goal, and the plan's goals still load

    # In progress keeps it listed, with its new status.
    with qtbot.waitSignal(page.actions_loaded, timeout=10_000):
        page.progress_button.click()
    assert _rows(page)[0][STATUS] == "In progress"
    assert not page.progress_button.isEnabled()

    # Not only open: the done one is back, marked done and not overdue.
    _reload(qtbot, page, lambda: page.only_open.setChecked(False))
    shown = {r[1]: r for r in _rows(page)}
    assert shown["Ringa skolan om frånvaron"][STATUS] == "Done"
    assert shown["Ringa skolan om frånvaron"][OVERDUE] == ""


def test_scope_and_overdue_filters(qtbot, worker, actions_in_cases):
    page = _page(qtbot, worker)
    assert "Fias uppgift" not in [r[1] for r in _rows(page)]  # not in my cases

    _reload(qtbot, page, lambda: page.scope.setCurrentIndex(page.scope.findText("All actions")))
    assert {r[1] for r in _rows(page)} == {
        "Ringa skolan om frånvaron",
        "Boka samtal med pappa",
        "Fias uppgift",  # due today: not overdue yet
    }

    _reload(qtbot, page, lambda: page.only_overdue.setChecked(True))
    assert [r[1] for r in _rows(page)] == ["Ringa skolan om frånvaron"]
    assert not page.only_open.isEnabled()


def test_status_change_needs_a_selection(qtbot, worker, actions_in_cases):
    page = _page(qtbot, worker)
    page.tree.setCurrentItem(None)
    for button in (page.done_button, page.progress_button, page.cancel_button):
        assert not button.isEnabled()
    assert not page.open_case_button.isEnabled()
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    assert page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.actions_loaded, timeout=10_000):
        page.cancel_button.click()
    statuses = {
        a.what: a.status for a in action_service.list_actions(worker, TODAY, only_open=False)
    }
    assert statuses["Ringa skolan om frånvaron"] is ActivityStatus.CANCELLED


def test_a_manager_reads_a_sentence(qtbot, worker, team_database):
    worker.lock()
    manager = login(team_database, "chef")
    try:
        keeper = DraftKeeper(manager)
        page = ActionsPage(manager, keeper)
        keeper.setParent(page)
        qtbot.addWidget(page)
        page.show()
        assert "Your role does not work on cases" in page.explanation.text()
        assert not hasattr(page, "tree")
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        manager.lock()
