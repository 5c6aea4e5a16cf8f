"""Meetings for the demo cases, as rows: sittings, attendance, minutes, agreed actions.

Each case's meetings follow its timeline (``demo_case``) and the follow-ups
its work holds (``demo_work``):

- When the work becomes active, the action plan is agreed at a meeting: a
  SIG coordination meeting for SIG, the local SSPF group's sitting for SSPF,
  a network meeting otherwise.
- SSPF plans are agreed and followed up at the case's local SSPF group, which
  sits every other week on one weekday. The SSPF cases of one batch are split into
  groups of about ``CASES_PER_GROUP`` consecutive referrals, so that their
  active periods overlap; the follow-ups of a group that fall on one sitting
  day share a sitting of two to four young people (more are split over
  several sittings). Every minutes item belongs to one case on the agenda.
- SIG, exit and GVI follow-ups are held at a meeting now and then
  (``MEETING_SHARE``); the rest are the coordinator's own follow-ups.
- Held meetings: invitees from each case's agencies (the party names of its
  consents) and its staff; attendance is recorded only for the cases a
  participant's party is covered for on the day (``participation_coverage``,
  on the consent rows just written for the case; social services runs the
  case and is exempt); minutes items per agenda heading, with notes,
  decisions, agreed actions (activities with ``minutes_item_id``) and the
  next date; approved by a social worker a day or a few later, unless that
  is after today (then the minutes are still a draft). The database takes
  items only into draft minutes (approved ones take corrections alone), so
  meetings are written as drafts and approved afterwards (``approve``).
- Open cases have their next meeting booked (draft, invitees, no minutes);
  a few meetings were cancelled and held some days later. Some open cases
  are overdue: their follow-ups ran late, or the last meeting agreed an
  early follow-up that was not held (``OVERDUE_SHARE``, the first case that
  can be among them, so that a small demo shows one).
- The case's ``next_follow_up`` is then set as ``services.follow_ups``
  would: the date last agreed in approved minutes since the last follow-up,
  else the programme's interval after it.

The meetings are drawn from a ``random.Random`` of their own; of the rest of
the demo data only the timelines depend on them (SSPF cases start and are
followed up on their group's sitting days). Shared sittings are written when
the batch is complete (``flush``): call ``plan_groups`` before a batch's
cases, ``add`` after each case's consents, ``flush`` before inserting, and
``approve`` with what ``flush`` returned once the batch is in.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import cast

from sqlalchemy import Table, bindparam, update

from caseflow.domain import meetings as rules
from caseflow.domain.cases import Agency, CaseStatus
from caseflow.domain.meetings import MeetingType, MeetingTypeDef, MinutesStatus
from caseflow.domain.programmes import DEFAULT_RULES, Programme
from caseflow.services import demo_meeting_texts as texts
from caseflow.services.consent_loading import party_of
from caseflow.services.demo_case import CaseContext, Snap, next_weekday
from caseflow.services.demo_meeting_consent import CaseCoverage, ConsentReader
from caseflow.services.demo_minutes import MinutesWriter
from caseflow.services.demo_plan import CasePlan
from caseflow.services.demo_rows import Batch, Clock, Ids, Row
from caseflow.services.demo_texts import AGENCY_NAMES
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Meeting

CASES_PER_GROUP = 24  # SSPF cases of a local group: consecutive referrals
SITTING_CYCLE_DAYS = 14
SITTING_MAX_CASES = 4
SITTING_STARTS = (time(8, 30), time(9, 0), time(12, 30))
MINUTES_PER_CASE = 25
EPOCH = date(2001, 1, 1)  # a Monday: the sitting calendars count from it

# The share of follow-ups held at a meeting, by programme.
MEETING_SHARE = {Programme.SSPF: 1.0, Programme.SIG: 0.25, Programme.EXIT: 0.2, Programme.GVI: 0.3}
PLAN_TYPE = {
    Programme.SSPF: MeetingType.SSPF,
    Programme.SIG: MeetingType.SIG,
    Programme.EXIT: MeetingType.NETWORK,
    Programme.GVI: MeetingType.NETWORK,
}
FOLLOW_UP_TYPE = {
    Programme.SSPF: MeetingType.SSPF,
    Programme.SIG: MeetingType.SIG,
    Programme.EXIT: MeetingType.FOLLOW_UP,
    Programme.GVI: MeetingType.FOLLOW_UP,
}
REPLANNED_GAP_DAYS = 10  # back to active: a plan meeting unless a follow-up is this near
CANCELLED_SHARE = 0.04
CANCELLED_DAYS_BEFORE = (2, 9)
ABSENT_SHARE = 0.1
APPROVAL_DAYS = (1, 4)  # a day or a few after the meeting
BOOKED_DAYS_BEFORE = (7, 35)
OVERDUE_BOOKED_SHARE = 0.5  # an overdue open case: a catch-up meeting booked
MAPPING_BOOKED_SHARE = 0.5  # a case being mapped: the plan meeting booked
PREPARED_SHARE = 0.4
OVERDUE_SHARE = 0.2  # of the open cases: the next follow-up has passed
EARLY_FOLLOW_UP_DAYS = (14, 21)  # an early follow-up agreed, and then not held
OPEN = (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP)


class _State(Enum):
    HELD = "held"
    BOOKED = "booked"  # in the future
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class LocalGroup:
    """A local SSPF group: it sits every other week on one weekday, at one place."""

    number: int
    weekday: int  # 0 Monday ... 3 Thursday
    week: int  # 0 or 1: which of the two weeks
    start: time
    place: str

    def sitting(self, day: date) -> date:
        """The group's first sitting day on or after ``day``."""
        first = EPOCH + timedelta(days=7 * self.week + self.weekday)
        late = (day - first).days % SITTING_CYCLE_DAYS
        return day if late == 0 else day + timedelta(days=SITTING_CYCLE_DAYS - late)


