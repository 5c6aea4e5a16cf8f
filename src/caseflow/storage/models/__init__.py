"""The typed ORM models. Importing this package registers every table on ``Base.metadata``."""

from caseflow.storage.models.accounts import User
from caseflow.storage.models.audit import RECORD_WRITES, AuditLogEntry
from caseflow.storage.models.base import Base
from caseflow.storage.models.cases import Case, CaseAgency, CaseCounter, CaseStaff, CaseStatusChange
from caseflow.storage.models.consent import (
    ConsentAttachment,
    ConsentParty,
    ConsentRecord,
    ConsentWithdrawal,
    Disclosure,
    RecordedLegalGround,
    WithdrawalParty,
)
from caseflow.storage.models.drafts import Draft
from caseflow.storage.models.meetings import (
    FollowUp,
    Meeting,
    MeetingAttendance,
    MeetingCase,
    MeetingParticipant,
    MinutesItem,
)
from caseflow.storage.models.meta import DatabaseInfo, Setting
from caseflow.storage.models.people import Guardian, Person
from caseflow.storage.models.retention import RetainedCaseCount
from caseflow.storage.models.work import (
    Activity,
    Assessment,
    AssessmentFactor,
    Goal,
    GoalStatusRecord,
    JournalEntry,
)

__all__ = [
    "RECORD_WRITES",
    "Activity",
    "Assessment",
    "AssessmentFactor",
    "AuditLogEntry",
    "Base",
    "Case",
    "CaseAgency",
    "CaseCounter",
    "CaseStaff",
    "CaseStatusChange",
    "ConsentAttachment",
    "ConsentParty",
    "ConsentRecord",
    "ConsentWithdrawal",
    "DatabaseInfo",
    "Disclosure",
    "Draft",
    "FollowUp",
    "Goal",
    "GoalStatusRecord",
    "Guardian",
    "JournalEntry",
    "Meeting",
    "MeetingAttendance",
    "MeetingCase",
    "MeetingParticipant",
    "MinutesItem",
    "Person",
    "RecordedLegalGround",
    "RetainedCaseCount",
    "Setting",
    "User",
    "WithdrawalParty",
]
