"""Cases: case numbers, the life cycle of a case, and the vocabularies around it.

Each vocabulary is an enum whose values are stable strings for storage and
whose ``label`` is the user-facing text (context "Domain").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

# ---------------------------------------------------------------- case numbers

_CODES = "|".join(programme.code for programme in Programme)
_CASE_NUMBER = re.compile(r"([A-Z]+)\s*-\s*([0-9]{4})\s*-\s*([0-9]+)")
_CASE_NUMBER_PREFIX = re.compile(rf"(?:{_CODES})-(?:[0-9]{{1,3}}|[0-9]{{4}}(?:-[0-9]*)?)?")

_CASE_NUMBER_FORMAT = QT_TRANSLATE_NOOP(
    "Domain", "A case number looks like SSPF-2026-0042: programme, year and number."
)


@dataclass(frozen=True, order=True)
class CaseNumber:
    """A case number (ärendenummer) such as SSPF-2026-0042.

    The serial counts cases per programme and year; it is written with at
    least four digits and grows beyond 9999 when needed.
    """

    programme: Programme
    year: int
    serial: int

    def __post_init__(self) -> None:
        if not 1000 <= self.year <= 9999 or self.serial < 1:
            raise InvalidInput(_CASE_NUMBER_FORMAT)

    def __str__(self) -> str:
        return f"{self.programme.code}-{self.year}-{self.serial:04d}"


def parse_case_number(text: str) -> CaseNumber:
    """Read a case number, ignoring case and whitespace ("sspf-2026-42" works)."""
    match = _CASE_NUMBER.fullmatch(text.strip().upper())
    if match is None:
        raise InvalidInput(_CASE_NUMBER_FORMAT)
    code, year, serial = match.groups()
    try:
        programme = Programme(code)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Domain", "There is no programme {code}. Use SSPF, SIG, EXIT or GVI."
            ).format(code=code)
        ) from None
    return CaseNumber(programme, int(year), int(serial))


def normalise_case_number_prefix(text: str) -> str:
    """Upper case without whitespace: the form to compare with stored case numbers."""
    return re.sub(r"\s", "", text).upper()


def looks_like_case_number_prefix(text: str) -> bool:
    """True when a search text is the start of a case number, from "SIG-" on.

    A bare programme code is not enough: "Sig" is as likely the start of a name.
    """
    return _CASE_NUMBER_PREFIX.fullmatch(normalise_case_number_prefix(text)) is not None


# ------------------------------------------------------------------ life cycle


class CaseStatus(StrEnum):
    """Where a case is in its life cycle."""

    RECEIVED = "received"  # inkommen
    MAPPING = "mapping"  # kartläggning
    ACTIVE = "active"  # pågående
    FOLLOW_UP = "follow_up"  # uppföljning
    CLOSED = "closed"  # avslutad

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self is not CaseStatus.CLOSED


_STATUS_LABELS = {
    CaseStatus.RECEIVED: QT_TRANSLATE_NOOP("Domain", "Received"),
    CaseStatus.MAPPING: QT_TRANSLATE_NOOP("Domain", "Mapping"),
    CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("Domain", "Active"),
    CaseStatus.FOLLOW_UP: QT_TRANSLATE_NOOP("Domain", "Follow-up"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Domain", "Closed"),
}

# One step forward at a time (the mapping comes before the action plan);
# a follow-up may send the case back to active work; any open case may close.
# A closed case is never reopened: a new case is opened, so that statistics
# and deletion (gallring) count from a clear end.
ALLOWED_TRANSITIONS: Mapping[CaseStatus, frozenset[CaseStatus]] = MappingProxyType(
    {
        CaseStatus.RECEIVED: frozenset({CaseStatus.MAPPING, CaseStatus.CLOSED}),
        CaseStatus.MAPPING: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
        CaseStatus.ACTIVE: frozenset({CaseStatus.FOLLOW_UP, CaseStatus.CLOSED}),
        CaseStatus.FOLLOW_UP: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
        CaseStatus.CLOSED: frozenset(),
    }
)


def check_transition(old: CaseStatus, new: CaseStatus) -> None:
    """Raise ``InvalidInput`` unless a case may go from ``old`` to ``new``."""
    if new in ALLOWED_TRANSITIONS[old]:
        return
    if old is CaseStatus.CLOSED:
        text = QT_TRANSLATE_NOOP(
            "Domain", "A closed case cannot be reopened. Open a new case instead."
        )
    elif old is new:
        text = QT_TRANSLATE_NOOP("Domain", "The case already has the status {status}.").format(
            status=old.label
        )
    else:
        text = QT_TRANSLATE_NOOP("Domain", "A case cannot go from {old} to {new}.").format(
            old=old.label, new=new.label
        )
    raise InvalidInput(text)


def next_follow_up(last: date, interval_days: int) -> date:
    """The date of the next follow-up (uppföljning), ``interval_days`` after ``last``."""
    if interval_days < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "The follow-up interval must be at least one day.")
        )
    return last + timedelta(days=interval_days)


# --------------------------------------------------------------------- closing


class ClosingReason(StrEnum):
    """Why a case was closed (avslutsorsak); reported to managers."""

    GOALS_REACHED = "goals_reached"
    DECLINED = "declined"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    MOVED = "moved"
    TRANSFERRED = "transferred"
    AGE_OUT_OF_RANGE = "age_out_of_range"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _CLOSING_LABELS[self]


_CLOSING_LABELS = {
    ClosingReason.GOALS_REACHED: QT_TRANSLATE_NOOP("Domain", "Goals reached"),
    ClosingReason.DECLINED: QT_TRANSLATE_NOOP("Domain", "Declined further support"),
    ClosingReason.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("Domain", "Consent withdrawn"),
    ClosingReason.MOVED: QT_TRANSLATE_NOOP("Domain", "Moved from the municipality"),
    ClosingReason.TRANSFERRED: QT_TRANSLATE_NOOP("Domain", "Transferred to another service"),
    ClosingReason.AGE_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Domain", "Outside the programme's ages"),
    ClosingReason.OTHER: QT_TRANSLATE_NOOP("Domain", "Other reason"),
}

# "Other" is useless in statistics unless the summary says what it was.
MIN_OTHER_SUMMARY_LENGTH = 20


def validate_closing(reason: ClosingReason, summary: str) -> str:
    """Check a closing summary (avslutsanteckning) and return it stripped.

    Every closing needs a summary; for "Other reason" it must say enough to
    understand the reason.
    """
    stripped = summary.strip()
    if not stripped:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Domain", "Write a short summary of why the case is closed.")
        )
    if reason is ClosingReason.OTHER and len(stripped) < MIN_OTHER_SUMMARY_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Domain",
                "When the reason is Other, the summary must say what the reason was "
                "(at least {length} characters).",
            ).format(length=MIN_OTHER_SUMMARY_LENGTH)
        )
    return stripped


# ---------------------------------------------------------------- vocabularies


class ReferralSource(StrEnum):
    """Who made the referral (anmälan/signal)."""

    SCHOOL = "school"
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"
    LEISURE = "leisure"
    FAMILY = "family"
    SELF = "self"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _REFERRAL_LABELS[self]


_REFERRAL_LABELS = {
    ReferralSource.SCHOOL: QT_TRANSLATE_NOOP("Domain", "School"),
    ReferralSource.POLICE: QT_TRANSLATE_NOOP("Domain", "Police"),
    ReferralSource.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("Domain", "Social services"),
    ReferralSource.LEISURE: QT_TRANSLATE_NOOP("Domain", "Leisure services"),
    ReferralSource.FAMILY: QT_TRANSLATE_NOOP("Domain", "Parent or family"),
    ReferralSource.SELF: QT_TRANSLATE_NOOP("Domain", "The young person"),
    ReferralSource.OTHER: QT_TRANSLATE_NOOP("Domain", "Other"),
}


class JournalEntryType(StrEnum):
    """The kind of a journal entry (journalanteckning)."""

    CONTACT = "contact"
    PHONE_CALL = "phone_call"
    HOME_VISIT = "home_visit"
    MEETING = "meeting"
    DECISION = "decision"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _JOURNAL_LABELS[self]


_JOURNAL_LABELS = {
    JournalEntryType.CONTACT: QT_TRANSLATE_NOOP("Domain", "Contact"),
    JournalEntryType.PHONE_CALL: QT_TRANSLATE_NOOP("Domain", "Phone call"),
    JournalEntryType.HOME_VISIT: QT_TRANSLATE_NOOP("Domain", "Home visit"),
    JournalEntryType.MEETING: QT_TRANSLATE_NOOP("Domain", "Meeting"),
    JournalEntryType.DECISION: QT_TRANSLATE_NOOP("Domain", "Decision"),
    JournalEntryType.OTHER: QT_TRANSLATE_NOOP("Domain", "Other"),
}


class GoalStatus(StrEnum):
    """How far a goal in the action plan (handlingsplan) has come."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    NOT_ACHIEVED = "not_achieved"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        return _GOAL_LABELS[self]

    @property
    def is_final(self) -> bool:
        """True once the goal has been evaluated or dropped."""
        return self not in (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)