@dataclass(frozen=True)
class _Invitee:
    """Someone a case brings to its meetings: staff, or an agency's contact person."""

    key: tuple[str, str]
    participant: rules.Participant
    party_name: str
    user_id: int | None


@dataclass
class _Case:
    """One case while its meetings are made: the consent gate, the row to finish."""

    context: CaseContext
    coverage: CaseCoverage
    row: Row  # the cases row: next_follow_up is set when the batch is flushed
    invitees: list[_Invitee]
    snap: Snap  # the day a meeting planned for a day is held
    agreed: list[tuple[date, date]] = field(default_factory=list)  # (meeting day, next date)


@dataclass
class _Slot:
    """A case's part in one meeting."""

    case: _Case
    day: date
    kind: MeetingType
    state: _State = _State.HELD
    follow_up: Row | None = None
    next_date: date | None = None
    opening: bool = False  # the meeting that agreed the action plan


class MeetingMaker:
    """Adds the demo cases' meetings to the batches; one per run of the generator."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.types: dict[str, MeetingTypeDef] = {t.key: t for t in rules.default_meeting_types()}
        self.minutes = MinutesWriter(rng, today)
        self.consents = ConsentReader()
        self.cancelled = 0
        self.open_cases = 0
        self.overdue = 0
        self._groups: dict[int, LocalGroup] = {}  # case id: its local SSPF group
        self._group_count = 0
        self._cases: dict[int, _Case] = {}  # this batch's, by case id
        self._sittings: dict[tuple[int, date], list[_Slot]] = {}
        self._approvals: list[Row] = []

    # ---------------------------------------------------------------- groups

    def plan_groups(self, plans: Sequence[CasePlan]) -> None:
        """Give one batch's SSPF cases their local groups: consecutive referrals together."""
        sspf = [plan for plan in plans if plan.programme is Programme.SSPF]
        if not sspf:
            return
        count = max(1, round(len(sspf) / CASES_PER_GROUP))
        groups = [self._new_group() for _ in range(count)]
        for index, plan in enumerate(sspf):
            self._groups[plan.id] = groups[index * count // len(sspf)]

    def _new_group(self) -> LocalGroup:
        rng = self.rng
        self._group_count += 1
        return LocalGroup(
            self._group_count,
            rng.randrange(4),
            rng.randrange(2),
            rng.choice(SITTING_STARTS),
            rng.choice(texts.SITTING_PLACES),
        )

    def sittings(self, plan: CasePlan) -> Snap | None:
        """The sitting days of the case's local SSPF group (None: not an SSPF case)."""
        group = self._groups.get(plan.id)
        return group.sitting if group is not None else None

    # ----------------------------------------------------------------- a case

    def add(self, context: CaseContext, batch: Batch, ids: Ids, clock: Clock) -> None:
        """The case's meetings; call after its consents. Shared sittings wait for ``flush``."""
        row = batch.rows["cases"][-1]
        assert row["id"] == context.plan.id
        case = _Case(
            context,
            CaseCoverage(self.consents.read(context, batch)),
            row,
            _invitees(context),
            self.sittings(context.plan) or next_weekday,
        )
        self._cases[context.plan.id] = case
        group = self._groups.get(context.plan.id)
        for slot in self._slots(case):
            if slot.kind is MeetingType.SSPF and group is not None:
                self._sittings.setdefault((group.number, slot.day), []).append(slot)
            else:
                self._single(slot, batch, ids, clock)

    def flush(self, batch: Batch, ids: Ids, clock: Clock) -> list[Row]:
        """Write the batch's SSPF sittings and every case's next follow-up.

        Returns the approvals of the batch's minutes, for ``approve``.
        """
        for (number, day), slots in sorted(self._sittings.items(), key=lambda s: s[0]):
            group = self._groups[slots[0].case.context.plan.id]
            assert group.number == number
            length = _length(SITTING_MAX_CASES)
            for index, part in enumerate(_split(slots)):
                # Two sittings after each other, then the next pair in another room.
                room = index // 2
                start = datetime.combine(day, group.start) + timedelta(minutes=(index % 2) * length)
                place = group.place if room == 0 else texts.OVERFLOW_ROOMS[(room - 1) % 3]
                self._write(part, MeetingType.SSPF, start, place, batch, ids, clock)
        for case in self._cases.values():
            if case.context.timeline.status in OPEN:
                # As services.follow_ups.refresh_next_follow_up sets it.
                case.row["next_follow_up"] = _due(case, sorted(case.agreed))
        self._sittings.clear()
        self._cases.clear()
        approvals, self._approvals = self._approvals, []
        return approvals

    # ------------------------------------------------------------------ slots

    def _slots(self, case: _Case) -> list[_Slot]:
        """The case's meetings: plan meetings, follow-ups at meetings, cancelled, booked."""
        rng, context = self.rng, case.context
        timeline, programme = context.timeline, context.plan.programme
        follow_ups = timeline.meetings
        plan_type = PLAN_TYPE[programme]
        slots = []
        starts = [on for _, to, on in timeline.transitions if to is CaseStatus.ACTIVE]
        for index, on in enumerate(starts):
            if index and any(abs((day - on).days) < REPLANNED_GAP_DAYS for day in follow_ups):
                continue
            slots.append(_Slot(case, on, plan_type, opening=index == 0))
        for day in follow_ups:
            if rng.random() < MEETING_SHARE[programme]:
                kind = FOLLOW_UP_TYPE[programme]
                slots.append(_Slot(case, day, kind, follow_up=context.follow_ups[day]))
        slots.sort(key=lambda s: s.day)
        for slot in slots:
            slot.next_date = self._next_date(case, slot.day)
        if timeline.status in OPEN:
            self._count_overdue(case, slots)
        cancelled = [c for s in slots if (c := self._cancelled_before(s)) is not None]
        booked = self._booked(case, slots, plan_type)
        return cancelled + slots + booked

    def _next_date(self, case: _Case, day: date) -> date | None:
        """The next follow-up agreed at a meeting on ``day``: the one held, or one planned."""
        context = case.context
        later = next((d for d in context.timeline.meetings if d > day), None)
        if later is not None:
            return later
        planned = case.snap(day + timedelta(days=context.interval))
        closed_on = context.plan.closed_on
        return planned if closed_on is None or planned < closed_on else None

    def _count_overdue(self, case: _Case, slots: list[_Slot]) -> None:
        """Keep about ``OVERDUE_SHARE`` of the open cases overdue; some are late already."""
        self.open_cases += 1
        agreed = [(s.day, s.next_date) for s in slots if s.next_date is not None]
        if _due(case, agreed) < self.today:
            self.overdue += 1
            return
        if self.overdue and self.overdue >= OVERDUE_SHARE * self.open_cases:
            return
        held = case.context.timeline.meetings
        last = slots[-1] if slots else None
        # The last meeting, at or after the last follow-up, approved by now.
        if last is None or (held and last.day < held[-1]):
            return
        if last.day + timedelta(days=APPROVAL_DAYS[1]) >= self.today:
            return
        early = case.snap(last.day + timedelta(days=self.rng.randint(*EARLY_FOLLOW_UP_DAYS)))
        if last.day < early < self.today:
            last.next_date = early
            self.overdue += 1

    def _cancelled_before(self, slot: _Slot) -> _Slot | None:
        """Now and then a meeting was cancelled some days before and held later."""
        if slot.kind is MeetingType.SSPF:
            return None  # a sitting goes ahead; one young person's part is moved instead
        if self.cancelled and self.rng.random() >= CANCELLED_SHARE:
            return None  # the first meeting that can be is, so that every demo shows one
        day = slot.day - timedelta(days=self.rng.randint(*CANCELLED_DAYS_BEFORE))
        day -= timedelta(days=max(0, day.weekday() - 4))  # a weekend: the Friday before
        if day <= slot.case.context.plan.referral_date:
            return None
        self.cancelled += 1
        return _Slot(slot.case, day, slot.kind, _State.CANCELLED)

    def _booked(self, case: _Case, slots: list[_Slot], plan_type: MeetingType) -> list[_Slot]:
        """An open case's next meeting, booked: the date agreed, or a catch-up when late."""
        rng, context = self.rng, case.context
        status, today = context.timeline.status, self.today
        if status is CaseStatus.MAPPING:
            if rng.random() >= MAPPING_BOOKED_SHARE:
                return []
            day = case.snap(today + timedelta(days=rng.randint(2, 20)))
            return [_Slot(case, day, plan_type, _State.BOOKED)]
        if status not in OPEN:
            return []
        due = _due(case, [(s.day, s.next_date) for s in slots if s.next_date is not None])
        if due <= today:
            if rng.random() >= OVERDUE_BOOKED_SHARE:
                return []
            due = today + timedelta(days=rng.randint(3, 20))
        kind = FOLLOW_UP_TYPE[context.plan.programme]
        return [_Slot(case, case.snap(due), kind, _State.BOOKED)]

    # --------------------------------------------------------------- meetings

    def _single(self, slot: _Slot, batch: Batch, ids: Ids, clock: Clock) -> None:
        rng = self.rng
        start = time(rng.choice((8, 9, 10, 13, 14)), rng.choice((0, 15, 30)))
        place = _place(rng, slot.case.context, slot.kind)
        self._write([slot], slot.kind, datetime.combine(slot.day, start), place, batch, ids, clock)

    def _write(
        self,
        slots: list[_Slot],
        kind: MeetingType,
        starts_at: datetime,
        place: str,
        batch: Batch,
        ids: Ids,
        clock: Clock,
    ) -> None:
        rng, day = self.rng, starts_at.date()
        state = slots[0].state  # one day: every case's part is held, booked or cancelled
        first = slots[0].case.context
        organiser = first.field_assistant or first.responsible
        meeting_type = self.types[kind.value]
        approved_on: date | None = None
        if state is _State.HELD:
            on = day + timedelta(days=rng.randint(*APPROVAL_DAYS))
            approved_on = on if on <= self.today else None
        meeting_id = ids.take("meetings")
        booked = max(
            day - timedelta(days=rng.randint(*BOOKED_DAYS_BEFORE)),
            first.plan.referral_date,
        )
        created = clock.working(rng, min(booked, self.today))
        batch.add(
            "meetings",
            id=meeting_id,
            type_key=meeting_type.key,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=_length(len(slots))),
            place=place,
            cancelled=state is _State.CANCELLED,
            checklist_done=self._checklist(meeting_type, state),
            preparation_notes=self._preparation(state),
            minutes_status=MinutesStatus.DRAFT.value,  # approved once the items are in
            approved_by=None,
            approved_on=None,
            organiser_id=organiser.id,
            version=1,
            created_at=created,
            updated_at=created,
        )
        if approved_on is not None:
            self._approvals.append(
                {
                    "meeting": meeting_id,
                    "by": first.responsible.id,
                    "on": approved_on,
                    "at": clock.working(rng, approved_on),
                }
            )
        for position, slot in enumerate(slots):
            batch.add("meeting_cases", meeting_id=meeting_id, case_id=slot.case.context.plan.id,
                      position=position)  # fmt: skip
        self._participants(meeting_id, slots, day, state is _State.HELD, batch, ids)
        if state is not _State.HELD:
            return
        number = 0
        for slot in slots:
            number = self.minutes.items(
                meeting_id,
                meeting_type,
                slot.case.context,
                day,
                slot.next_date,
                slot.opening,
                organiser,
                number,
                batch,
                ids,
                clock,
            )
            if slot.follow_up is not None:
                slot.follow_up["meeting_id"] = meeting_id
            if approved_on is not None and slot.next_date is not None:
                slot.case.agreed.append((day, slot.next_date))
        if approved_on is not None:
            contexts = {slot.case.context.plan.id: slot.case.context for slot in slots}
            self.minutes.correction(
                meeting_id, contexts, approved_on, first.responsible, batch, ids, clock
            )

    def _checklist(self, meeting_type: MeetingTypeDef, state: _State) -> str:
        points = len(meeting_type.checklist)
        if state is _State.HELD:
            done = points
        elif state is _State.BOOKED:
            done = self.rng.randint(0, points)
        else:
            done = 0
        return json.dumps(list(range(done)))

    def _preparation(self, state: _State) -> str:
        if state is _State.CANCELLED or self.rng.random() >= PREPARED_SHARE:
            return ""
        return self.rng.choice(texts.PREPARATION_NOTES)

    def _participants(
        self, meeting_id: int, slots: list[_Slot], day: date, held: bool, batch: Batch, ids: Ids
    ) -> None:
        """Every case's invitees once; attendance only for the cases each one is covered for."""
        invited: dict[tuple[str, str], _Invitee] = {}
        for slot in slots:
            for invitee in slot.case.invitees:
                invited.setdefault(invitee.key, invitee)
        for invitee in invited.values():
            participant = invitee.participant
            participant_id = ids.take("meeting_participants")
            batch.add(
                "meeting_participants",
                id=participant_id,
                meeting_id=meeting_id,
                name=participant.name,
                agency=participant.agency.value,
                role=participant.role,
                party_name=invitee.party_name,
                user_id=invitee.user_id,
            )
            own = participant.agency in rules.OWN_AGENCIES
            if not held or (not own and self.rng.random() < ABSENT_SHARE):
                continue
            for slot in slots:
                if slot.case.coverage.covered(participant, day):
                    batch.add("meeting_attendance", participant_id=participant_id,
                              case_id=slot.case.context.plan.id)  # fmt: skip


