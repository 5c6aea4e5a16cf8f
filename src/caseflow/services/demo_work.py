"""The work in one demo case as rows: assessments, follow-ups, the action plan, the journal.

Assessments use the factor catalogue and change over time: the mapping's,
then a fresh one at every follow-up. A follow-up (uppföljning) is held on
each of the timeline's follow-up days, as ``services.follow_ups`` records
one: the follow-up row, its assessment, and a status record for every goal
still open (``follow_up_id`` set); goals get a final record when the case
closes. ``demo_meetings`` links a follow-up to the meeting it was held at.
Journal entries are signed (a few recent ones are drafts) and a few signed
ones have a correction linked to them, as the journal rules require.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from caseflow.domain.assessment import CATALOGUE, FactorKind, FactorPresence, LifeDomain
from caseflow.domain.cases import (
    ActivityStatus,
    Agency,
    CaseStatus,
    ClosingReason,
    GoalStatus,
    JournalEntryType,
)
from caseflow.domain.programmes import Programme
from caseflow.domain.test_identities import generate_name, generate_sex
from caseflow.services import demo_meeting_texts as meeting_texts
from caseflow.services import demo_texts as texts
from caseflow.services.demo_case import CaseContext, StaffUser
from caseflow.services.demo_plan import weighted
from caseflow.services.demo_rows import Batch, Clock, Ids, fill

RISK_PRESENT = {Programme.SSPF: 0.4, Programme.SIG: 0.55, Programme.EXIT: 0.6, Programme.GVI: 0.55}
UNKNOWN_SHARE = 0.15
FILLER_DAYS_PER_ENTRY = 85
JOURNALED_MEETING_SHARE = 0.65
CORRECTION_SHARE = 0.02
DRAFT_SHARE = 0.08

FILLER_TYPES = (
    (JournalEntryType.CONTACT, 35),
    (JournalEntryType.PHONE_CALL, 30),
    (JournalEntryType.HOME_VISIT, 10),
    (JournalEntryType.MEETING, 5),
    (JournalEntryType.DECISION, 5),
    (JournalEntryType.OTHER, 15),
)


def add_work(
    rng: random.Random, context: CaseContext, today: date, batch: Batch, ids: Ids, clock: Clock
) -> None:
    presences = add_assessments(rng, context, batch, ids, clock)
    add_follow_ups(rng, context, presences, batch, ids, clock)
    add_plan(rng, context, today, batch, ids, clock)
    add_journal(rng, context, today, batch, ids, clock)


# ------------------------------------------------------------------ assessments


def _first_presences(rng: random.Random, programme: Programme) -> dict[str, FactorPresence]:
    chosen = sorted(rng.sample(range(len(CATALOGUE)), rng.randint(10, 20)))
    presences = {}
    for index in chosen:
        factor = CATALOGUE[index]
        if rng.random() < UNKNOWN_SHARE:
            presences[factor.key] = FactorPresence.UNKNOWN
            continue
        chance = RISK_PRESENT[programme] if factor.kind is FactorKind.RISK else 0.4
        present = rng.random() < chance
        presences[factor.key] = FactorPresence.PRESENT if present else FactorPresence.ABSENT
    return presences


def _later_presences(
    rng: random.Random, before: dict[str, FactorPresence], trend: str
) -> dict[str, FactorPresence]:
    change = {"better": 0.35, "same": 0.08, "worse": 0.25}[trend]
    after = {}
    for key, presence in before.items():
        kind = _KINDS[key]
        good = FactorPresence.ABSENT if kind is FactorKind.RISK else FactorPresence.PRESENT
        bad = FactorPresence.PRESENT if good is FactorPresence.ABSENT else FactorPresence.ABSENT
        if presence is FactorPresence.UNKNOWN:
            after[key] = rng.choice((good, bad)) if rng.random() < 0.6 else presence
        elif rng.random() < change:
            after[key] = bad if trend == "worse" else good
        else:
            after[key] = presence
    return after


_KINDS = {factor.key: factor.kind for factor in CATALOGUE}
_DOMAINS = {factor.key: factor.domain for factor in CATALOGUE}


def _summary(presences: dict[str, FactorPresence]) -> str:
    def domains(kind: FactorKind) -> str:
        counts: dict[LifeDomain, int] = {}
        for key, presence in presences.items():
            if presence is FactorPresence.PRESENT and _KINDS[key] is kind:
                counts[_DOMAINS[key]] = counts.get(_DOMAINS[key], 0) + 1
        top = sorted(counts, key=lambda d: -counts[d])[:2]
        return " och ".join(texts.DOMAIN_WORDS[d] for d in top) or "inget tydligt område"

    return texts.ASSESSMENT_FIRST.format(
        risks=domains(FactorKind.RISK), protective=domains(FactorKind.PROTECTIVE)
    )


def _mapping_date(rng: random.Random, context: CaseContext) -> date | None:
    """The mapping's assessment: some days into the mapping, before the work starts."""
    timeline = context.timeline
    mapping = timeline.first(CaseStatus.MAPPING)
    if mapping is None:
        return None
    until = timeline.first(CaseStatus.ACTIVE) or timeline.end
    if (until - mapping).days < 4:
        return None
    return mapping + timedelta(days=rng.randint(3, (until - mapping).days - 1))


