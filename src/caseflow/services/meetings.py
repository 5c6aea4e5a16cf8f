"""Meetings: booking, the agenda and checklist, invitees, attendance and preparation.

The rules live in ``caseflow.domain.meetings``; this module loads rows into
those values, asks the rules, and writes what they allow. Minutes are in
``services.minutes``, follow-ups in ``services.follow_ups``, the actions
tracker in ``services.actions`` and calendar export in ``services.calendar``.

A meeting names only case numbers; the young people's names stay in their
cases. Everything a participant may hear is gated by consent: recording
attendance asks ``check_attendance`` for every case the participant was
present for.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from caseflow.domain import meetings as rules
from caseflow.domain.cases import (
    ActivityStatus,
    Agency,
    CaseStatus,
    GoalStatus,
    parse_case_number,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import MeetingTypeDef, MinutesStatus
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import permissions
from caseflow.services.consent_loading import load_case_consents, party_of
from caseflow.services.lookups import user_names
from caseflow.services.permissions import Action
from caseflow.services.validation import ChangedMeanwhile, FieldError, NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Activity,
    Case,
    FollowUp,
    Goal,
    Meeting,
    MeetingAttendance,
    MeetingCase,
    MeetingParticipant,
    MinutesItem,
    Setting,
)

MEETING_TYPES_KEY = "meeting_types"
PAGE_SIZE = 200


# --- configuration -------------------------------------------------------------------


def _types(session: Session) -> tuple[MeetingTypeDef, ...]:
    row = session.get(Setting, MEETING_TYPES_KEY)
    if row is None:
        return rules.default_meeting_types()
    stored = json.loads(row.value)
    return rules.meeting_types_from_config(stored if isinstance(stored, list) else [])


def meeting_types(workspace: Workspace) -> tuple[MeetingTypeDef, ...]:
    """The unit's meeting types: the built-in ones unless an administrator changed them."""
    with workspace.transaction() as session:
        return _types(session)


def _type(session: Session, key: str) -> MeetingTypeDef:
    found = rules.find_meeting_type(_types(session), key)
    if found is None:
        raise FieldError("type", QT_TRANSLATE_NOOP("Errors", "Choose the type of meeting."))
    return found


def type_label(session: Session, key: str) -> str:
    """The type's name in the user's language; an unknown (removed) type shows its key."""
    found = rules.find_meeting_type(_types(session), key)
    return found.label.render() if found is not None else key


# --- values --------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantInput:
    """An invitee as the editor gives it; ``party_name`` says which school, which unit."""

    name: str
    agency: Agency
    role: str = ""
    party_name: str = ""
    user_id: int | None = None


@dataclass(frozen=True)
class ParticipantView:
    id: int
    name: str
    agency: Agency
    role: str
    party_name: str
    user_id: int | None
    present_for: tuple[int, ...]  # case ids; empty when not (yet) recorded as present

    @property
    def attended(self) -> bool:
        return bool(self.present_for)


@dataclass(frozen=True)
class MeetingRow:
    """A line of a meeting list: no names of young people, only case numbers."""

    id: int
    starts_at: datetime
    ends_at: datetime
    type_key: str
    type_label: str
    place: str
    case_numbers: tuple[str, ...]
    cancelled: bool
    minutes_status: MinutesStatus


@dataclass(frozen=True)
class CaseOnAgenda:
    case_id: int
    case_number: str


@dataclass(frozen=True)
class ChecklistPoint:
    text: str
    done: bool


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    version: int
    type_key: str
    type_label: str
    starts_at: datetime
    ends_at: datetime
    place: str
    cancelled: bool
    cases: tuple[CaseOnAgenda, ...]
    participants: tuple[ParticipantView, ...]
    agenda: tuple[tuple[int, str], ...]  # (case id, heading) in agenda order
    checklist: tuple[ChecklistPoint, ...]
    preparation_notes: str
    minutes_status: MinutesStatus
    approved_by: str
    approved_on: date | None

    @property
    def date(self) -> date:
        return self.starts_at.date()

    @property
    def case_numbers(self) -> tuple[str, ...]:
        return tuple(c.case_number for c in self.cases)