def approve(workspace: Workspace, approvals: Sequence[Row]) -> None:
    """Approve the minutes ``flush`` listed, now that their items are written.

    Draft to approved is the one change the database allows a meeting with
    minutes; ``updated_at`` is given so that it says when they were approved.
    """
    if not approvals:
        return
    table = cast(Table, Meeting.__table__)
    statement = (
        update(table)
        .where(table.c.id == bindparam("meeting"))
        .values(
            minutes_status=MinutesStatus.APPROVED.value,
            approved_by=bindparam("by"),
            approved_on=bindparam("on"),
            updated_at=bindparam("at"),
        )
    )
    with workspace.transaction() as session:
        session.connection().execute(statement, list(approvals))


# ------------------------------------------------------------------- helpers


def _social_services(context: CaseContext) -> str:
    """The social services unit that runs the case."""
    for party in context.parties:
        if party.agency is Agency.SOCIAL_SERVICES:
            return party.name
    units = AGENCY_NAMES[Agency.SOCIAL_SERVICES]
    return units[0] if context.minor else units[1]


def _invitees(context: CaseContext) -> list[_Invitee]:
    """The case's staff and each agency's contact person, speaking for the party consents name."""
    unit = _social_services(context)
    staff = [(context.responsible, "socialsekreterare")]
    if context.field_assistant is not None:
        staff.append((context.field_assistant, "fältassistent"))
    invitees = [
        _Invitee(
            (Agency.SOCIAL_SERVICES.value, f"user {user.id}"),
            rules.Participant(
                user.display_name,
                Agency.SOCIAL_SERVICES,
                role,
                party_of(Agency.SOCIAL_SERVICES.value, unit),
            ),
            unit,
            user.id,
        )
        for user, role in staff
    ]
    for party in context.parties:
        if party.agency is Agency.SOCIAL_SERVICES:
            continue
        invitees.append(
            _Invitee(
                (party.agency.value, party.name),
                rules.Participant(
                    party.person, party.agency, party.role, party_of(party.agency.value, party.name)
                ),
                party.name,
                None,
            )
        )
    return invitees