def _add_assessment(
    rng: random.Random,
    context: CaseContext,
    on: date,
    presences: dict[str, FactorPresence],
    summary: str,
    comment_share: float,
    batch: Batch,
    ids: Ids,
    clock: Clock,
) -> int:
    assessment_id = ids.take("assessments")
    batch.add(
        "assessments",
        id=assessment_id,
        case_id=context.plan.id,
        assessed_on=on,
        author_id=context.responsible.id,
        summary=summary,
        created_at=clock.working(rng, on),
    )
    for key, presence in presences.items():
        batch.add(
            "assessment_factors",
            assessment_id=assessment_id,
            factor_key=key,
            presence=presence.value,
            comment=_factor_comment(rng, presence, context.values, comment_share),
        )
    return assessment_id


def add_assessments(
    rng: random.Random, context: CaseContext, batch: Batch, ids: Ids, clock: Clock
) -> dict[str, FactorPresence]:
    """The mapping's assessment, if the mapping got that far; returns its factors."""
    on = _mapping_date(rng, context)
    if on is None:
        return {}
    presences = _first_presences(rng, context.plan.programme)
    _add_assessment(rng, context, on, presences, _summary(presences), 0.4, batch, ids, clock)
    return presences


def add_follow_ups(
    rng: random.Random,
    context: CaseContext,
    presences: dict[str, FactorPresence],
    batch: Batch,
    ids: Ids,
    clock: Clock,
) -> None:
    """A follow-up on each follow-up day: a fresh assessment and the follow-up row.

    The goals' status records are added with the plan (``add_plan``), which
    finds the rows in ``context.follow_ups``.
    """
    trend = "better" if context.plan.closing_reason is ClosingReason.GOALS_REACHED else None
    for day in context.timeline.meetings:
        step = trend or weighted(rng, (("better", 5), ("same", 3), ("worse", 2)))
        presences = (
            _later_presences(rng, presences, step)
            if presences
            else _first_presences(rng, context.plan.programme)
        )
        summary = meeting_texts.follow_up_summary(rng, step, context.values)
        assessment_id = _add_assessment(
            rng, context, day, presences, summary, 0.1, batch, ids, clock
        )
        follow_up_id = ids.take("follow_ups")
        batch.add(
            "follow_ups",
            id=follow_up_id,
            case_id=context.plan.id,
            held_on=day,
            meeting_id=None,  # set by demo_meetings when held at a meeting
            assessment_id=assessment_id,
            summary=summary,
            author_id=context.responsible.id,
            created_at=clock.working(rng, day),
        )
        context.follow_ups[day] = batch.rows["follow_ups"][-1]


