"""One demo case as rows: its life cycle, staff and agencies.

The status history follows the allowed transitions (received, mapping,
active, follow-up and back, closed) with dates that increase; the mapping,
plan and journal rows hang off the same timeline (``demo_work``), and so do
the meetings (``demo_meetings``). Work starts and follow-ups fall on weekdays,
an SSPF case's plan meeting and follow-ups on its local group's sitting days
(``sittings``), so that several young people share one sitting.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from caseflow.domain.cases import Agency, CaseStatus, check_transition
from caseflow.domain.programmes import AGE_OF_MAJORITY, DEFAULT_RULES, Programme, ProgrammeRules
from caseflow.domain.test_identities import generate_name, generate_sex
from caseflow.services import demo_texts as texts
from caseflow.services.demo_people import PersonContext
from caseflow.services.demo_plan import CasePlan, weighted
from caseflow.services.demo_rows import Batch, Clock, Ids, Row, fill

MAPPING_DAYS = (1, 14)
MAPPING_LENGTH_DAYS = (14, 42)
ACTIVE_PHASE_DAYS = (60, 240)
FOLLOW_UP_PHASE_DAYS = (30, 120)
BACK_TO_ACTIVE_SHARE = 0.3


@dataclass(frozen=True)
class StaffUser:
    id: int
    display_name: str


@dataclass(frozen=True)
class Staff:
    social_workers: tuple[StaffUser, ...]
    field_assistants: tuple[StaffUser, ...]


Transition = tuple[CaseStatus | None, CaseStatus, date]
# The day a meeting planned for a day is held: the next weekday, or a group's sitting day.
Snap = Callable[[date], date]


def next_weekday(day: date) -> date:
    """``day``, or the Monday after it when it falls on a weekend."""
    weekday = day.weekday()
    return day if weekday < 5 else day + timedelta(days=7 - weekday)


@dataclass(frozen=True)
class AgencyContact:
    """An agency on the case: its name as consents name the party, and its contact person."""

    agency: Agency
    name: str
    role: str
    person: str

    @property
    def label(self) -> str:
        """As texts mention the contact: "mentor Anna Holm"."""
        return f"{self.role} {self.person}"


@dataclass
class Timeline:
    """The case's transitions and the follow-up meetings held while it was active."""

    transitions: list[Transition]
    meetings: list[date]
    end: date  # the closing day, or today for an open case

    @property
    def status(self) -> CaseStatus:
        return self.transitions[-1][1]

    def first(self, status: CaseStatus) -> date | None:
        return next((on for _, to, on in self.transitions if to is status), None)


@dataclass
class CaseContext:
    """What the rows of one case share."""

    plan: CasePlan
    timeline: Timeline
    person: PersonContext
    responsible: StaffUser
    field_assistant: StaffUser | None
    agencies: list[Agency]
    contacts: list[str]  # "mentor Anna Holm", ... for texts
    values: dict[str, str] = field(default_factory=dict)
    parties: list[AgencyContact] = field(default_factory=list)  # as ``agencies``, in order
    follow_ups: dict[date, Row] = field(default_factory=dict)  # held on: the follow_ups row

    @property
    def minor(self) -> bool:
        """Under 18 when the case was referred (guardians, school, home visits)."""
        return self.plan.person.age_on(self.plan.referral_date) < AGE_OF_MAJORITY

    @property
    def interval(self) -> int:
        return DEFAULT_RULES[self.plan.programme].follow_up_interval_days


def make_timeline(
    rng: random.Random, case: CasePlan, today: date, sittings: Snap | None = None
) -> Timeline:
    """The case's status history and follow-up days.

    The work becomes active at the meeting that agrees the plan, and
    follow-ups are held, on weekdays, or on ``sittings`` (an SSPF group's
    sitting days) when given.
    """
    closed_on = case.closed_on
    end = closed_on or today

    def fits(day: date) -> bool:
        return day < end if closed_on is not None else day <= today

    transitions: list[Transition] = [(None, CaseStatus.RECEIVED, case.referral_date)]

    def move(to: CaseStatus, on: date) -> None:
        old = transitions[-1][1]
        check_transition(old, to)  # the generator keeps the rules the app keeps
        transitions.append((old, to, on))

    meetings: list[date] = []
    mapping = case.referral_date + timedelta(days=rng.randint(*MAPPING_DAYS))
    if fits(mapping):
        move(CaseStatus.MAPPING, mapping)
        snap = sittings or next_weekday
        active = snap(mapping + timedelta(days=rng.randint(*MAPPING_LENGTH_DAYS)))
        if fits(active):
            move(CaseStatus.ACTIVE, active)
            _phases(rng, active, fits, move, snap)
            meetings = _meetings(rng, active, DEFAULT_RULES[case.programme], fits, snap)
    if closed_on is not None:
        move(CaseStatus.CLOSED, closed_on)
    return Timeline(transitions, meetings, end)