_GOAL_LABELS = {
    GoalStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Domain", "Not started"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Domain", "In progress"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Domain", "Achieved"),
    GoalStatus.PARTLY_ACHIEVED: QT_TRANSLATE_NOOP("Domain", "Partly achieved"),
    GoalStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Domain", "Not achieved"),
    GoalStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "Cancelled"),
}


class ActivityStatus(StrEnum):
    """How far an agreed activity (insats/aktivitet) has come."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        return _ACTIVITY_LABELS[self]

    @property
    def is_final(self) -> bool:
        """True once the activity is done or cancelled (no longer overdue)."""
        return self in (ActivityStatus.DONE, ActivityStatus.CANCELLED)


_ACTIVITY_LABELS = {
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("Domain", "Planned"),
    ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Domain", "In progress"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("Domain", "Done"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "Cancelled"),
}


class Agency(StrEnum):
    """The kind of agency a party in a case belongs to (aktör)."""

    SOCIAL_SERVICES = "social_services"  # socialtjänsten
    SCHOOL = "school"  # skolan
    POLICE = "police"  # polisen
    LEISURE = "leisure"  # fritid
    CHILD_PSYCHIATRY = "child_psychiatry"  # BUP
    HEALTHCARE = "healthcare"  # hälso- och sjukvård
    EMPLOYMENT_SERVICE = "employment_service"  # Arbetsförmedlingen
    PROBATION = "probation"  # Kriminalvården, frivården
    HOUSING = "housing"  # bostadsbolag
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _AGENCY_LABELS[self]


_AGENCY_LABELS = {
    Agency.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("Domain", "Social services"),
    Agency.SCHOOL: QT_TRANSLATE_NOOP("Domain", "School"),
    Agency.POLICE: QT_TRANSLATE_NOOP("Domain", "Police"),
    Agency.LEISURE: QT_TRANSLATE_NOOP("Domain", "Leisure services"),
    Agency.CHILD_PSYCHIATRY: QT_TRANSLATE_NOOP("Domain", "Child and adolescent psychiatry"),
    Agency.HEALTHCARE: QT_TRANSLATE_NOOP("Domain", "Healthcare"),
    Agency.EMPLOYMENT_SERVICE: QT_TRANSLATE_NOOP("Domain", "Employment service"),
    Agency.PROBATION: QT_TRANSLATE_NOOP("Domain", "Probation service"),
    Agency.HOUSING: QT_TRANSLATE_NOOP("Domain", "Housing company"),
    Agency.OTHER: QT_TRANSLATE_NOOP("Domain", "Other"),
}
