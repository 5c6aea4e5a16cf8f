"""Meetings as an iCalendar file (``.ics``) for Outlook or any calendar.

The entry carries the meeting type, the case numbers and the place only;
``caseflow.domain.icalendar`` has no field for a young person's name. The
meeting's version is the entry's SEQUENCE, so a re-exported changed meeting
updates the entry people imported before.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from caseflow.domain.audit import AuditAction
from caseflow.domain.icalendar import calendar_event, meeting_to_ics
from caseflow.services import audit, permissions
from caseflow.services.meetings import (
    MeetingFilter,
    _filtered,
    _types,
    _visible,
    as_domain,
    case_numbers,
)
from caseflow.services.permissions import Action
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Meeting, MeetingCase

MAX_EXPORT = 5_000


def export_ics(
    workspace: Workspace,
    meeting_ids: Sequence[int] | None = None,
    meeting_filter: MeetingFilter | None = None,
) -> str:
    """The iCalendar text of the given meetings, or of every meeting the filter finds.

    At most ``MAX_EXPORT`` meetings (the earliest), in three queries whatever
    their number. Raises ``NotFound`` when one of ``meeting_ids`` does not exist.
    """
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        query = select(Meeting).options(selectinload(Meeting.cases))
        if meeting_ids is not None:
            query = query.where(Meeting.id.in_(list(meeting_ids)))
        query = _visible(workspace, _filtered(query, meeting_filter or MeetingFilter()))
        rows = list(
            session.scalars(query.order_by(Meeting.starts_at, Meeting.id).limit(MAX_EXPORT)).all()
        )
        if meeting_ids is not None and len(rows) != len(set(meeting_ids)):
            raise NotFound()
        numbers = case_numbers(
            session,
            session.scalars(
                select(MeetingCase.case_id).where(MeetingCase.meeting_id.in_([r.id for r in rows]))
            ),
        )
        types = {t.key: t for t in _types(session)}
        events = [
            calendar_event(
                as_domain(session, row, numbers, with_invitees=False),
                types[row.type_key].label if row.type_key in types else row.type_key,
                sequence=row.version - 1,
                cancelled=row.cancelled,
            )
            for row in rows
        ]
        audit.log(
            session,
            workspace.user,
            AuditAction.EXPORT,
            record_type="calendar",
            detail=f"{len(events)} meetings",
        )
        return meeting_to_ics(events)
