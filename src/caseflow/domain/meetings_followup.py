"""Follow-ups (uppföljningar): when they are due, what is overdue, what one records.

See ``caseflow.domain.meetings`` for the rules in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Protocol, TypeVar

from caseflow.domain.assessment import FACTORS_BY_KEY, FactorPresence
from caseflow.domain.cases import GoalStatus, next_follow_up
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import ProgrammeRules
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

# ----------------------------------------------------------------------- dates


def next_follow_up_date(meeting_date: date, programme_rules: ProgrammeRules) -> date:
    """The programme's interval after a meeting or follow-up held on ``meeting_date``."""
    return next_follow_up(meeting_date, programme_rules.follow_up_interval_days)


def follow_up_due(
    programme_rules: ProgrammeRules, last: date, agreed: Iterable[tuple[date, date]] = ()
) -> date:
    """When the next follow-up of a case is due, counted from ``last``.

    ``last`` is the last follow-up held (or, before the first, the day the
    action plan was agreed). ``agreed`` holds ``(agreed_on, next_date)`` pairs:
    dates set at meetings. A date agreed on or after ``last`` decides (the
    most recently agreed, when several; on one day the latest pair given);
    otherwise the programme's interval does.
    """
    decisions = [(on, i, day) for i, (on, day) in enumerate(agreed) if on >= last]
    if decisions:
        return max(decisions)[2]
    return next_follow_up_date(last, programme_rules)


# --------------------------------------------------------------------- overdue


class FollowUpStatus(StrEnum):
    """Where a planned follow-up stands."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        return _FOLLOW_UP_LABELS[self]

    @property
    def is_final(self) -> bool:
        """True once held or cancelled (no longer overdue)."""
        return self is not FollowUpStatus.PLANNED


_FOLLOW_UP_LABELS = {
    FollowUpStatus.PLANNED: QT_TRANSLATE_NOOP("Domain", "Planned"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("Domain", "Held"),
    FollowUpStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "Cancelled"),
}


class Settles(Protocol):
    """A status that says when the work is over: ActivityStatus, FollowUpStatus, GoalStatus."""

    @property
    def is_final(self) -> bool: ...


def is_overdue(due: date | None, status: Settles, today: date) -> bool:
    """True when work due on ``due`` is not done or cancelled and ``today`` is later.

    Due today is not overdue yet; without a due date nothing is overdue.
    """
    return due is not None and not status.is_final and due < today


def days_overdue(due: date | None, status: Settles, today: date) -> int:
    """How many days late the work is today (0 when it is not overdue)."""
    if due is None or not is_overdue(due, status, today):
        return 0
    return (today - due).days


class Tracked(Protocol):
    """Anything with a due date and a status: an agreed action, a planned follow-up."""

    @property
    def due(self) -> date | None: ...

    @property
    def status(self) -> Settles: ...


T = TypeVar("T", bound=Tracked)


def overdue(items: Iterable[T], today: date) -> tuple[T, ...]:
    """The overdue items, the longest overdue first (for Översikt and "Mina åtgärder")."""
    late = [item for item in items if is_overdue(item.due, item.status, today)]
    return tuple(sorted(late, key=_by_due))  # sorted() is stable: ties keep their order


def open_items(items: Iterable[T]) -> tuple[T, ...]:
    """The items not done or cancelled, by due date (those without one last)."""
    return tuple(sorted((item for item in items if not item.status.is_final), key=_by_due))


def _by_due(item: Tracked) -> tuple[bool, date]:
    return (item.due is None, item.due or date.max)


# ------------------------------------------------------------ follow-up record


@dataclass(frozen=True)
class GoalReview:
    """One goal's status as a follow-up found it, with a short note."""

    goal_id: int
    status: GoalStatus
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "note", self.note.strip())


@dataclass(frozen=True)
class FollowUpRecord:
    """A follow-up (uppföljning) of one case: each goal's status, a fresh look at
    the risk and protective factors (keys of ``caseflow.domain.assessment``),
    and a summary.

    ``meeting_id`` is the meeting it was held at, when it was.
    """

    case_id: int
    held_on: date
    goals: tuple[GoalReview, ...]
    factors: Mapping[str, FactorPresence]
    summary: str
    meeting_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "goals", tuple(self.goals))
        object.__setattr__(self, "factors", MappingProxyType(dict(self.factors)))
        object.__setattr__(self, "summary", self.summary.strip())
        if not self.summary:
            raise InvalidInput(QT_TRANSLATE_NOOP("Domain", "Write a summary of the follow-up."))
        ids = [review.goal_id for review in self.goals]
        if len(set(ids)) != len(ids):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "Each goal gets one status in a follow-up.")
            )
        unknown = sorted(set(self.factors) - set(FACTORS_BY_KEY))
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "The assessment names an unknown factor: {key}."
                ).format(key=unknown[0])
            )

    def check_goals(self, plan_goal_ids: Iterable[int], open_goal_ids: Iterable[int]) -> None:
        """Raise ``InvalidInput`` unless the goals reviewed fit the action plan.

        Every open goal (``open_goal_ids``: not final before the follow-up)
        gets a status; a final goal may be reviewed again but need not be;
        a goal not in the plan (``plan_goal_ids``) cannot be reviewed.
        """
        plan = frozenset(plan_goal_ids)
        if not self.reviewed <= plan:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Domain", "The follow-up reviews a goal that is not in the plan.")
            )
        missing = [goal for goal in dict.fromkeys(open_goal_ids) if goal not in self.reviewed]
        if missing:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Domain", "Record a status for every open goal ({count} missing)."
                ).format(count=len(missing))
            )

    @property
    def reviewed(self) -> frozenset[int]:
        return frozenset(review.goal_id for review in self.goals)