def _factor_comment(
    rng: random.Random, presence: FactorPresence, values: dict[str, str], share: float
) -> str:
    if rng.random() >= share:
        return ""
    options = {
        FactorPresence.PRESENT: texts.FACTOR_COMMENTS_PRESENT,
        FactorPresence.ABSENT: texts.FACTOR_COMMENTS_ABSENT,
        FactorPresence.UNKNOWN: texts.FACTOR_COMMENTS_UNKNOWN,
    }[presence]
    return fill(rng.choice(options), values)


# ------------------------------------------------------------------ action plan

_FINAL_GOAL = {
    ClosingReason.GOALS_REACHED: ((GoalStatus.ACHIEVED, 7), (GoalStatus.PARTLY_ACHIEVED, 3)),
    ClosingReason.TRANSFERRED: ((GoalStatus.PARTLY_ACHIEVED, 5), (GoalStatus.NOT_ACHIEVED, 3)),
    ClosingReason.AGE_OUT_OF_RANGE: ((GoalStatus.PARTLY_ACHIEVED, 5), (GoalStatus.ACHIEVED, 3)),
}
_FINAL_GOAL_OTHERWISE = (
    (GoalStatus.NOT_ACHIEVED, 4),
    (GoalStatus.CANCELLED, 4),
    (GoalStatus.PARTLY_ACHIEVED, 2),
)


def _responsible_person(
    rng: random.Random, context: CaseContext, role: str
) -> tuple[str, int | None]:
    """The person responsible for an activity, and their user id when they are staff."""
    if role == "socialsekreterare":
        return context.responsible.display_name, context.responsible.id
    if role == "fältassistent" and context.field_assistant is not None:
        return context.field_assistant.display_name, context.field_assistant.id
    first, last = _invented_name(rng)
    return f"{role} {first} {last}", None


def _invented_name(rng: random.Random) -> tuple[str, str]:
    return generate_name(rng, generate_sex(rng))


# (day, status, the follow-up that recorded it or None)
GoalRecord = tuple[date, GoalStatus, int | None]


def _goal_history(rng: random.Random, context: CaseContext, start: date) -> list[GoalRecord]:
    """The goal's status at the start, at every follow-up while open, and at the closing."""
    history: list[GoalRecord] = [(start, GoalStatus.NOT_STARTED, None)]
    for day, follow_up in context.follow_ups.items():
        if day <= start:
            continue
        status = GoalStatus.IN_PROGRESS
        if len(history) == 1 and rng.random() < 0.15:
            status = GoalStatus.NOT_STARTED
        elif len(history) >= 3 and rng.random() < 0.15:
            status = GoalStatus.ACHIEVED
        history.append((day, status, follow_up["id"]))
        if status is GoalStatus.ACHIEVED:
            return history
    reason = context.plan.closing_reason
    closed_on = context.plan.closed_on
    if reason is not None and closed_on is not None:
        final = weighted(rng, _FINAL_GOAL.get(reason, _FINAL_GOAL_OTHERWISE))
        history.append((closed_on, final, None))
    return history


def _goal_note(rng: random.Random, status: GoalStatus, first: bool, values: dict[str, str]) -> str:
    if first:
        return ""
    notes = texts.GOAL_FINAL_NOTES.get(status.value, texts.GOAL_NOTES)
    return fill(rng.choice(notes), values)


# Open cases: activities past their due date are mostly done, a few overdue.
_ACTIVITIES_DUE = (
    (ActivityStatus.DONE, 6),
    (ActivityStatus.IN_PROGRESS, 3),
    (ActivityStatus.PLANNED, 1),
)
_ACTIVITIES_AHEAD = ((ActivityStatus.PLANNED, 6), (ActivityStatus.IN_PROGRESS, 4))


