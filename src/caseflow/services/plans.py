"""The action plan (handlingsplan): goals with activities, and each goal's status history.

Every call checks that the user may see the case (``case_access``, the case
found from the goal or activity); every change is logged (``audit.log``).
Goals and activities carry a version: a status change made from an older
version is refused (``ChangedMeanwhile``), and a refused note is kept as a
draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caseflow.domain.assessment import LifeDomain
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import ActivityStatus, Agency, GoalStatus
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, drafts, permissions
from caseflow.services.lookups import user_names
from caseflow.services.permissions import Action
from caseflow.services.validation import (
    ChangedMeanwhile,
    FieldError,
    NotFound,
    check_version,
    locked,
    required_text,
)
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Activity, Goal, GoalStatusRecord


@dataclass(frozen=True)
class ActivityView:
    id: int
    what: str
    agency: Agency
    responsible_person: str
    due_date: date | None
    status: ActivityStatus
    version: int | None = None  # None: saved whatever it is at (no version was read)


@dataclass(frozen=True)
class GoalStatusView:
    recorded_on: date
    status: GoalStatus
    note: str
    author: str


@dataclass(frozen=True)
class GoalView:
    id: int
    text: str
    life_domain: LifeDomain
    target_date: date | None
    status: GoalStatus
    history: list[GoalStatusView]
    activities: list[ActivityView]
    version: int = 1


def _written(
    session: Session,
    workspace: Workspace,
    case_id: int,
    record_type: str,
    record_id: int,
    what: str,
) -> None:
    audit.log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        case_id=case_id,
        record_type=record_type,
        record_id=record_id,
        detail=what,
    )


def _goal(session: Session, workspace: Workspace, goal_id: int, lock: bool = False) -> Goal:
    """The goal, in a case the user may see (``lock``: read afresh and locked for a change)."""
    goal = locked(session, Goal, goal_id) if lock else session.get(Goal, goal_id)
    if goal is None:
        raise NotFound()
    case_access.require_case(session, workspace, goal.case_id)
    return goal


def add_goal(
    workspace: Workspace, case_id: int, text: str, life_domain: LifeDomain, target_date: date | None
) -> int:
    permissions.require(workspace, Action.EDIT_CASE)
    cleaned = required_text("goal_text", text, 2000)
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        goal = Goal(
            case_id=case_id,
            text=cleaned,
            life_domain=life_domain.value,
            target_date=target_date,
            status=GoalStatus.NOT_STARTED.value,
        )
        goal.history.append(
            GoalStatusRecord(
                recorded_on=date.today(),
                status=GoalStatus.NOT_STARTED.value,
                note="",
                author_id=workspace.user.id,
            )
        )
        session.add(goal)
        session.flush()
        _written(session, workspace, case_id, "goal", goal.id, "created")
        return goal.id


def record_goal_status(
    workspace: Workspace,
    goal_id: int,
    status: GoalStatus,
    on: date,
    note: str = "",
    expected_version: int | None = None,
) -> None:
    """Record a goal's status at a follow-up; earlier records stay as its history.

    Refused with ``ChangedMeanwhile`` when the goal is no longer at
    ``expected_version`` (None: whatever it is at); the note is then kept as
    the user's draft.
    """
    permissions.require(workspace, Action.EDIT_CASE)
    if on > date.today():
        raise FieldError("recorded_on", QT_TRANSLATE_NOOP("Errors", "The date is in the future."))
    try:
        with workspace.transaction() as session:
            goal = _goal(session, workspace, goal_id, lock=True)
            check_version(
                session,
                workspace.user.id,
                goal.version,
                expected_version,
                "goal",
                [("goal", goal.id)],
                goal.case_id,
            )
            goal.status = status.value
            goal.version += 1
            goal.history.append(
                GoalStatusRecord(
                    recorded_on=on,
                    status=status.value,
                    note=note.strip(),
                    author_id=workspace.user.id,
                )
            )
            _written(session, workspace, goal.case_id, "goal", goal.id, f"status {status.value}")
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Goal status note of {date}").format(date=on.isoformat())
        drafts.keep_refused(workspace, conflict, goal_id, what, note)
        raise


def add_activity(
    workspace: Workspace,
    goal_id: int,
    what: str,
    agency: Agency,
    responsible_person: str,
    due_date: date | None,
) -> int:
    permissions.require(workspace, Action.EDIT_CASE)
    cleaned = required_text("activity_what", what, 2000)
    with workspace.transaction() as session:
        goal = _goal(session, workspace, goal_id)
        activity = Activity(
            case_id=goal.case_id,
            goal_id=goal_id,
            what=cleaned,
            agency=agency.value,
            responsible_person=responsible_person.strip(),
            due_date=due_date,
            status=ActivityStatus.PLANNED.value,
        )
        session.add(activity)
        session.flush()
        _written(session, workspace, goal.case_id, "activity", activity.id, "created")
        return activity.id


def set_activity_status(
    workspace: Workspace,
    activity_id: int,
    status: ActivityStatus,
    expected_version: int | None = None,
) -> None:
    """Mark an activity (or an action agreed at a meeting) planned, started, done or cancelled.

    Whoever is responsible for an agreed action may report on it (from Mina
    åtgärder) without reading the case file; anyone else needs the case.
    Refused with ``ChangedMeanwhile`` when the activity is no longer at
    ``expected_version`` (None: whatever it is at).
    """
    permissions.require(workspace, Action.WRITE_JOURNAL)
    with workspace.transaction() as session:
        activity = locked(session, Activity, activity_id)
        if activity is None:
            raise NotFound()
        if activity.responsible_user_id != workspace.user.id:
            case_access.require_case(session, workspace, activity.case_id)
        check_version(
            session,
            workspace.user.id,
            activity.version,
            expected_version,
            "activity",
            [("activity", activity.id)],
            activity.case_id,
        )
        activity.status = status.value
        activity.version += 1
        _written(
            session, workspace, activity.case_id, "activity", activity.id, f"status {status.value}"
        )


def get_plan(workspace: Workspace, case_id: int) -> list[GoalView]:
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        goals = session.scalars(
            select(Goal)
            .where(Goal.case_id == case_id)
            .options(selectinload(Goal.history), selectinload(Goal.activities))
            .order_by(Goal.id)
        ).all()
        names = user_names(session)
        return [
            GoalView(
                g.id,
                g.text,
                LifeDomain(g.life_domain),
                g.target_date,
                GoalStatus(g.status),
                [
                    GoalStatusView(
                        h.recorded_on, GoalStatus(h.status), h.note, names.get(h.author_id, "?")
                    )
                    for h in g.history
                ],
                [
                    ActivityView(
                        a.id,
                        a.what,
                        Agency(a.agency),
                        a.responsible_person,
                        a.due_date,
                        ActivityStatus(a.status),
                        a.version,
                    )
                    for a in g.activities
                ],
                g.version,
            )
            for g in goals
        ]
