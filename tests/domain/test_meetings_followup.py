"""Follow-up dates, the overdue rules and what a follow-up records."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseflow.domain.assessment import CATALOGUE, FactorPresence
from caseflow.domain.cases import ActivityStatus, GoalStatus, next_follow_up
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import (
    FollowUpRecord,
    FollowUpStatus,
    GoalReview,
    days_overdue,
    follow_up_due,
    is_overdue,
    next_follow_up_date,
    open_items,
    overdue,
)
from caseflow.domain.programmes import DEFAULT_RULES, Programme
from tests.domain.test_meetings_helpers import DAY, action

SSPF = DEFAULT_RULES[Programme.SSPF]  # every 60 days
SIG = DEFAULT_RULES[Programme.SIG]  # every 30 days
ONE_DAY = timedelta(days=1)

STATUSES = [*ActivityStatus, *FollowUpStatus, *GoalStatus]

# ----------------------------------------------------------------------- dates


def test_next_follow_up_date_uses_the_programmes_interval() -> None:
    assert next_follow_up_date(DAY, SSPF) == date(2026, 3, 16)
    assert next_follow_up_date(DAY, SIG) == date(2026, 2, 14)
    assert next_follow_up_date(date(2028, 2, 10), SIG) == date(2028, 3, 11)  # leap year


@pytest.mark.parametrize("programme", list(Programme))
def test_next_follow_up_date_agrees_with_the_case_rule(programme: Programme) -> None:
    rules = DEFAULT_RULES[programme]
    assert next_follow_up_date(DAY, rules) == next_follow_up(DAY, rules.follow_up_interval_days)


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(1, 400))
def test_next_follow_up_date_is_interval_days_later(day: date, interval: int) -> None:
    rules = replace(SSPF, follow_up_interval_days=interval)
    assert (next_follow_up_date(day, rules) - day).days == interval


def test_follow_up_due_from_the_interval() -> None:
    assert follow_up_due(SSPF, DAY) == date(2026, 3, 16)
    # A date agreed before the last follow-up no longer counts.
    assert follow_up_due(SSPF, DAY, [(DAY - ONE_DAY, date(2026, 1, 20))]) == date(2026, 3, 16)


def test_follow_up_due_from_a_date_agreed_at_a_meeting() -> None:
    assert follow_up_due(SSPF, DAY, [(DAY, date(2026, 2, 1))]) == date(2026, 2, 1)
    # The most recently agreed date decides, even when it is later.
    agreed = [(date(2026, 1, 20), date(2026, 2, 1)), (date(2026, 1, 30), date(2026, 4, 1))]
    assert follow_up_due(SSPF, DAY, agreed) == date(2026, 4, 1)
    assert follow_up_due(SSPF, DAY, list(reversed(agreed))) == date(2026, 4, 1)
    # On one day, the later entry decides.
    same_day = [(DAY, date(2026, 2, 1)), (DAY, date(2026, 1, 25))]
    assert follow_up_due(SSPF, DAY, same_day) == date(2026, 1, 25)


# --------------------------------------------------------------------- overdue


def test_follow_up_status_labels_and_finality() -> None:
    assert [s.label.render() for s in FollowUpStatus] == ["Planned", "Held", "Cancelled"]
    assert [s.is_final for s in FollowUpStatus] == [False, True, True]


@pytest.mark.parametrize("status", STATUSES, ids=lambda s: f"{type(s).__name__}.{s.name}")
@pytest.mark.parametrize("offset", [-30, -1, 0, 1, 30])
def test_is_overdue(status: ActivityStatus | FollowUpStatus | GoalStatus, offset: int) -> None:
    today = DAY + timedelta(days=offset)
    expected = not status.is_final and offset > 0
    assert is_overdue(DAY, status, today) is expected
    assert days_overdue(DAY, status, today) == (offset if expected else 0)


@pytest.mark.parametrize("status", STATUSES)
def test_nothing_without_a_due_date_is_overdue(
    status: ActivityStatus | FollowUpStatus | GoalStatus,
) -> None:
    assert not is_overdue(None, status, DAY)
    assert days_overdue(None, status, DAY) == 0


@given(
    st.dates(),
    st.dates(),
    st.sampled_from(STATUSES),
)
def test_overdue_is_late_and_unfinished(
    due: date, today: date, status: ActivityStatus | FollowUpStatus | GoalStatus
) -> None:
    assert is_overdue(due, status, today) == (due < today and not status.is_final)
    assert days_overdue(due, status, today) >= 0


@dataclass(frozen=True)
class PlannedFollowUp:
    due: date | None
    status: FollowUpStatus


def test_overdue_lists_the_longest_overdue_first() -> None:
    actions = [
        action("a", due=DAY - ONE_DAY),
        action("b", due=DAY - 10 * ONE_DAY, status=ActivityStatus.DONE),
        action("c", due=DAY - 5 * ONE_DAY, status=ActivityStatus.IN_PROGRESS),
        action("d", due=DAY),
        action("e", due=DAY - 5 * ONE_DAY),
        action("f", due=DAY - 20 * ONE_DAY, status=ActivityStatus.CANCELLED),
    ]
    assert [a.what for a in overdue(actions, DAY)] == ["c", "e", "a"]
    assert overdue([], DAY) == ()


def test_overdue_follow_ups() -> None:
    follow_ups = [
        PlannedFollowUp(DAY - ONE_DAY, FollowUpStatus.PLANNED),
        PlannedFollowUp(DAY - ONE_DAY, FollowUpStatus.DONE),
        PlannedFollowUp(None, FollowUpStatus.PLANNED),
        PlannedFollowUp(DAY - 3 * ONE_DAY, FollowUpStatus.PLANNED),
    ]
    assert overdue(follow_ups, DAY) == (follow_ups[3], follow_ups[0])


def test_open_items_by_due_date_undated_last() -> None:
    items = [
        PlannedFollowUp(None, FollowUpStatus.PLANNED),
        PlannedFollowUp(DAY, FollowUpStatus.DONE),
        PlannedFollowUp(DAY + ONE_DAY, FollowUpStatus.PLANNED),
        PlannedFollowUp(DAY - ONE_DAY, FollowUpStatus.PLANNED),
        PlannedFollowUp(date.max, FollowUpStatus.PLANNED),
    ]
    assert open_items(items) == (items[3], items[2], items[4], items[0])


# ----------------------------------------------------------- follow-up record

FACTORS = {CATALOGUE[0].key: FactorPresence.ABSENT, CATALOGUE[4].key: FactorPresence.PRESENT}


def record(**changes: object) -> FollowUpRecord:
    base = FollowUpRecord(
        case_id=1,
        held_on=DAY,
        goals=(
            GoalReview(11, GoalStatus.IN_PROGRESS, " Bättre närvaro "),
            GoalReview(12, GoalStatus.ACHIEVED),
        ),
        factors=FACTORS,
        summary="  Det går åt rätt håll.  ",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_follow_up_record() -> None:
    r = record()
    assert r.summary == "Det går åt rätt håll."
    assert r.goals[0].note == "Bättre närvaro"
    assert r.reviewed == frozenset({11, 12})
    assert dict(r.factors) == FACTORS
    assert r.meeting_id is None


def test_a_follow_up_records_a_copy_of_the_factors() -> None:
    factors = dict(FACTORS)
    r = record(factors=factors)
    factors.clear()
    assert dict(r.factors) == FACTORS
    with pytest.raises(TypeError):
        r.factors[CATALOGUE[1].key] = FactorPresence.PRESENT  # type: ignore[index]


def test_a_follow_up_needs_a_summary() -> None:
    with pytest.raises(InvalidInput, match="Write a summary of the follow-up"):
        record(summary=" \n")


def test_each_goal_gets_one_status() -> None:
    twice = (GoalReview(11, GoalStatus.ACHIEVED), GoalReview(11, GoalStatus.NOT_ACHIEVED))
    with pytest.raises(InvalidInput, match="Each goal gets one status"):
        record(goals=twice)


def test_factors_come_from_the_catalogue() -> None:
    with pytest.raises(InvalidInput, match="unknown factor: nope"):
        record(factors={"nope": FactorPresence.PRESENT})
    assert dict(record(factors={}).factors) == {}


def test_every_open_goal_gets_a_status() -> None:
    r = record()
    r.check_goals(plan_goal_ids=[11, 12, 13], open_goal_ids=[11])
    r.check_goals(plan_goal_ids=[11, 12, 13], open_goal_ids=[11, 12])
    with pytest.raises(InvalidInput) as error:
        r.check_goals(plan_goal_ids=[11, 12, 13, 14], open_goal_ids=[11, 13, 14, 14])
    assert str(error.value) == "Record a status for every open goal (2 missing)."


def test_only_the_plans_goals_are_reviewed() -> None:
    with pytest.raises(InvalidInput, match="not in the plan"):
        record().check_goals(plan_goal_ids=[11], open_goal_ids=[11])