def _activity_status(rng: random.Random, due: date, context: CaseContext, today: date) -> str:
    if context.plan.closed_on is not None:
        done = rng.random() < (0.75 if due < context.plan.closed_on else 0.3)
        return (ActivityStatus.DONE if done else ActivityStatus.CANCELLED).value
    options = _ACTIVITIES_DUE if due < today else _ACTIVITIES_AHEAD
    return weighted(rng, options).value


def add_plan(
    rng: random.Random, context: CaseContext, today: date, batch: Batch, ids: Ids, clock: Clock
) -> None:
    start = context.timeline.first(CaseStatus.ACTIVE)
    if start is None:
        return
    age = context.plan.person.age_on(start)
    fitting = {
        domain: [g for g in texts.GOALS[domain] if g.min_age <= age <= g.max_age]
        for domain in texts.PROGRAMME_GOAL_DOMAINS[context.plan.programme]
    }
    domains = [domain for domain, goals in fitting.items() if goals]
    count = min(weighted(rng, ((1, 3), (2, 4), (3, 3))), len(domains))
    for _ in range(count):
        # The programme's first domains are the likelier ones.
        domain = domains.pop(rng.randrange(min(len(domains), 3)))
        text, activities, _, _ = rng.choice(fitting[domain])
        history = _goal_history(rng, context, start)
        goal_id = ids.take("goals")
        batch.add(
            "goals",
            id=goal_id,
            case_id=context.plan.id,
            text=fill(text, context.values),
            life_domain=domain.value,
            target_date=start + timedelta(days=rng.randint(90, 270)),
            status=history[-1][1].value,
            created_at=clock.working(rng, start),
        )
        for on, status, follow_up_id in history:
            batch.add(
                "goal_status_records",
                id=ids.take("goal_status_records"),
                goal_id=goal_id,
                recorded_on=on,
                status=status.value,
                note=_goal_note(rng, status, on == start, context.values),
                author_id=context.responsible.id,
                follow_up_id=follow_up_id,
                created_at=clock.working(rng, on),
            )
        for what, agency, role in rng.sample(activities, rng.randint(1, len(activities))):
            due = start + timedelta(days=rng.randint(14, 150))
            person, user_id = _responsible_person(rng, context, role)
            batch.add(
                "activities",
                id=ids.take("activities"),
                case_id=context.plan.id,
                goal_id=goal_id,
                minutes_item_id=None,
                what=fill(what, context.values),
                agency=Agency(agency).value,
                responsible_person=person,
                responsible_user_id=user_id,
                due_date=due,
                status=_activity_status(rng, due, context, today),
                created_at=clock.working(rng, start),
            )


# --------------------------------------------------------------------- journal


@dataclass
class _Entry:
    day: date
    order: int
    kind: JournalEntryType
    text: str
    author: StaffUser
    signed: bool = True
    corrects: _Entry | None = None
    id: int = 0


def _event_entries(
    rng: random.Random, context: CaseContext
) -> list[tuple[date, JournalEntryType, str]]:
    values, timeline = context.values, context.timeline
    events = [
        (context.plan.referral_date, JournalEntryType.OTHER, fill(texts.REFERRAL_ENTRY, values))
    ]
    templates = {
        CaseStatus.MAPPING: (JournalEntryType.DECISION, texts.MAPPING_DECISION),
        CaseStatus.FOLLOW_UP: (JournalEntryType.MEETING, texts.FOLLOW_UP_PHASE),
    }
    seen_active = False
    for old, new, on in timeline.transitions:
        if new is CaseStatus.ACTIVE:
            options = texts.BACK_TO_ACTIVE if seen_active else texts.PLAN_MEETING
            events.append((on, JournalEntryType.MEETING, fill(rng.choice(options), values)))
            seen_active = True
        elif new is CaseStatus.CLOSED:
            text = fill(texts.CLOSING_DECISION, values)
            events.append((on, JournalEntryType.DECISION, text))
        elif new in templates and old is not None:
            kind, options = templates[new]
            events.append((on, kind, fill(rng.choice(options), values)))
    for meeting in timeline.meetings:
        # Some follow-ups are recorded only in the plan's goal history.
        if rng.random() >= JOURNALED_MEETING_SHARE:
            continue
        text = fill(rng.choice(texts.FOLLOW_UP_MEETING), values)
        events.append((meeting, JournalEntryType.MEETING, text))
    return events