def _due(case: _Case, agreed: Sequence[tuple[date, date]]) -> date:
    """The next follow-up due: from the last one held (or the work's start) and dates agreed."""
    timeline = case.context.timeline
    held = timeline.meetings
    last = (
        held[-1]
        if held
        else max(on for _, to, on in timeline.transitions if to is CaseStatus.ACTIVE)
    )
    return rules.follow_up_due(DEFAULT_RULES[case.context.plan.programme], last, agreed)


def _split(slots: list[_Slot]) -> list[list[_Slot]]:
    """A sitting day's cases in sittings of at most ``SITTING_MAX_CASES``, sizes even."""
    parts = -(-len(slots) // SITTING_MAX_CASES)
    size, extra = divmod(len(slots), parts)
    result, start = [], 0
    for index in range(parts):
        end = start + size + (index < extra)
        result.append(slots[start:end])
        start = end
    return result


def _length(cases: int) -> int:
    """Minutes a meeting lasts: a quarter of an hour, and some per young person."""
    return 15 + MINUTES_PER_CASE * cases if cases > 1 else 60


def _place(rng: random.Random, context: CaseContext, kind: MeetingType) -> str:
    if kind is MeetingType.SIG:
        return rng.choice(texts.SIG_ROOMS)
    if not context.minor:
        return rng.choice(texts.ADULT_ROOMS)
    school = context.person.school
    if kind is MeetingType.NETWORK and school is not None and rng.random() < 0.5:
        return f"{school}, konferensrummet"
    return rng.choice(texts.OFFICE_ROOMS)
