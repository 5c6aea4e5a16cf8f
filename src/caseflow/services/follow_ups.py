"""Follow-ups (uppföljningar): each goal's status, a fresh assessment, a summary.

A follow-up writes three kinds of rows in one transaction: the follow-up,
a dated assessment of the risk and protective factors (so reports see the
factors change over time), and a status record per goal reviewed. The case's
next follow-up date is then worked out again (``refresh_next_follow_up``):
the programme's interval after the last follow-up, unless approved minutes
agreed another date since.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseflow.domain import meetings as rules
from caseflow.domain.assessment import FactorPresence
from caseflow.domain.cases import CaseStatus, GoalStatus
from caseflow.domain.meetings import GoalReview, MinutesStatus
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, permissions, programme_config
from caseflow.services.assessments import FactorEntry
from caseflow.services.meetings import display_names
from caseflow.services.permissions import Action
from caseflow.services.validation import FieldError, NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Assessment,
    AssessmentFactor,
    Case,
    CaseStatusChange,
    FollowUp,
    Goal,
    GoalStatusRecord,
    Meeting,
    MeetingCase,
    MinutesItem,
)


@dataclass(frozen=True)
class FollowUpView:
    id: int
    held_on: date
    meeting_id: int | None
    assessment_id: int | None
    summary: str
    author: str
    goals: tuple[tuple[int, GoalStatus, str], ...]  # (goal id, status, note)


def _last_start(session: Session, case: Case) -> date | None:
    """When counting began: the last follow-up, else the day work became active.

    None while the case has neither: a case still being received or mapped
    has no follow-up due yet.
    """
    held = session.scalar(select(func.max(FollowUp.held_on)).where(FollowUp.case_id == case.id))
    if held is not None:
        return held
    return session.scalar(
        select(func.max(CaseStatusChange.changed_on)).where(
            CaseStatusChange.case_id == case.id,
            CaseStatusChange.to_status == CaseStatus.ACTIVE.value,
        )
    )


def refresh_next_follow_up(session: Session, case_id: int) -> None:
    """Set the case's next follow-up from its last one and the dates meetings agreed.

    Nothing is due before the work has started (no follow-up held, never
    active): the date is then left as it is, and ``cases.change_status`` sets
    the first one when the case becomes active.
    """
    case = session.get(Case, case_id)
    if case is None or case.status == CaseStatus.CLOSED.value:
        return
    last = _last_start(session, case)
    if last is None:
        return
    agreed = [
        (starts_at.date(), next_date)
        for starts_at, next_date in session.execute(
            select(Meeting.starts_at, MinutesItem.next_date)
            .join(Meeting, Meeting.id == MinutesItem.meeting_id)
            .where(
                MinutesItem.case_id == case_id,
                MinutesItem.next_date.is_not(None),
                Meeting.minutes_status == MinutesStatus.APPROVED.value,
                Meeting.starts_at >= datetime.combine(last, time.min),
            )
            .order_by(Meeting.starts_at, MinutesItem.number)
        )
        if next_date is not None
    ]
    programme_rules = programme_config.rules_for(session, Programme(case.programme))
    case.next_follow_up = rules.follow_up_due(programme_rules, last, agreed)


def record_follow_up(
    workspace: Workspace,
    case_id: int,
    held_on: date,
    goals: Sequence[GoalReview],
    factors: Mapping[str, FactorEntry],
    summary: str,
    meeting_id: int | None = None,
) -> int:
    """Record a follow-up; every open goal of the plan must get a status."""
    permissions.require(workspace, Action.EDIT_CASE)
    if held_on > date.today():
        raise FieldError(
            "held_on", QT_TRANSLATE_NOOP("Errors", "A follow-up cannot be dated in the future.")
        )
    if len(summary) > 20_000:
        raise FieldError(
            "summary",
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=20_000),
        )
    record = rules.FollowUpRecord(
        case_id=case_id,
        held_on=held_on,
        goals=tuple(goals),
        factors={key: entry.presence for key, entry in factors.items()},
        summary=summary,
        meeting_id=meeting_id,
    )
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound()
        if case.status == CaseStatus.CLOSED.value:
            raise FieldError(
                "case",
                QT_TRANSLATE_NOOP("Errors", "The case is closed: nothing can be followed up."),
            )
        if held_on < case.referral_date:
            raise FieldError(
                "held_on",
                QT_TRANSLATE_NOOP("Errors", "The date is before the case's referral date."),
            )
        if meeting_id is not None:
            _check_meeting(session, meeting_id, case_id)
        plan = {g.id: g for g in session.scalars(select(Goal).where(Goal.case_id == case_id))}
        open_ids = [g.id for g in plan.values() if not GoalStatus(g.status).is_final]
        record.check_goals(plan, open_ids)
        assessment = Assessment(
            case_id=case_id,
            assessed_on=held_on,
            author_id=workspace.user.id,
            summary=record.summary,
        )
        assessment.factors = [
            AssessmentFactor(
                factor_key=key, presence=entry.presence.value, comment=entry.comment.strip()
            )
            for key, entry in factors.items()
            if entry.presence is not FactorPresence.UNKNOWN or entry.comment.strip()
        ]
        session.add(assessment)
        session.flush()
        row = FollowUp(
            case_id=case_id,
            held_on=held_on,
            meeting_id=meeting_id,
            assessment_id=assessment.id,
            summary=record.summary,
            author_id=workspace.user.id,
        )
        session.add(row)
        session.flush()
        for review in record.goals:
            goal = plan[review.goal_id]
            goal.status = review.status.value
            goal.version += 1  # a status saved from an older view of the goal is refused
            session.add(
                GoalStatusRecord(
                    goal_id=goal.id,
                    recorded_on=held_on,
                    status=review.status.value,
                    note=review.note,
                    author_id=workspace.user.id,
                    follow_up_id=row.id,
                )
            )
        session.flush()
        refresh_next_follow_up(session, case_id)
        audit.written(session, workspace, "follow_up", row.id, case_id)
        return row.id


def _check_meeting(session: Session, meeting_id: int, case_id: int) -> None:
    """A follow-up held at a meeting: the case was on its agenda and it took place."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound()
    if session.get(MeetingCase, (meeting_id, case_id)) is None:
        raise FieldError(
            "meeting",
            QT_TRANSLATE_NOOP("Errors", "The case was not on that meeting's agenda."),
        )
    if meeting.cancelled:
        raise FieldError(
            "meeting",
            QT_TRANSLATE_NOOP("Errors", "The meeting is cancelled: reinstate it first."),
        )


def list_follow_ups(workspace: Workspace, case_id: int) -> list[FollowUpView]:
    """The case's follow-ups, newest first, with the goal statuses each recorded."""
    permissions.require(workspace, Action.READ_CASE)
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        rows = session.scalars(
            select(FollowUp)
            .where(FollowUp.case_id == case_id)
            .order_by(FollowUp.held_on.desc(), FollowUp.id.desc())
        ).all()
        reviews: dict[int, list[tuple[int, GoalStatus, str]]] = {r.id: [] for r in rows}
        if rows:
            for record in session.scalars(
                select(GoalStatusRecord)
                .where(GoalStatusRecord.follow_up_id.in_(list(reviews)))
                .order_by(GoalStatusRecord.id)
            ):
                assert record.follow_up_id is not None
                reviews[record.follow_up_id].append(
                    (record.goal_id, GoalStatus(record.status), record.note)
                )
        names = display_names(session, {r.author_id for r in rows})
        return [
            FollowUpView(
                r.id,
                r.held_on,
                r.meeting_id,
                r.assessment_id,
                r.summary,
                names.get(r.author_id, ""),
                tuple(reviews[r.id]),
            )
            for r in rows
        ]