def _phases(
    rng: random.Random,
    active: date,
    fits: Callable[[date], bool],
    move: Callable[[CaseStatus, date], None],
    snap: Snap,
) -> None:
    """Active work, then a follow-up phase; now and then back to active (at most twice)."""
    start, cycles = active, 0
    while True:
        follow_up = start + timedelta(days=rng.randint(*ACTIVE_PHASE_DAYS))
        if not fits(follow_up):
            return
        move(CaseStatus.FOLLOW_UP, follow_up)
        back = snap(follow_up + timedelta(days=rng.randint(*FOLLOW_UP_PHASE_DAYS)))
        if cycles >= 2 or rng.random() >= BACK_TO_ACTIVE_SHARE or not fits(back):
            return
        move(CaseStatus.ACTIVE, back)
        start, cycles = back, cycles + 1


def _meetings(
    rng: random.Random,
    active: date,
    rules: ProgrammeRules,
    fits: Callable[[date], bool],
    snap: Snap,
) -> list[date]:
    interval = rules.follow_up_interval_days
    meetings = []
    # Follow-ups are held at the interval or somewhat late, as in real life;
    # an open case whose follow-up is late is overdue (about one in five).
    meeting = snap(active + timedelta(days=interval + rng.randint(0, interval // 2)))
    while fits(meeting):
        meetings.append(meeting)
        meeting = snap(meeting + timedelta(days=interval + rng.randint(-3, interval // 2)))
    return meetings


def next_follow_up(timeline: Timeline, interval: int) -> date | None:
    """When the next follow-up is due: an interval after the last one (or the plan)."""
    if timeline.status not in (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP):
        return None
    base = timeline.meetings[-1] if timeline.meetings else timeline.first(CaseStatus.ACTIVE)
    assert base is not None
    return base + timedelta(days=interval)


def _staff_name(rng: random.Random) -> str:
    first, last = generate_name(rng, generate_sex(rng))
    return f"{first} {last}"


def add_agencies(
    rng: random.Random,
    case_id: int,
    programme: Programme,
    school: str | None,
    batch: Batch,
    ids: Ids,
) -> list[AgencyContact]:
    """The agencies involved (the programme's first two always, others sometimes)."""
    candidates = texts.PROGRAMME_AGENCIES[programme]
    chosen = [a for i, a in enumerate(candidates) if i < 2 or rng.random() < 0.4]
    if school is None and Agency.SCHOOL in chosen and len(chosen) > 1:
        chosen.remove(Agency.SCHOOL)
    contacts = []
    for agency in chosen:
        name = (
            school if agency is Agency.SCHOOL and school else rng.choice(texts.AGENCY_NAMES[agency])
        )
        contact = AgencyContact(
            agency, name, rng.choice(texts.AGENCY_ROLES[agency]), _staff_name(rng)
        )
        contacts.append(contact)
        batch.add(
            "case_agencies",
            id=ids.take("case_agencies"),
            case_id=case_id,
            agency=agency.value,
            name=name,
            contact=f"{contact.label}, {texts.fiction_phone(rng.randint(5, 99))}",
        )
    return contacts


def add_case(
    rng: random.Random,
    plan: CasePlan,
    person: PersonContext,
    staff: Staff,
    today: date,
    batch: Batch,
    ids: Ids,
    clock: Clock,
    sittings: Snap | None = None,
) -> CaseContext:
    """The case row, its status history, staff and agencies.

    ``sittings`` gives an SSPF case's follow-up days (its local group's
    sitting days); ``demo_meetings`` later sets ``next_follow_up`` from the
    follow-ups and meetings it adds.
    """
    timeline = make_timeline(rng, plan, today, sittings)
    responsible = rng.choice(staff.social_workers)
    assistant = None
    share = 0.45 if plan.programme in (Programme.SSPF, Programme.GVI) else 0.2
    if staff.field_assistants and rng.random() < share:
        assistant = rng.choice(staff.field_assistants)
        batch.add("case_staff", case_id=plan.id, user_id=assistant.id)
    others = [u for u in staff.social_workers if u.id != responsible.id]
    if others and rng.random() < 0.1:
        batch.add("case_staff", case_id=plan.id, user_id=rng.choice(others).id)
    parties = add_agencies(rng, plan.id, plan.programme, person.school, batch, ids)
    context = CaseContext(
        plan,
        timeline,
        person,
        responsible,
        assistant,
        [p.agency for p in parties],
        [p.label for p in parties],
        parties=parties,
    )
    context.values = _values(rng, context)
    rules = DEFAULT_RULES[plan.programme]
    follow_up = next_follow_up(timeline, rules.follow_up_interval_days)
    summary = None
    if plan.closing_reason is not None:
        template = texts.closing_summary(plan.closing_reason, rng, context.minor)
        summary = fill(template, context.values)
    batch.add(
        "cases",
        id=plan.id,
        case_number=plan.case_number,
        programme=plan.programme.value,
        year=plan.year,
        serial=plan.serial,
        person_id=plan.person.id,
        status=timeline.status.value,
        referral_date=plan.referral_date,
        referral_source=context.values["source_key"],
        referral_reason=context.values["reason"],
        responsible_user_id=responsible.id,
        next_follow_up=follow_up,
        closed_on=plan.closed_on,
        closing_reason=plan.closing_reason.value if plan.closing_reason else None,
        closing_summary=summary,
        version=len(timeline.transitions),
        created_at=clock.working(rng, plan.referral_date),
        updated_at=clock.working(rng, timeline.transitions[-1][2]),
    )
    context.values["summary"] = summary or ""
    for old, new, on in timeline.transitions:
        note = rng.choice(texts.STATUS_NOTES) if old is not None else ""
        batch.add(
            "case_status_changes",
            id=ids.take("case_status_changes"),
            case_id=plan.id,
            from_status=old.value if old else None,
            to_status=new.value,
            changed_on=on,
            changed_by=responsible.id,
            note=note or None,
            created_at=clock.working(rng, on),
        )
    return context


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " och " + words[-1]


def _consenters(person: PersonContext, minor: bool) -> str:
    if not minor:
        return person.first_name
    guardians = "vårdnadshavaren" if person.custodians == 1 else "vårdnadshavarna"
    return f"{guardians} och {person.first_name}"


def _values(rng: random.Random, context: CaseContext) -> dict[str, str]:
    plan, person = context.plan, context.person
    source = weighted(rng, texts.REFERRAL_SOURCES[plan.programme])
    values = {
        "first": person.first_name,
        "firsts": person.possessive,
        "han": person.pronoun,
        "school": person.school or "skolan",
        "programme": texts.PROGRAMME_NAMES[plan.programme],
        "agencies": _join([texts.AGENCY_WORDS[a] for a in context.agencies]),
        "family": ", vårdnadshavare" if context.minor else "",
        "consenters": _consenters(person, context.minor),
        "interval": str(context.interval),
        "age_limit": str(DEFAULT_RULES[plan.programme].max_age + 1),
        "source": texts.SOURCE_TEXTS[source],
        "source_key": source.value,
        "place": rng.choice(texts.PLACES),
        "parent": person.relatives[0],
        "contact": context.contacts[0] if context.contacts else "kommunpolisen",
    }
    reasons = texts.REFERRAL_REASONS[source]
    if plan.programme is Programme.EXIT and rng.random() < 0.7:
        reasons = texts.EXIT_REASONS
    elif plan.programme is Programme.GVI and rng.random() < 0.7:
        reasons = texts.GVI_REASONS
    values["reason"] = fill(rng.choice(reasons), values)
    return values
