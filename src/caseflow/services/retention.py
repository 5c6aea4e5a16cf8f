"""Retention (gallring): the cases due for deletion, and deletion a manager decides.

``due_cases`` lists closed cases whose retention period has ended by the
rules of ``caseflow.domain.retention`` (as data per programme, setting
``retention_rules``), by case number only. ``delete_cases`` (managers) checks
again that each case is due, keeps anonymous counts for statistics, deletes
the case with everything that hangs on it (and the person, when they have no
other case), writes an audit entry with no personal data, and then wipes the
freed pages from the file (secure_delete is on; VACUUM rewrites the file
without them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, select, union_all
from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import CaseStatus
from caseflow.domain.errors import InvalidInput
from caseflow.domain.programmes import Programme
from caseflow.domain.retention import (
    DEFAULT_RETENTION,
    Due,
    DueReason,
    RetentionFacts,
    RetentionRule,
    is_due,
    rule_from_dict,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit
from caseflow.services.workspace import Workspace
from caseflow.storage.case_drafts import forget_drafts_of_deleted_case
from caseflow.storage.models import (
    Case,
    CaseStatusChange,
    ConsentRecord,
    ConsentWithdrawal,
    FollowUp,
    JournalEntry,
    Meeting,
    MeetingCase,
    MinutesItem,
    Person,
    RecordedLegalGround,
    RetainedCaseCount,
    Setting,
)

RETENTION_RULES_KEY = "retention_rules"
_CHUNK = 500


def rules(session: Session) -> dict[Programme, RetentionRule]:
    row = session.get(Setting, RETENTION_RULES_KEY)
    stored = json.loads(row.value) if row is not None else {}
    found = dict(DEFAULT_RETENTION)
    if isinstance(stored, dict):
        for programme in Programme:
            raw = stored.get(programme.value)
            if isinstance(raw, dict):
                found[programme] = rule_from_dict(raw, found[programme])
    return found


@dataclass(frozen=True)
class RetentionCandidate:
    case_id: int
    case_number: str
    programme: Programme
    closed_on: date
    last_entry: date
    due_on: date
    reason: DueReason


def _last_entries(case_ids: Select[Any]) -> Select[Any]:
    """The last dated entry of each case, over everything written in its file."""
    dated = union_all(
        select(JournalEntry.case_id.label("case_id"), JournalEntry.entry_date.label("day")).where(
            JournalEntry.case_id.in_(case_ids)
        ),
        select(FollowUp.case_id, FollowUp.held_on).where(FollowUp.case_id.in_(case_ids)),
        select(MinutesItem.case_id, MinutesItem.written_on).where(
            MinutesItem.case_id.in_(case_ids)
        ),
        select(CaseStatusChange.case_id, CaseStatusChange.changed_on).where(
            CaseStatusChange.case_id.in_(case_ids)
        ),
    ).subquery()
    return select(dated.c.case_id, func.max(dated.c.day)).group_by(dated.c.case_id)


def _pairs(result: Iterable[Any]) -> dict[Any, Any]:
    return {first: second for first, second in result}


def _withdrawn_without_ground(session: Session, ids: Sequence[int]) -> set[int]:
    """Cases with a withdrawal, no consent given after it, and no recorded legal ground."""
    last_withdrawal = _pairs(
        session.execute(
            select(ConsentWithdrawal.case_id, func.max(ConsentWithdrawal.withdrawn_on))
            .where(ConsentWithdrawal.case_id.in_(ids))
            .group_by(ConsentWithdrawal.case_id)
        )
    )
    if not last_withdrawal:
        return set()
    last_consent = _pairs(
        session.execute(
            select(ConsentRecord.case_id, func.max(ConsentRecord.given_on))
            .where(ConsentRecord.case_id.in_(list(last_withdrawal)))
            .group_by(ConsentRecord.case_id)
        )
    )
    grounded = set(
        session.scalars(
            select(RecordedLegalGround.case_id).where(
                RecordedLegalGround.case_id.in_(list(last_withdrawal))
            )
        )
    )
    return {
        case_id
        for case_id, withdrawn in last_withdrawal.items()
        if case_id not in grounded and (last_consent.get(case_id) or date.min) <= withdrawn
    }


def _candidates(
    session: Session, today: date, only: Sequence[int] | None = None
) -> list[RetentionCandidate]:
    by_programme = rules(session)
    query = (
        select(Case.id, Case.case_number, Case.programme, Case.closed_on, Person.birth_date)
        .join(Person, Person.id == Case.person_id)
        .where(Case.status == CaseStatus.CLOSED.value, Case.closed_on.is_not(None))
        .order_by(Case.closed_on, Case.id)
    )
    if only is not None:
        query = query.where(Case.id.in_(list(only)))
    found: list[RetentionCandidate] = []
    rows = session.execute(query).all()
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        ids = [r.id for r in chunk]
        last: dict[int, date] = {
            case_id: day
            for case_id, day in session.execute(
                _last_entries(select(Case.id).where(Case.id.in_(ids)))
            )
        }
        withdrawn = _withdrawn_without_ground(session, ids)
        for r in chunk:
            assert r.closed_on is not None
            facts = RetentionFacts(
                closed_on=r.closed_on,
                last_entry=last.get(r.id) or r.closed_on,
                birth_date=r.birth_date,
                consent_withdrawn_without_ground=r.id in withdrawn,
            )
            due: Due | None = is_due(by_programme[Programme(r.programme)], facts, today)
            if due is not None:
                found.append(
                    RetentionCandidate(
                        r.id,
                        r.case_number,
                        Programme(r.programme),
                        r.closed_on,
                        facts.last_entry,
                        due.on,
                        due.reason,
                    )
                )
    return found


def due_cases(workspace: Workspace, today: date) -> list[RetentionCandidate]:
    """Closed cases due for deletion on ``today``, oldest first (managers and administrators)."""
    workspace.require_role(Role.MANAGER, Role.ADMINISTRATOR)
    with workspace.transaction() as session:
        return _candidates(session, today)


def _keep_counts(session: Session, case: Any) -> None:
    key = (
        case.programme,
        case.referral_date.year,
        case.closed_on.year if case.closed_on else case.referral_date.year,
        case.closing_reason or "",
        case.referral_source,
    )
    row = session.get(RetainedCaseCount, key)
    if row is None:
        session.add(
            RetainedCaseCount(
                programme=key[0],
                referral_year=key[1],
                closed_year=key[2],
                closing_reason=key[3],
                referral_source=key[4],
                count=1,
            )
        )
    else:
        row.count += 1


# What retention reads of a case: no text (a server grants managers no more).
_COUNTED = (
    Case.id,
    Case.person_id,
    Case.programme,
    Case.referral_date,
    Case.referral_source,
    Case.closed_on,
    Case.closing_reason,
)


def _delete_case(session: Session, case: Any) -> None:
    """Delete ``case`` (a row of ``_COUNTED``) and what hangs on it, by the foreign
    keys' cascades: the manager deleting never reads the case file."""
    person_id = case.person_id
    meetings = list(
        session.scalars(select(MeetingCase.meeting_id).where(MeetingCase.case_id == case.id))
    )
    session.execute(
        delete(Case).where(Case.id == case.id).execution_options(synchronize_session=False)
    )
    forget_drafts_of_deleted_case(session, case.id)
    if meetings:
        # A meeting with no case left holds only the invitees' names: it goes too.
        empty = select(Meeting.id).where(
            Meeting.id.in_(meetings),
            ~Meeting.id.in_(select(MeetingCase.meeting_id)),
        )
        session.execute(
            delete(Meeting)
            .where(Meeting.id.in_(empty))
            .execution_options(synchronize_session=False)
        )
    if session.scalar(select(Case.id).where(Case.person_id == person_id).limit(1)) is None:
        session.execute(
            delete(Person)
            .where(Person.id == person_id)
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True)
class DeletionResult:
    deleted: int
    file_wiped: bool | None  # None on a server: no file to rewrite


