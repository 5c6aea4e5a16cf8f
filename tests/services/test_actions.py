"""The actions tracker (Mina åtgärder) and overdue follow-ups, through the services."""

from __future__ import annotations

from datetime import timedelta

import pytest

from caseflow.domain.assessment import LifeDomain
from caseflow.domain.cases import ActivityStatus, Agency, CaseStatus, ClosingReason
from caseflow.domain.errors import PermissionDenied
from caseflow.services import actions, cases, minutes, plans
from caseflow.services.actions import Scope
from caseflow.services.minutes import ActionInput, ItemInput
from tests.helpers import login
from tests.services.meeting_fixtures import TODAY, book, user_id, young_person


@pytest.fixture
def fia_id(social_worker):
    return user_id(social_worker, "fia")


@pytest.fixture
def mine(social_worker):
    """A case Sara is responsible for."""
    return young_person(social_worker, "Elsa", "Ek", serial=981)


@pytest.fixture
def fias(social_worker, fia_id):
    """A case Fia is responsible for and Sara does not work on."""
    return young_person(social_worker, "Omar", "Berg", serial=982, responsible_user_id=fia_id)


def _agree(workspace, case_id, *agreed):
    """Minutes of a meeting last week agreeing ``agreed`` for the case."""
    meeting_id = book(workspace, [case_id])
    view = minutes.start_minutes(workspace, meeting_id)
    minutes.save_item(
        workspace,
        meeting_id,
        view.items[3].number,
        ItemInput(case_id, view.items[3].heading, actions=tuple(agreed)),
    )
    return meeting_id


def _whats(rows):
    return [r.what for r in rows]


def test_mine_is_my_cases_and_what_i_am_named_for(social_worker, mine, fias, fia_id):
    sara = social_worker.user.id
    soon = TODAY + timedelta(days=3)
    _agree(
        social_worker,
        mine.case_id,
        ActionInput("Ring skolan", Agency.SOCIAL_SERVICES, "Sara", soon + timedelta(days=1)),
        ActionInput("Boka BUP", Agency.CHILD_PSYCHIATRY, "Fia", soon, fia_id),
    )
    _agree(
        social_worker,
        fias.case_id,
        ActionInput("Hembesök", Agency.SOCIAL_SERVICES, "Sara", soon, sara),
        ActionInput("Träna", Agency.LEISURE, "Lena", soon),
    )
    assert _whats(actions.list_actions(social_worker, TODAY, Scope.MINE)) == [
        "Boka BUP",  # in my case, though Fia is responsible
        "Hembesök",  # in Fia's case, but I am named
        "Ring skolan",
    ]
    assert _whats(actions.list_actions(social_worker, TODAY, Scope.ALL)) == [
        "Boka BUP",
        "Hembesök",
        "Träna",
        "Ring skolan",
    ]
    assert _whats(actions.list_actions(social_worker, TODAY, Scope.ALL, limit=2)) == [
        "Boka BUP",
        "Hembesök",
    ]


def test_open_and_overdue_only(social_worker, mine):
    late = TODAY - timedelta(days=1)  # agreed a week ago, due yesterday
    goal = plans.add_goal(social_worker, mine.case_id, "Skolgång", LifeDomain.SCHOOL, None)
    undated = plans.add_activity(social_worker, goal, "Utan datum", Agency.SCHOOL, "Eva", None)
    done = plans.add_activity(
        social_worker, goal, "Klar", Agency.SCHOOL, "Eva", TODAY - timedelta(days=10)
    )
    plans.set_activity_status(social_worker, done, ActivityStatus.DONE)
    _agree(
        social_worker,
        mine.case_id,
        ActionInput("Sen", Agency.SCHOOL, "Eva", late),
        ActionInput("I dag", Agency.SCHOOL, "Eva", TODAY),
    )
    rows = actions.list_actions(social_worker, TODAY, Scope.MINE)
    assert _whats(rows) == ["Sen", "I dag", "Utan datum"]  # undated last
    assert [r.days_overdue for r in rows] == [1, 0, 0]
    assert rows[2].id == undated and rows[2].meeting_id is None
    assert _whats(actions.list_actions(social_worker, TODAY, Scope.MINE, only_overdue=True)) == [
        "Sen"
    ]
    everything = actions.list_actions(social_worker, TODAY, Scope.MINE, only_open=False)
    assert _whats(everything) == ["Klar", "Sen", "I dag", "Utan datum"]
    assert everything[0].status is ActivityStatus.DONE and everything[0].days_overdue == 0


def test_closed_cases_leave_the_tracker(social_worker, mine, fias, fia_id):
    sara = social_worker.user.id
    _agree(
        social_worker,
        fias.case_id,
        ActionInput("Hembesök", Agency.SOCIAL_SERVICES, "Sara", TODAY, sara),
    )
    cases.close_case(social_worker, fias.case_id, ClosingReason.MOVED, "Flyttat.", TODAY)
    for scope in Scope:
        for only_open in (True, False):
            assert actions.list_actions(social_worker, TODAY, scope, only_open=only_open) == []
    # The case's own list still shows its actions.
    assert _whats(actions.list_actions(social_worker, TODAY, Scope.ALL, case_id=fias.case_id)) == [
        "Hembesök"
    ]


def test_overdue_follow_ups_of_my_open_cases(social_worker, mine, fias):
    long_ago = TODAY - timedelta(days=100)
    for young in (mine, fias):
        cases.change_status(social_worker, young.case_id, CaseStatus.MAPPING, long_ago)
        cases.change_status(social_worker, young.case_id, CaseStatus.ACTIVE, long_ago)
    [row] = actions.overdue_follow_ups(social_worker, TODAY)
    assert (row.case_id, row.case_number) == (mine.case_id, mine.case_number)
    assert row.due == long_ago + timedelta(days=60)
    assert row.days_overdue == 40
    assert actions.overdue_follow_ups(social_worker, long_ago + timedelta(days=60)) == []


def test_managers_see_no_actions(social_worker, team_database, mine):
    social_worker.lock()
    chef = login(team_database, "chef")
    try:
        with pytest.raises(PermissionDenied):
            actions.list_actions(chef, TODAY, Scope.ALL)
        assert actions.overdue_follow_ups(chef, TODAY) == []
    finally:
        chef.lock()