# --- loading ---------------------------------------------------------------------------


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(
        Meeting,
        meeting_id,
        options=[
            selectinload(Meeting.cases),
            selectinload(Meeting.participants).selectinload(MeetingParticipant.present_for),
        ],
    )
    if row is None:
        raise NotFound()
    return row


def case_numbers(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    return dict(
        session.execute(select(Case.id, Case.case_number).where(Case.id.in_(case_ids))).tuples()
    )


def as_domain(session: Session, row: Meeting) -> rules.Meeting:
    """The rules' value of a stored meeting."""
    numbers = case_numbers(session, [c.case_id for c in row.cases])
    return rules.Meeting(
        type_key=row.type_key,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        cases=tuple(
            rules.MeetingCase(c.case_id, parse_case_number(numbers[c.case_id])) for c in row.cases
        ),
        invitees=tuple(_participant(p) for p in row.participants),
        id=row.id,
    )


def _participant(row: MeetingParticipant) -> rules.Participant:
    return rules.Participant(
        row.name, Agency(row.agency), row.role, party_of(row.agency, row.party_name)
    )


def _detail(session: Session, row: Meeting) -> MeetingDetail:
    numbers = case_numbers(session, [c.case_id for c in row.cases])
    meeting_type = rules.find_meeting_type(_types(session), row.type_key)
    cases = tuple(CaseOnAgenda(c.case_id, numbers[c.case_id]) for c in row.cases)
    agenda: tuple[tuple[int, str], ...] = ()
    checklist: tuple[ChecklistPoint, ...] = ()
    if meeting_type is not None:
        agenda = tuple(
            (item.case_id, item.render())
            for item in rules.build_agenda(
                meeting_type,
                [rules.MeetingCase(c.case_id, parse_case_number(c.case_number)) for c in cases],
            )
        )
        done = set(_ticked(row))
        checklist = tuple(
            ChecklistPoint(text.render(), i in done)
            for i, text in enumerate(meeting_type.checklist)
        )
    approver = ""
    if row.approved_by is not None:
        approver = user_names(session).get(row.approved_by, "")
    return MeetingDetail(
        id=row.id,
        version=row.version,
        type_key=row.type_key,
        type_label=meeting_type.label.render() if meeting_type else row.type_key,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        cancelled=row.cancelled,
        cases=cases,
        participants=tuple(
            ParticipantView(
                p.id,
                p.name,
                Agency(p.agency),
                p.role,
                p.party_name,
                p.user_id,
                tuple(a.case_id for a in p.present_for),
            )
            for p in row.participants
        ),
        agenda=agenda,
        checklist=checklist,
        preparation_notes=row.preparation_notes,
        minutes_status=MinutesStatus(row.minutes_status),
        approved_by=approver,
        approved_on=row.approved_on,
    )


def _ticked(row: Meeting) -> list[int]:
    try:
        value = json.loads(row.checklist_done)
    except ValueError:
        return []
    return [i for i in value if isinstance(i, int)] if isinstance(value, list) else []


def get_meeting(workspace: Workspace, meeting_id: int) -> MeetingDetail:
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        return _detail(session, load_meeting(session, meeting_id))


# --- listing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingFilter:
    """What the Möten area shows: a period, one type, one case, cancelled or not."""

    from_date: date | None = None
    to_date: date | None = None
    type_key: str | None = None
    case_id: int | None = None
    include_cancelled: bool = True
    newest_first: bool = False


def _filtered(query: Select[Any], f: MeetingFilter) -> Select[Any]:
    if f.from_date is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(f.from_date, datetime.min.time()))
    if f.to_date is not None:
        query = query.where(
            Meeting.starts_at
            < datetime.combine(f.to_date, datetime.min.time()).replace(
                hour=23, minute=59, second=59, microsecond=999999
            )
        )
    if f.type_key:
        query = query.where(Meeting.type_key == f.type_key)
    if f.case_id is not None:
        query = query.where(
            Meeting.id.in_(select(MeetingCase.meeting_id).where(MeetingCase.case_id == f.case_id))
        )
    if not f.include_cancelled:
        query = query.where(Meeting.cancelled.is_(False))
    return query


