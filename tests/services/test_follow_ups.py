"""Follow-ups through the services: goal statuses, a fresh assessment, the next date."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from caseflow.domain.assessment import FactorPresence, LifeDomain
from caseflow.domain.cases import CaseStatus, ClosingReason, GoalStatus
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import GoalReview
from caseflow.services import assessments, cases, follow_ups, meetings, minutes, plans
from caseflow.services.assessments import FactorEntry
from caseflow.services.minutes import ItemInput
from caseflow.services.validation import FieldError, NotFound
from caseflow.storage.models import Assessment, GoalStatusRecord
from tests.services.meeting_fixtures import TODAY, book, young_person

SUBSTANCES = "individual.substance_use"
SCHOOL_ATTITUDE = "individual.positive_attitude_to_school"
ACTIVE_SINCE = TODAY - timedelta(days=100)
SSPF_INTERVAL = timedelta(days=60)


@pytest.fixture
def elsa(social_worker):
    young = young_person(social_worker, "Elsa", "Ek", serial=981)
    cases.change_status(social_worker, young.case_id, CaseStatus.MAPPING, ACTIVE_SINCE)
    cases.change_status(social_worker, young.case_id, CaseStatus.ACTIVE, ACTIVE_SINCE)
    return young


@pytest.fixture
def goals(social_worker, elsa):
    school = plans.add_goal(social_worker, elsa.case_id, "Gå i skolan", LifeDomain.SCHOOL, None)
    leisure = plans.add_goal(
        social_worker, elsa.case_id, "En fritidsaktivitet", LifeDomain.LEISURE_COMMUNITY, None
    )
    return school, leisure


def _record(workspace, case_id, held_on, reviews, **kwargs):
    return follow_ups.record_follow_up(
        workspace,
        case_id,
        held_on,
        reviews,
        kwargs.pop(
            "factors",
            {
                SUBSTANCES: FactorEntry(FactorPresence.ABSENT, "Inga tecken längre"),
                SCHOOL_ATTITUDE: FactorEntry(FactorPresence.PRESENT),
            },
        ),
        kwargs.pop("summary", "Det går framåt i skolan."),
        **kwargs,
    )


def test_a_follow_up_records_goals_factors_and_moves_the_next_date(social_worker, elsa, goals):
    school, leisure = goals
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == (
        ACTIVE_SINCE + SSPF_INTERVAL
    )
    held = TODAY - timedelta(days=3)
    follow_up = _record(
        social_worker,
        elsa.case_id,
        held,
        [
            GoalReview(school, GoalStatus.IN_PROGRESS, " Närvaron är 80 % "),
            GoalReview(leisure, GoalStatus.ACHIEVED),
        ],
    )
    [view] = follow_ups.list_follow_ups(social_worker, elsa.case_id)
    assert (view.id, view.held_on, view.summary, view.author) == (
        follow_up,
        held,
        "Det går framåt i skolan.",
        "Sara Lind",
    )
    assert view.goals == (
        (school, GoalStatus.IN_PROGRESS, "Närvaron är 80 %"),
        (leisure, GoalStatus.ACHIEVED, ""),
    )
    # The goals' status and history.
    plan = {g.id: g for g in plans.get_plan(social_worker, elsa.case_id)}
    assert plan[school].status is GoalStatus.IN_PROGRESS
    assert [h.status for h in plan[leisure].history] == [
        GoalStatus.NOT_STARTED,
        GoalStatus.ACHIEVED,
    ]
    with social_worker.transaction() as session:
        records = session.scalars(
            select(GoalStatusRecord).where(GoalStatusRecord.follow_up_id == follow_up)
        ).all()
        assert sorted(r.goal_id for r in records) == [school, leisure]
        assert {r.recorded_on for r in records} == {held}
        assessment = session.get(Assessment, view.assessment_id)
        assert assessment is not None and assessment.assessed_on == held
    # A dated assessment with the factors looked at afresh.
    [assessment_view] = assessments.list_assessments(social_worker, elsa.case_id)
    assert assessment_view.id == view.assessment_id
    assert assessment_view.factors[SUBSTANCES] == FactorEntry(
        FactorPresence.ABSENT, "Inga tecken längre"
    )
    assert assessment_view.factors[SCHOOL_ATTITUDE].presence is FactorPresence.PRESENT
    # The next follow-up is the programme's interval (SSPF: 60 days) after this one.
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == held + SSPF_INTERVAL


def test_every_open_goal_must_get_a_status(social_worker, elsa, goals):
    school, leisure = goals
    with pytest.raises(InvalidInput):
        _record(social_worker, elsa.case_id, TODAY, [GoalReview(school, GoalStatus.IN_PROGRESS)])
    with pytest.raises(InvalidInput):  # a goal of another case
        _record(
            social_worker,
            elsa.case_id,
            TODAY,
            [
                GoalReview(school, GoalStatus.IN_PROGRESS),
                GoalReview(leisure, GoalStatus.IN_PROGRESS),
                GoalReview(leisure + 100, GoalStatus.IN_PROGRESS),
            ],
        )
    assert follow_ups.list_follow_ups(social_worker, elsa.case_id) == []
    assert assessments.list_assessments(social_worker, elsa.case_id) == []
    # A goal already settled need not be reviewed again.
    plans.record_goal_status(social_worker, leisure, GoalStatus.CANCELLED, TODAY)
    _record(social_worker, elsa.case_id, TODAY, [GoalReview(school, GoalStatus.IN_PROGRESS)])
    assert len(follow_ups.list_follow_ups(social_worker, elsa.case_id)) == 1


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"held_on": TODAY + timedelta(days=1)}, FieldError),
        ({"held_on": TODAY - timedelta(days=400)}, FieldError),  # before the referral
        ({"summary": "   "}, InvalidInput),
        ({"summary": "x" * 20_001}, FieldError),
        ({"factors": {"no.such.factor": FactorEntry(FactorPresence.PRESENT)}}, InvalidInput),
        ({"case_id": 4711}, NotFound),
    ],
)
def test_bad_follow_ups_are_refused(social_worker, elsa, change, error):
    change = dict(change)  # the parameters are shared by every engine's run
    with pytest.raises(error):
        _record(
            social_worker,
            change.pop("case_id", elsa.case_id),
            change.pop("held_on", TODAY),
            [],
            **change,
        )


def test_a_closed_case_is_not_followed_up(social_worker, elsa):
    cases.close_case(social_worker, elsa.case_id, ClosingReason.GOALS_REACHED, "Klart.", TODAY)
    with pytest.raises(FieldError):
        _record(social_worker, elsa.case_id, TODAY, [])


def test_a_follow_up_at_a_meeting_needs_the_case_on_its_agenda(social_worker, elsa):
    omar = young_person(social_worker, "Omar", "Berg", serial=982)
    day = TODAY - timedelta(days=2)
    his = book(social_worker, [omar.case_id], day)
    with pytest.raises(FieldError):
        _record(social_worker, elsa.case_id, day, [], meeting_id=his)
    with pytest.raises(NotFound):
        _record(social_worker, elsa.case_id, day, [], meeting_id=4711)
    hers = book(social_worker, [elsa.case_id], day)
    meetings.cancel_meeting(social_worker, hers)
    with pytest.raises(FieldError):
        _record(social_worker, elsa.case_id, day, [], meeting_id=hers)
    meetings.cancel_meeting(social_worker, hers, cancelled=False)
    follow_up = _record(social_worker, elsa.case_id, day, [], meeting_id=hers)
    [view] = follow_ups.list_follow_ups(social_worker, elsa.case_id)
    assert (view.id, view.meeting_id) == (follow_up, hers)


def test_follow_ups_are_listed_newest_first(social_worker, elsa):
    first = _record(social_worker, elsa.case_id, TODAY - timedelta(days=50), [])
    second = _record(social_worker, elsa.case_id, TODAY - timedelta(days=5), [])
    assert [v.id for v in follow_ups.list_follow_ups(social_worker, elsa.case_id)] == [
        second,
        first,
    ]
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == (
        TODAY - timedelta(days=5) + SSPF_INTERVAL
    )


def test_a_meeting_date_agreed_after_the_last_follow_up_decides(social_worker, elsa):
    held = TODAY - timedelta(days=20)
    _record(social_worker, elsa.case_id, held, [])
    meeting_day = TODAY - timedelta(days=7)
    meeting_id = book(social_worker, [elsa.case_id], meeting_day)
    view = minutes.start_minutes(social_worker, meeting_id)
    agreed = TODAY + timedelta(days=5)
    minutes.save_item(
        social_worker,
        meeting_id,
        view.items[-1].number,
        ItemInput(elsa.case_id, view.items[-1].heading, next_date=agreed),
    )
    minutes.approve(social_worker, meeting_id, TODAY)
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == agreed
    # A follow-up held after the meeting counts from itself again.
    later = TODAY - timedelta(days=1)
    _record(social_worker, elsa.case_id, later, [])
    assert cases.get_case(social_worker, elsa.case_id).next_follow_up == later + SSPF_INTERVAL


def test_approved_minutes_do_not_start_the_clock_of_a_case_not_yet_active(social_worker):
    nora = young_person(social_worker, "Nora", "Lund", serial=983)
    meeting_id = book(social_worker, [nora.case_id])
    view = minutes.start_minutes(social_worker, meeting_id)
    minutes.save_item(
        social_worker,
        meeting_id,
        view.items[0].number,
        ItemInput(
            nora.case_id,
            view.items[0].heading,
            notes="Kartläggningen börjar.",
            next_date=TODAY + timedelta(days=30),
        ),
    )
    minutes.approve(social_worker, meeting_id, TODAY)
    assert cases.get_case(social_worker, nora.case_id).next_follow_up is None
    # When the case becomes active, the programme's interval counts from then.
    cases.change_status(social_worker, nora.case_id, CaseStatus.MAPPING, TODAY)
    cases.change_status(social_worker, nora.case_id, CaseStatus.ACTIVE, TODAY)
    assert cases.get_case(social_worker, nora.case_id).next_follow_up == TODAY + SSPF_INTERVAL
