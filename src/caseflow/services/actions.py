"""The actions tracker (Mina åtgärder) and overdue work for Översikt.

Actions are the activities of action plans, whether written under a goal or
agreed at a meeting. "Mine" means the actions someone is named responsible
for, and every action in the open cases they work on (responsible or staff).
Lists are capped: the tracker shows what needs doing, not the archive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import or_, select

from caseflow.domain.cases import ActivityStatus, Agency, CaseStatus
from caseflow.domain.meetings import days_overdue
from caseflow.services import case_access, permissions
from caseflow.services.alerts import my_open_cases
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Activity, Case, Meeting, MinutesItem

LIMIT = 500
_OPEN = (ActivityStatus.PLANNED.value, ActivityStatus.IN_PROGRESS.value)


class Scope(StrEnum):
    MINE = "mine"
    ALL = "all"


@dataclass(frozen=True)
class ActionRow:
    id: int
    case_id: int
    case_number: str
    what: str
    agency: Agency
    responsible: str
    due: date | None
    status: ActivityStatus
    days_overdue: int
    meeting_id: int | None
    meeting_date: date | None


@dataclass(frozen=True)
class OverdueFollowUp:
    case_id: int
    case_number: str
    due: date
    days_overdue: int


def list_actions(
    workspace: Workspace,
    today: date,
    scope: Scope = Scope.MINE,
    *,
    only_open: bool = True,
    only_overdue: bool = False,
    case_id: int | None = None,
    limit: int = LIMIT,
) -> list[ActionRow]:
    """Actions by due date (undated last), so the longest overdue come first.

    ``Scope.MINE``: the actions the user is named responsible for, and every
    action of the open cases they work on. Closed cases are left out unless
    ``case_id`` asks for one case's actions.
    """
    permissions.require(workspace, Action.READ_CASE)
    query = (
        select(Activity, Case.case_number, Meeting.id, Meeting.starts_at)
        .join(Case, Case.id == Activity.case_id)
        .outerjoin(MinutesItem, MinutesItem.id == Activity.minutes_item_id)
        .outerjoin(Meeting, Meeting.id == MinutesItem.meeting_id)
    )
    if scope is Scope.MINE:
        query = query.where(
            or_(
                Activity.responsible_user_id == workspace.user.id,
                Activity.case_id.in_(my_open_cases(workspace.user.id)),
            )
        )
    else:
        visible = case_access.visible_case_ids(workspace)
        if visible is not None:
            query = query.where(
                or_(
                    Activity.responsible_user_id == workspace.user.id,
                    (Case.id + 0).in_(visible),
                )
            )
    if only_open or only_overdue:
        query = query.where(Activity.status.in_(_OPEN))
    if only_overdue:
        query = query.where(Activity.due_date < today)
    if case_id is not None:
        query = query.where(Activity.case_id == case_id)
    else:
        # The tracker is about work still to do: a closed case's actions stay in its file.
        query = query.where(Case.status != CaseStatus.CLOSED.value)
    query = query.order_by(Activity.due_date.is_(None), Activity.due_date, Activity.id).limit(limit)
    with workspace.transaction() as session:
        if case_id is not None:
            case_access.require_case(session, workspace, case_id)
        return [
            ActionRow(
                activity.id,
                activity.case_id,
                number,
                activity.what,
                Agency(activity.agency),
                activity.responsible_person,
                activity.due_date,
                ActivityStatus(activity.status),
                days_overdue(activity.due_date, ActivityStatus(activity.status), today),
                meeting_id,
                starts_at.date() if starts_at is not None else None,
            )
            for activity, number, meeting_id, starts_at in session.execute(query)
        ]


def overdue_follow_ups(
    workspace: Workspace, today: date, limit: int = LIMIT
) -> list[OverdueFollowUp]:
    """The user's open cases whose next follow-up date has passed, most overdue first."""
    if not permissions.may(workspace, Action.READ_CASE):
        return []
    with workspace.transaction() as session:
        rows = session.execute(
            select(Case.id, Case.case_number, Case.next_follow_up)
            .where(
                Case.id.in_(my_open_cases(workspace.user.id)),
                Case.next_follow_up < today,
            )
            .order_by(Case.next_follow_up, Case.id)
            .limit(limit)
        ).all()
    return [
        OverdueFollowUp(case_id, number, due, (today - due).days)
        for case_id, number, due in rows
        if due is not None
    ]