def list_meetings(
    workspace: Workspace,
    meeting_filter: MeetingFilter = MeetingFilter(),
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[MeetingRow]:
    """One page of meetings in date order (oldest first unless ``newest_first``)."""
    permissions.require(workspace, Action.READ_MEETINGS)
    order = (
        (Meeting.starts_at.desc(), Meeting.id.desc())
        if meeting_filter.newest_first
        else (Meeting.starts_at, Meeting.id)
    )
    with workspace.transaction() as session:
        query = _filtered(select(Meeting), meeting_filter)
        rows = session.scalars(query.order_by(*order).limit(limit).offset(offset)).all()
        return _rows(session, list(rows))


def count_meetings(workspace: Workspace, meeting_filter: MeetingFilter = MeetingFilter()) -> int:
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        query = _filtered(select(Meeting), meeting_filter).subquery()
        return session.scalar(select(func.count()).select_from(query)) or 0


def _rows(session: Session, rows: Sequence[Meeting]) -> list[MeetingRow]:
    ids = [r.id for r in rows]
    numbers: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        for meeting_id, number in session.execute(
            select(MeetingCase.meeting_id, Case.case_number)
            .join(Case, Case.id == MeetingCase.case_id)
            .where(MeetingCase.meeting_id.in_(ids))
            .order_by(MeetingCase.meeting_id, MeetingCase.position)
        ):
            numbers[meeting_id].append(number)
    labels = {t.key: t.label.render() for t in _types(session)}
    return [
        MeetingRow(
            r.id,
            r.starts_at,
            r.ends_at,
            r.type_key,
            labels.get(r.type_key, r.type_key),
            r.place,
            tuple(numbers[r.id]),
            r.cancelled,
            MinutesStatus(r.minutes_status),
        )
        for r in rows
    ]


# --- booking ---------------------------------------------------------------------------


def _check_cases(session: Session, case_ids: Sequence[int]) -> list[int]:
    unique = list(dict.fromkeys(case_ids))
    found = dict(session.execute(select(Case.id, Case.status).where(Case.id.in_(unique))).tuples())
    if len(found) != len(unique):
        raise NotFound()
    if any(status == CaseStatus.CLOSED.value for status in found.values()):
        raise FieldError(
            "cases",
            QT_TRANSLATE_NOOP("Errors", "A closed case cannot be put on a meeting's agenda."),
        )
    return unique


def _validated(
    session: Session,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
    invitees: Sequence[ParticipantInput],
) -> rules.Meeting:
    _type(session, type_key)
    unique = _check_cases(session, case_ids) if case_ids else []
    numbers = case_numbers(session, unique)
    if len(place.strip()) > 200:
        raise FieldError(
            "place",
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=200),
        )
    return rules.Meeting(
        type_key=type_key,
        starts_at=starts_at.replace(second=0, microsecond=0),
        ends_at=ends_at.replace(second=0, microsecond=0),
        place=place,
        cases=tuple(rules.MeetingCase(i, parse_case_number(numbers[i])) for i in unique),
        invitees=tuple(
            rules.Participant(p.name, p.agency, p.role, party_of(p.agency.value, p.party_name))
            for p in invitees
        ),
    )