def _author(rng: random.Random, context: CaseContext, kind: JournalEntryType) -> StaffUser:
    assistant = context.field_assistant
    field_work = kind in (JournalEntryType.CONTACT, JournalEntryType.HOME_VISIT)
    if assistant is not None and field_work and rng.random() < 0.5:
        return assistant
    return context.responsible


def _filler(rng: random.Random, context: CaseContext) -> tuple[JournalEntryType, str]:
    kind = weighted(rng, FILLER_TYPES)
    if kind is JournalEntryType.HOME_VISIT and not context.minor:
        kind = JournalEntryType.CONTACT
    values = dict(context.values)
    values["parent"] = rng.choice(context.person.relatives)
    values["place"] = rng.choice(texts.PLACES)
    if context.contacts:
        values["contact"] = rng.choice(context.contacts)
    text = texts.journal_text(
        kind,
        rng,
        values,
        minor=context.minor,
        school=context.person.school is not None and context.minor,
        longer=rng.random() < 0.4,
    )
    return kind, text


def add_journal(
    rng: random.Random, context: CaseContext, today: date, batch: Batch, ids: Ids, clock: Clock
) -> None:
    plan, timeline = context.plan, context.timeline
    entries = [
        _Entry(day, order, kind, text, context.responsible)
        for order, (day, kind, text) in enumerate(_event_entries(rng, context))
    ]
    span = (timeline.end - plan.referral_date).days
    fillers = max(1, round(span / FILLER_DAYS_PER_ENTRY * rng.uniform(0.5, 1.5)))
    for _ in range(fillers):
        day = plan.referral_date + timedelta(days=rng.randint(0, span))
        kind, text = _filler(rng, context)
        entries.append(_Entry(day, len(entries), kind, text, _author(rng, context, kind)))
    if plan.closed_on is None and rng.random() < DRAFT_SHARE:
        day = max(today - timedelta(days=rng.randint(0, 14)), timeline.transitions[-1][2])
        kind, text = _filler(rng, context)
        author = _author(rng, context, kind)
        entries.append(_Entry(day, len(entries), kind, text, author, signed=False))
    for original in list(entries):
        if original.signed and rng.random() < CORRECTION_SHARE:
            day = min(original.day + timedelta(days=rng.randint(0, 7)), timeline.end)
            values = dict(context.values, date=original.day.isoformat())
            values["parent"] = rng.choice(context.person.relatives)
            text = fill(rng.choice(texts.CORRECTIONS), values)
            # Order after every original: a correction always gets the later id.
            entries.append(
                _Entry(day, 10**6 + len(entries), original.kind, text, original.author,
                       corrects=original)
            )  # fmt: skip
    entries.sort(key=lambda e: (e.day, e.order))
    for entry in entries:
        entry.id = ids.take("journal_entries")
    for entry in entries:
        _add_entry(rng, entry, plan.id, batch, clock)


def _add_entry(rng: random.Random, entry: _Entry, case_id: int, batch: Batch, clock: Clock) -> None:
    created = clock.working(rng, entry.day)
    signed_at: datetime | None = None
    if entry.signed:
        delay = rng.randint(5, 180) if rng.random() < 0.95 else rng.randint(1200, 1700)
        signed_at = min(created + timedelta(minutes=delay), clock.now)
    batch.add(
        "journal_entries",
        id=entry.id,
        case_id=case_id,
        entry_date=entry.day,
        entry_type=entry.kind.value,
        text=entry.text,
        author_id=entry.author.id,
        signed_at=signed_at,
        corrects_id=entry.corrects.id if entry.corrects else None,
        created_at=created,
        updated_at=signed_at or created,
    )
