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

from caseflow.domain.icalendar import calendar_event, meeting_to_ics
from caseflow.services import permissions
from caseflow.services.meetings import MeetingFilter, _filtered, _types, as_domain
from caseflow.services.permissions import Action
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Meeting, MeetingParticipant

MAX_EXPORT = 5_000


def export_ics(
    workspace: Workspace,
    meeting_ids: Sequence[int] | None = None,
    meeting_filter: MeetingFilter | None = None,
) -> str:
    """The iCalendar text of the given meetings, or of every meeting the filter finds."""
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        query = select(Meeting).options(
            selectinload(Meeting.cases),
            selectinload(Meeting.participants).selectinload(MeetingParticipant.present_for),
        )
        if meeting_ids is not None:
            query = query.where(Meeting.id.in_(list(meeting_ids)))
        query = _filtered(query, meeting_filter or MeetingFilter())
        rows = session.scalars(query.order_by(Meeting.starts_at, Meeting.id).limit(MAX_EXPORT))
        types = {t.key: t for t in _types(session)}
        events = []
        for row in rows:
            meeting = as_domain(session, row)
            label = types[row.type_key].label if row.type_key in types else row.type_key
            events.append(
                calendar_event(meeting, label, sequence=row.version - 1, cancelled=row.cancelled)
            )
        if meeting_ids is not None and len(events) != len(set(meeting_ids)):
            raise NotFound()
        return meeting_to_ics(events)