def create_meeting(
    workspace: Workspace,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
    invitees: Sequence[ParticipantInput] = (),
) -> int:
    """Book a meeting about one or more open cases; returns its id."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        value = _validated(session, type_key, starts_at, ends_at, place, case_ids, invitees)
        row = Meeting(
            type_key=value.type_key,
            starts_at=value.starts_at,
            ends_at=value.ends_at,
            place=value.place,
            organiser_id=workspace.user.id,
            checklist_done="[]",
            preparation_notes="",
            minutes_status=MinutesStatus.DRAFT.value,
            cancelled=False,
            version=1,
        )
        row.cases = [MeetingCase(case_id=c.case_id, position=i) for i, c in enumerate(value.cases)]
        row.participants = [_participant_row(p) for p in invitees]
        session.add(row)
        session.flush()
        return row.id


def _participant_row(p: ParticipantInput) -> MeetingParticipant:
    return MeetingParticipant(
        name=" ".join(p.name.split()),
        agency=p.agency.value,
        role=" ".join(p.role.split()),
        party_name=" ".join(p.party_name.split()),
        user_id=p.user_id,
    )


def _editable(row: Meeting, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise ChangedMeanwhile()
    if MinutesStatus(row.minutes_status).is_locked:
        raise rules.MinutesLocked()


def update_meeting(
    workspace: Workspace,
    meeting_id: int,
    expected_version: int,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
) -> None:
    """Change a meeting's type, time, place or cases while its minutes are a draft.

    A case whose minutes items are already written cannot be taken off the
    agenda: its part of the minutes would lose its meeting.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        row = load_meeting(session, meeting_id)
        _editable(row, expected_version)
        keep_invitees = [_input_of(p) for p in row.participants]
        value = _validated(session, type_key, starts_at, ends_at, place, case_ids, keep_invitees)
        written = set(
            session.scalars(
                select(MinutesItem.case_id).where(MinutesItem.meeting_id == row.id)
            ).all()
        )
        if written - set(value.case_ids):
            raise FieldError(
                "cases",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Minutes are already written for a case you took off the agenda: "
                    "remove its items first.",
                ),
            )
        row.type_key = value.type_key
        row.starts_at = value.starts_at
        row.ends_at = value.ends_at
        row.place = value.place
        old = {c.case_id: c for c in row.cases}
        row.cases = [
            old.get(c.case_id) or MeetingCase(case_id=c.case_id, position=i)
            for i, c in enumerate(value.cases)
        ]
        for i, c in enumerate(row.cases):
            c.position = i
        # Attendance for a case no longer on the agenda goes with it.
        for participant in row.participants:
            participant.present_for = [
                a for a in participant.present_for if a.case_id in value.case_ids
            ]
        row.version += 1


def _input_of(row: MeetingParticipant) -> ParticipantInput:
    return ParticipantInput(row.name, Agency(row.agency), row.role, row.party_name, row.user_id)


def set_invitees(
    workspace: Workspace,
    meeting_id: int,
    expected_version: int,
    invitees: Sequence[tuple[int | None, ParticipantInput]],
) -> None:
    """Replace the invitee list: ``(id, values)`` keeps an existing invitee (and its
    attendance), ``(None, values)`` adds one; anyone left out is removed."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        row = load_meeting(session, meeting_id)
        _editable(row, expected_version)
        for _, p in invitees:
            rules.Participant(p.name, p.agency, p.role, party_of(p.agency.value, p.party_name))
        existing = {p.id: p for p in row.participants}
        kept: list[MeetingParticipant] = []
        for participant_id, p in invitees:
            if participant_id is not None and participant_id in existing:
                current = existing[participant_id]
                fresh = _participant_row(p)
                changed_party = (current.agency, current.party_name.casefold()) != (
                    fresh.agency,
                    fresh.party_name.casefold(),
                )
                current.name, current.agency, current.role = fresh.name, fresh.agency, fresh.role
                current.party_name, current.user_id = fresh.party_name, fresh.user_id
                if changed_party:
                    # Consent was checked for the old party: attendance must be recorded anew.
                    current.present_for = []
                kept.append(current)
            else:
                kept.append(_participant_row(p))
        row.participants = kept
        row.version += 1


def cancel_meeting(workspace: Workspace, meeting_id: int, cancelled: bool = True) -> None:
    """Cancel (or reinstate) a meeting; its calendar entry is cancelled on the next export."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        row = load_meeting(session, meeting_id)
        if MinutesStatus(row.minutes_status).is_locked:
            raise rules.MinutesLocked()
        row.cancelled = cancelled
        row.version += 1


