"""The minutes of a demo meeting, as rows: items per case and heading, agreed actions.

Each case's part of the minutes has an item under the headings something
was said about (approved minutes keep no empty items), with notes and
decisions in Swedish about that young person alone (``demo_meeting_texts``);
the next follow-up date under "Next meeting or follow-up"; and under "New
actions" the actions agreed, as activities of the case's plan (``goal_id``
empty, ``minutes_item_id`` set) that are due after the meeting: done for
most past ones, some still open and overdue in open cases, some ahead. Now
and then approved minutes get a correction: a new item about the same case
that refers to the one it corrects.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseflow.domain.cases import ActivityStatus, Agency
from caseflow.domain.meetings import MeetingTypeDef
from caseflow.domain.programmes import Programme
from caseflow.services import demo_meeting_texts as texts
from caseflow.services import demo_texts
from caseflow.services.demo_case import CaseContext, StaffUser
from caseflow.services.demo_plan import weighted
from caseflow.services.demo_rows import Batch, Clock, Ids, fill

Action = tuple[str, Agency, str]  # what, which agency, the responsible person's role

ACTION_DUE_DAYS = (7, 56)
ACTION_COUNTS = ((1, 5), (2, 3), (3, 1))
LONG_OVERDUE_DAYS = 90  # an action overdue longer than this is mostly settled by now
CORRECTION_SHARE = 0.02
CORRECTION_DAYS = (1, 10)  # after the approval

_ACTIONS_SETTLED_LONG_AGO = (
    (ActivityStatus.DONE, 90),
    (ActivityStatus.CANCELLED, 5),
    (ActivityStatus.IN_PROGRESS, 5),
)
_ACTIONS_DUE = (
    (ActivityStatus.DONE, 60),
    (ActivityStatus.IN_PROGRESS, 15),
    (ActivityStatus.PLANNED, 25),
)
_ACTIONS_AHEAD = ((ActivityStatus.PLANNED, 7), (ActivityStatus.IN_PROGRESS, 3))
_POOLS: dict[tuple[Programme, int, frozenset[Agency]], list[Action]] = {}


def action_pool(context: CaseContext) -> list[Action]:
    """Actions a meeting may agree for the case: by its own agencies or social services."""
    plan = context.plan
    agencies = frozenset({Agency.SOCIAL_SERVICES, *context.agencies})
    age = plan.person.age_on(plan.referral_date)
    key = (plan.programme, age, agencies)
    pool = _POOLS.get(key)
    if pool is None:
        pool = _POOLS[key] = [
            (what, Agency(agency), role)
            for domain in demo_texts.PROGRAMME_GOAL_DOMAINS[plan.programme]
            for goal in demo_texts.GOALS[domain]
            if goal.min_age <= age <= goal.max_age
            for what, agency, role in goal.activities
            if Agency(agency) in agencies
        ] + [
            (what, agency, role)
            for agency in sorted(agencies, key=lambda a: a.value)
            for what, role in texts.MEETING_ACTIONS.get(agency, ())
        ]
    return pool


class MinutesWriter:
    """Writes minutes items and agreed actions; one per run of the generator."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def items(
        self,
        meeting_id: int,
        meeting_type: MeetingTypeDef,
        context: CaseContext,
        day: date,
        next_date: date | None,
        opening: bool,
        writer: StaffUser,
        number: int,
        batch: Batch,
        ids: Ids,
        clock: Clock,
    ) -> int:
        """One case's items, numbered after ``number``; returns the last number given.

        ``opening``: the meeting agreed the plan. ``next_date``: the follow-up
        agreed; None when the case is to close.
        """
        rng = self.rng
        for source in meeting_type.agenda_template:
            heading, topic = texts.heading(source.source)
            if topic is None or rng.random() >= texts.WRITTEN_SHARE[topic]:
                continue
            if topic is texts.Topic.ACTIONS_REVIEW and opening:
                continue  # nothing was agreed before the plan
            if topic is texts.Topic.NEW_ACTIONS and next_date is None:
                continue  # the case is about to close: nothing new is agreed
            agreed_date = None
            if topic is texts.Topic.NEXT:
                agreed_date = next_date
                notes, decisions = "", texts.NEXT_CLOSING
                if next_date is not None:
                    decisions = fill(rng.choice(texts.NEXT_AGREED), {"date": next_date.isoformat()})
            else:
                notes, decisions = texts.item_text(topic, rng, context.values, minor=context.minor)
            number += 1
            item_id = ids.take("minutes_items")
            batch.add(
                "minutes_items",
                id=item_id,
                meeting_id=meeting_id,
                case_id=context.plan.id,
                number=number,
                heading=heading,
                notes=notes,
                decisions=decisions,
                next_date=agreed_date,
                corrects_number=None,
                written_by=writer.id,
                written_on=day,
                created_at=clock.working(rng, day),
            )
            if topic is texts.Topic.NEW_ACTIONS:
                self._actions(context, day, item_id, batch, ids, clock)
        return number

    def _actions(
        self, context: CaseContext, day: date, item_id: int, batch: Batch, ids: Ids, clock: Clock
    ) -> None:
        rng = self.rng
        pool = action_pool(context)
        for what, agency, role in rng.sample(pool, min(weighted(rng, ACTION_COUNTS), len(pool))):
            due = day + timedelta(days=rng.randint(*ACTION_DUE_DAYS))
            person, user_id = _responsible(context, agency, role)
            batch.add(
                "activities",
                id=ids.take("activities"),
                case_id=context.plan.id,
                goal_id=None,
                minutes_item_id=item_id,
                what=fill(what, context.values),
                agency=agency.value,
                responsible_person=person,
                responsible_user_id=user_id,
                due_date=due,
                status=self._status(context, due).value,
                created_at=clock.working(rng, day),
            )

    def _status(self, context: CaseContext, due: date) -> ActivityStatus:
        rng, closed_on = self.rng, context.plan.closed_on
        if closed_on is not None:
            done = rng.random() < (0.85 if due < closed_on else 0.4)
            return ActivityStatus.DONE if done else ActivityStatus.CANCELLED
        if due >= self.today:
            return weighted(rng, _ACTIONS_AHEAD)
        if (self.today - due).days > LONG_OVERDUE_DAYS:
            return weighted(rng, _ACTIONS_SETTLED_LONG_AGO)
        return weighted(rng, _ACTIONS_DUE)

    def correction(
        self,
        meeting_id: int,
        contexts: dict[int, CaseContext],
        approved_on: date,
        approver: StaffUser,
        batch: Batch,
        ids: Ids,
        clock: Clock,
    ) -> None:
        """Rarely, a correction of approved minutes: a new item about the item's case."""
        rng = self.rng
        if approved_on >= self.today or rng.random() >= CORRECTION_SHARE:
            return
        items = batch.trailing("minutes_items", "meeting_id", meeting_id)
        if not items:
            return
        corrected = rng.choice(items)
        on = min(approved_on + timedelta(days=rng.randint(*CORRECTION_DAYS)), self.today)
        batch.add(
            "minutes_items",
            id=ids.take("minutes_items"),
            meeting_id=meeting_id,
            case_id=corrected["case_id"],
            number=max(item["number"] for item in items) + 1,
            heading=corrected["heading"],
            notes=fill(rng.choice(texts.CORRECTION), contexts[corrected["case_id"]].values),
            decisions="",
            next_date=None,
            corrects_number=corrected["number"],
            written_by=approver.id,
            written_on=on,
            created_at=clock.working(rng, on),
        )


def _responsible(context: CaseContext, agency: Agency, role: str) -> tuple[str, int | None]:
    """Who answers for an action: the case's staff, or the agency's contact person."""
    if agency is Agency.SOCIAL_SERVICES:
        user = context.field_assistant if role == "fältassistent" else None
        user = user or context.responsible
        return user.display_name, user.id
    contact = next(p for p in context.parties if p.agency is agency)
    return contact.label, None