def delete_cases(
    workspace: Workspace, case_ids: Sequence[int], note: str, today: date | None = None
) -> DeletionResult:
    """Delete the given cases, each of which must be due; managers only.

    The decision's note goes to the audit log (say which decision or plan
    it follows); it must not name the person.
    """
    workspace.require_role(Role.MANAGER)
    cleaned = note.strip()
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Write the decision the deletion follows."))
    day = today or date.today()
    with workspace.transaction() as session:
        due = {c.case_id: c for c in _candidates(session, day, list(case_ids))}
        if set(case_ids) - set(due):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Some of the chosen cases are not due for deletion (any more). "
                    "Nothing was deleted.",
                )
            )
        for case_id in dict.fromkeys(case_ids):
            case = session.execute(select(*_COUNTED).where(Case.id == case_id)).one()
            _keep_counts(session, case)
            audit.log(
                session,
                workspace.user,
                AuditAction.RETENTION_DELETED,
                case_id=case_id,
                record_type="case",
                record_id=case_id,
                reason=cleaned,
                detail=due[case_id].reason.value,
            )
            _delete_case(session, case)
    # A server reclaims the space itself (autovacuum); only a file is rewritten here.
    wiped = None if workspace.on_server else workspace.local_database.wipe_free_pages()
    return DeletionResult(len(set(case_ids)), wiped)