def save_preparation(
    workspace: Workspace, meeting_id: int, checklist_done: Sequence[int], notes: str
) -> None:
    """Store the ticked checklist points and the field assistant's own preparation notes."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    if len(notes) > 20_000:
        raise FieldError(
            "notes",
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=20_000),
        )
    with workspace.transaction() as session:
        row = load_meeting(session, meeting_id)
        meeting_type = _type(session, row.type_key)
        points = sorted({i for i in checklist_done if 0 <= i < len(meeting_type.checklist)})
        row.checklist_done = json.dumps(points)
        row.preparation_notes = notes.strip()


# --- attendance ------------------------------------------------------------------------


def record_attendance(
    workspace: Workspace, meeting_id: int, participant_id: int, case_ids: Sequence[int]
) -> None:
    """Record that a participant was present for ``case_ids`` (empty: was not present).

    Refused with ``ParticipantNotCovered`` (saying why, per case) unless the
    participant's party is covered by consent or a recorded legal ground on
    the meeting date for every one of those cases.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        row = load_meeting(session, meeting_id)
        if MinutesStatus(row.minutes_status).is_locked:
            raise rules.MinutesLocked()
        participant = next((p for p in row.participants if p.id == participant_id), None)
        if participant is None:
            raise NotFound()
        if case_ids:
            meeting = as_domain(session, row)
            present = rules.attendance(meeting, _participant(participant), case_ids)
            consents = load_case_consents(
                session, select(Case.id).where(Case.id.in_(present.case_ids))
            )
            rules.check_attendance(meeting, present, consents)
            ids: tuple[int, ...] = present.case_ids
        else:
            ids = ()
        participant.present_for = [MeetingAttendance(case_id=i) for i in ids]


# --- preparation -----------------------------------------------------------------------


@dataclass(frozen=True)
class TrackedAction:
    """An open or settled action of a case, as the preparation summary counts it."""

    id: int
    what: str
    agency: Agency
    responsible: str
    due: date | None
    status: ActivityStatus


def preparation(
    workspace: Workspace, meeting_id: int
) -> list[rules.PreparationSummary[TrackedAction]]:
    """Per case on the agenda: open actions, goals, follow-ups, every invitee's coverage."""
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        row = load_meeting(session, meeting_id)
        meeting = as_domain(session, row)
        ids = list(meeting.case_ids)
        consents = load_case_consents(session, select(Case.id).where(Case.id.in_(ids)))
        actions: dict[int, list[TrackedAction]] = {i: [] for i in ids}
        for a in session.scalars(
            select(Activity).where(Activity.case_id.in_(ids)).order_by(Activity.due_date)
        ):
            actions[a.case_id].append(
                TrackedAction(
                    a.id,
                    a.what,
                    Agency(a.agency),
                    a.responsible_person,
                    a.due_date,
                    ActivityStatus(a.status),
                )
            )
        goals: dict[int, list[rules.GoalSummary]] = {i: [] for i in ids}
        for g in session.scalars(select(Goal).where(Goal.case_id.in_(ids)).order_by(Goal.id)):
            goals[g.case_id].append(rules.GoalSummary(g.text, GoalStatus(g.status), g.target_date))
        held: dict[int, list[date]] = {i: [] for i in ids}
        for case_id, day in session.execute(
            select(FollowUp.case_id, FollowUp.held_on).where(FollowUp.case_id.in_(ids))
        ):
            held[case_id].append(day)
        return [
            rules.preparation_summary(
                case,
                meeting.date,
                actions=actions[case.case_id],
                goals=goals[case.case_id],
                follow_ups_held=held[case.case_id],
                invitees=meeting.invitees,
                consents=consents[case.case_id],
            )
            for case in meeting.cases
        ]


def require_open_for_changes(session: Session, meeting_id: int) -> Meeting:
    """The meeting row, refused when it is cancelled (nothing is minuted for it)."""
    row = load_meeting(session, meeting_id)
    if row.cancelled:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The meeting is cancelled: reinstate it first.")
        )
    return row
