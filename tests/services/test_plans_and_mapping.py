"""Action plans with goal history, and assessments compared over time."""

from __future__ import annotations

from datetime import date

import pytest

from caseflow.domain.assessment import Change, FactorPresence, LifeDomain
from caseflow.domain.cases import ActivityStatus, Agency, GoalStatus, ReferralSource
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme
from caseflow.services import assessments, cases, people, plans
from caseflow.services.assessments import FactorEntry
from caseflow.services.people import PersonInput
from tests.helpers import pnr_in_test_range


@pytest.fixture
def case_id(social_worker) -> int:
    person = people.register_person(
        social_worker, PersonInput("Åsa", "Öberg", pnr_in_test_range(date(2011, 4, 5)))
    ).person_id
    return cases.open_case(
        social_worker,
        person,
        Programme.SIG,
        date(2026, 3, 1),
        ReferralSource.SOCIAL_SERVICES,
        "Oro",
    ).case_id


def test_goal_status_history_is_kept_for_every_follow_up(social_worker, case_id):
    goal = plans.add_goal(
        social_worker, case_id, "Regelbunden skolgång", LifeDomain.SCHOOL, date(2026, 8, 1)
    )
    activity = plans.add_activity(
        social_worker,
        goal,
        "Veckovis närvarouppföljning",
        Agency.SCHOOL,
        "Mentor Eva",
        date(2026, 4, 1),
    )
    plans.record_goal_status(
        social_worker, goal, GoalStatus.IN_PROGRESS, date(2026, 4, 1), "Bättre"
    )
    plans.record_goal_status(social_worker, goal, GoalStatus.ACHIEVED, date(2026, 6, 1))
    plans.set_activity_status(social_worker, activity, ActivityStatus.DONE)
    [view] = plans.get_plan(social_worker, case_id)
    assert view.status is GoalStatus.ACHIEVED
    assert [h.status for h in view.history] == [
        GoalStatus.NOT_STARTED,
        GoalStatus.IN_PROGRESS,
        GoalStatus.ACHIEVED,
    ]
    assert view.history[1].note == "Bättre"
    assert [(a.what, a.agency, a.status) for a in view.activities] == [
        ("Veckovis närvarouppföljning", Agency.SCHOOL, ActivityStatus.DONE)
    ]


def test_assessments_show_change_between_dates(social_worker, case_id):
    assessments.record_assessment(
        social_worker,
        case_id,
        date(2026, 3, 5),
        {"school.truancy": FactorEntry(FactorPresence.PRESENT, "Ofta borta")},
    )
    assessments.record_assessment(
        social_worker,
        case_id,
        date(2026, 6, 5),
        {"school.truancy": FactorEntry(FactorPresence.ABSENT)},
    )
    older, newer = assessments.list_assessments(social_worker, case_id)
    assert older.assessed_on < newer.assessed_on
    assert older.factors["school.truancy"].comment == "Ofta borta"
    changes = {c.factor.key: c.change for c in assessments.changes_between(older, newer)}
    assert changes["school.truancy"] is Change.IMPROVED
    with pytest.raises(InvalidInput):
        assessments.record_assessment(
            social_worker,
            case_id,
            date(2026, 6, 5),
            {"no.such": FactorEntry(FactorPresence.PRESENT)},
        )
