"""Cases: open, list and search, read, move through the lifecycle, close.

Who may see which case is ``case_access``'s rule, checked here inside each
transaction; opening a case, showing a search and every change are logged
(``audit.log``) in the same transaction as the work they record.

A case carries a version (``CaseDetail.version``). A change made from an
older version is refused (``ChangedMeanwhile``: who changed the case, when,
and what); a refused note or closing summary is kept as a draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caseflow.domain.accounts import Role
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import (
    Agency,
    CaseNumber,
    CaseStatus,
    ClosingReason,
    ReferralSource,
    check_transition,
    looks_like_case_number_prefix,
    next_follow_up,
    validate_closing,
)
from caseflow.domain.errors import InvalidInput, PermissionDenied
from caseflow.domain.programmes import Programme, ProgrammeRules, check_age
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import audit, case_access, drafts, permissions, programme_config
from caseflow.services.people import PersonSummary, summary_of
from caseflow.services.permissions import Action
from caseflow.services.validation import (
    ChangedMeanwhile,
    FieldError,
    NotFound,
    changes_detail,
    check_version,
    locked,
    required_text,
)
from caseflow.services.workspace import Workspace
from caseflow.storage import case_list
from caseflow.storage.case_list import CaseFilter, CaseListRow, Cursor, SortKey
from caseflow.storage.models import (
    Case,
    CaseAgency,
    CaseCounter,
    CaseStaff,
    CaseStatusChange,
    Person,
    User,
)

__all__ = ["CaseFilter", "CaseListRow", "Cursor", "SortKey"]


@dataclass(frozen=True)
class OpenedCase:
    case_id: int
    case_number: str
    warnings: list[Text]


@dataclass(frozen=True)
class StatusChangeView:
    from_status: CaseStatus | None
    to_status: CaseStatus
    changed_on: date
    changed_by: str
    note: str | None


@dataclass(frozen=True)
class AgencyView:
    agency: Agency
    name: str | None
    contact: str | None


@dataclass(frozen=True)
class StaffMember:
    id: int
    display_name: str
    role: Role


@dataclass(frozen=True)
class CaseDetail:
    id: int
    case_number: str
    programme: Programme
    status: CaseStatus
    person: PersonSummary
    referral_date: date
    referral_source: ReferralSource
    referral_reason: str
    responsible: StaffMember | None
    next_follow_up: date | None
    closed_on: date | None
    closing_reason: ClosingReason | None
    closing_summary: str | None
    version: int
    history: list[StatusChangeView] = field(default_factory=list)
    staff: list[StaffMember] = field(default_factory=list)
    agencies: list[AgencyView] = field(default_factory=list)


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseListRow]
    next_cursor: Cursor | None


# --- opening -------------------------------------------------------------------


def _allocate_number(session: Session, programme: Programme, year: int) -> CaseNumber:
    # Inside the opening transaction: two cases can never get one number.
    counter = session.get(CaseCounter, (programme.value, year))
    if counter is None:
        counter = CaseCounter(programme=programme.value, year=year, last_serial=0)
        session.add(counter)
    counter.last_serial += 1
    return CaseNumber(programme, year, counter.last_serial)


def open_case(
    workspace: Workspace,
    person_id: int,
    programme: Programme,
    referral_date: date,
    referral_source: ReferralSource,
    referral_reason: str,
    responsible_user_id: int | None = None,
) -> OpenedCase:
    """Open a case in status 'received'; warn when the age is outside the programme's range."""
    permissions.require(workspace, Action.EDIT_CASE)
    reason = required_text("referral_reason", referral_reason)
    if referral_date > date.today():
        raise FieldError(
            "referral_date", QT_TRANSLATE_NOOP("Errors", "The referral date is in the future.")
        )
    with workspace.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound()
        number = _allocate_number(session, programme, referral_date.year)
        case = Case(
            case_number=str(number),
            programme=programme.value,
            year=number.year,
            serial=number.serial,
            person_id=person.id,
            status=CaseStatus.RECEIVED.value,
            referral_date=referral_date,
            referral_source=referral_source.value,
            referral_reason=reason,
            responsible_user_id=responsible_user_id or workspace.user.id,
        )
        case.status_changes.append(
            CaseStatusChange(
                from_status=None,
                to_status=CaseStatus.RECEIVED.value,
                changed_on=referral_date,
                changed_by=workspace.user.id,
            )
        )
        session.add(case)
        session.flush()
        _written(session, workspace, case.id, "case", "opened")
        # Registered for a colleague: the one who wrote it may still read it now.
        case_access.grant_on_commit(session, workspace, case.id)
        rules = programme_config.rules_for(session, programme)
        warning = check_age(rules, person.birth_date, referral_date)
        return OpenedCase(case.id, case.case_number, [warning] if warning else [])


def programme_rules(workspace: Workspace) -> dict[Programme, ProgrammeRules]:
    """Each programme's rules as this unit has set them (ages, follow-up interval)."""
    permissions.require(workspace, Action.LIST_CASES)
    with workspace.transaction() as session:
        return {p: programme_config.rules_for(session, p) for p in Programme}


# --- listing -------------------------------------------------------------------


def list_cases(
    workspace: Workspace,
    case_filter: CaseFilter,
    sort: SortKey = SortKey.REFERRAL_DATE,
    descending: bool = True,
    after: Cursor | None = None,
    limit: int = 200,
) -> CasePage:
    """One page of the case list, in keyset order.

    The list holds the cases the user may list (``case_access.visible_case_ids``)
    and names only where the user may see them (``case_access.identity_shown``):
    not for managers, not for a protected identity unless assigned. The
    first page of a search is logged with the kind of search, never its text.
    """
    permissions.require(workspace, Action.LIST_CASES)
    identities = permissions.may(workspace, Action.SEE_IDENTITIES)
    text = (case_filter.text or "").strip()
    if not identities and text and not looks_like_case_number_prefix(text):
        # A search by name or personnummer would reveal who has a case.
        raise PermissionDenied()
    with workspace.transaction() as session:
        rows, cursor = case_list.page(
            session,
            case_filter,
            sort,
            descending,
            after,
            limit,
            visible=case_access.visible_case_ids(workspace),
            identity_shown=case_access.identity_shown(workspace),
        )
        if text and after is None:
            audit.log(
                session,
                workspace.user,
                AuditAction.SEARCH_SHOWN,
                record_type="case_list",
                detail=case_list.search_kind(text).value,
            )
    return CasePage(rows, cursor)


def staff_users(workspace: Workspace) -> list[StaffMember]:
    """Active users who can be responsible for a case, for pickers and filters."""
    permissions.require(workspace, Action.LIST_CASES)
    with workspace.transaction() as session:
        users = session.scalars(
            select(User).where(User.is_active.is_(True)).order_by(User.display_name)
        ).all()
        return [
            StaffMember(u.id, u.display_name, Role(u.role))
            for u in users
            if Role(u.role) in (Role.SOCIAL_WORKER, Role.FIELD_ASSISTANT, Role.MANAGER)
        ]


# --- reading -------------------------------------------------------------------


def _member(user: User | None) -> StaffMember | None:
    return StaffMember(user.id, user.display_name, Role(user.role)) if user else None


def get_case(workspace: Workspace, case_id: int, reason: str | None = None) -> CaseDetail:
    """Open a case: its facts, team and history. Every opening is logged.

    A social worker opening a case they are not assigned to gets
    ``case_access.ReasonRequired`` and calls again with ``reason``, which is
    logged with the opening; ``PermissionDenied`` (``NotAssigned``,
    ``ProtectedIdentity``) says when no reason opens it.
    """
    with workspace.transaction() as session:
        given = case_access.require_case(session, workspace, case_id, reason)
        audit.log(session, workspace.user, AuditAction.CASE_OPENED, case_id=case_id, reason=given)
        case = session.scalar(
            select(Case)
            .where(Case.id == case_id)
            .options(
                selectinload(Case.status_changes),
                selectinload(Case.staff),
                selectinload(Case.agencies),
            )
        )
        if case is None:
            raise NotFound()
        person = session.get(Person, case.person_id)
        assert person is not None
        users = {u.id: u for u in session.scalars(select(User)).all()}
        return CaseDetail(
            id=case.id,
            case_number=case.case_number,
            programme=Programme(case.programme),
            status=CaseStatus(case.status),
            person=summary_of(person),
            referral_date=case.referral_date,
            referral_source=ReferralSource(case.referral_source),
            referral_reason=case.referral_reason,
            responsible=_member(users.get(case.responsible_user_id or -1)),
            next_follow_up=case.next_follow_up,
            closed_on=case.closed_on,
            closing_reason=ClosingReason(case.closing_reason) if case.closing_reason else None,
            closing_summary=case.closing_summary,
            version=case.version,
            history=[
                StatusChangeView(
                    CaseStatus(c.from_status) if c.from_status else None,
                    CaseStatus(c.to_status),
                    c.changed_on,
                    users[c.changed_by].display_name,
                    c.note,
                )
                for c in case.status_changes
            ],
            staff=[m for s in case.staff if (m := _member(users.get(s.user_id)))],
            agencies=[AgencyView(Agency(a.agency), a.name, a.contact) for a in case.agencies],
        )


def case_number(workspace: Workspace, case_id: int) -> str:
    """The number of a case the user may see, for a tab that needs no more of it.

    Not an opening (the case's tab logged that): a tab that reloads its part
    of an open case asks this rather than ``get_case``.
    """
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        number = session.scalar(select(Case.case_number).where(Case.id == case_id))
        assert number is not None  # require_case raised NotFound otherwise
        return number


def cases_of_person(workspace: Workspace, person_id: int) -> list[CaseListRow]:
    """Every case one person has had, newest first (SSPF at 14, SIG at 17, ...).

    The same rows as the case list (the cases the user may list); a person
    the user could not find by personnummer is not found here either.
    """
    permissions.require(workspace, Action.READ_CASE)
    with workspace.transaction() as session:
        findable = session.scalar(
            select(Person.id).where(Person.id == person_id, case_access.person_findable(workspace))
        )
        if findable is None:
            raise NotFound()
        rows, _ = case_list.page(
            session,
            CaseFilter(person_id=person_id),
            SortKey.REFERRAL_DATE,
            True,
            None,
            100,
            visible=case_access.visible_case_ids(workspace),
            identity_shown=case_access.identity_shown(workspace),
        )
        return rows


# --- changing ------------------------------------------------------------------


def _not_in_future(field: str, on: date) -> None:
    if on > date.today():
        raise FieldError(field, QT_TRANSLATE_NOOP("Errors", "The date is in the future."))


def _load_case(
    session: Session, workspace: Workspace, case_id: int, expected_version: int | None
) -> Case:
    """The case to change, once the user may see it: locked, and at ``expected_version``."""
    case_access.require_case(session, workspace, case_id)
    case = locked(session, Case, case_id)
    assert case is not None  # require_case raised NotFound otherwise
    check_version(
        session,
        workspace.user.id,
        case.version,
        expected_version,
        "case",
        [("case", case_id)],
        case_id,
    )
    return case


def _keep_refused(
    workspace: Workspace, conflict: ChangedMeanwhile, case_id: int, what: Text, text: str | None
) -> None:
    drafts.keep_refused(workspace, conflict, case_id, what, text or "")


def _written(
    session: Session, workspace: Workspace, case_id: int, record_type: str, detail: str
) -> None:
    audit.log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        case_id=case_id,
        record_type=record_type,
        record_id=case_id,
        detail=detail,
    )


def change_status(
    workspace: Workspace,
    case_id: int,
    new_status: CaseStatus,
    on: date,
    note: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Move a case one step in its lifecycle; closing goes through ``close_case``.

    Refused with ``ChangedMeanwhile`` when the case is no longer at
    ``expected_version`` (None: whatever it is at); the note is then kept as a draft.
    """
    permissions.require(workspace, Action.EDIT_CASE)
    if new_status is CaseStatus.CLOSED:
        raise FieldError(
            "status", QT_TRANSLATE_NOOP("Errors", "Close a case with a reason and a summary.")
        )
    _not_in_future("changed_on", on)
    try:
        _change_status(workspace, case_id, new_status, on, note, expected_version)
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Note on the status change of {date}")
        _keep_refused(workspace, conflict, case_id, what.format(date=on.isoformat()), note)
        raise


def _change_status(
    workspace: Workspace,
    case_id: int,
    new_status: CaseStatus,
    on: date,
    note: str | None,
    expected_version: int | None,
) -> None:
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id, expected_version)
        if on < case.referral_date:
            raise FieldError(
                "changed_on",
                QT_TRANSLATE_NOOP("Errors", "The date is before the case's referral date."),
            )
        old = CaseStatus(case.status)
        check_transition(old, new_status)
        _record_transition(case, old, new_status, on, workspace.user.id, note)
        _written(session, workspace, case.id, "case", f"status {new_status.value}")
        if new_status is CaseStatus.ACTIVE and case.next_follow_up is None:
            rules = programme_config.rules_for(session, Programme(case.programme))
            interval = rules.follow_up_interval_days
            case.next_follow_up = next_follow_up(on, interval)


def _record_transition(
    case: Case, old: CaseStatus, new: CaseStatus, on: date, user_id: int, note: str | None
) -> None:
    case.status = new.value
    case.version += 1
    case.status_changes.append(
        CaseStatusChange(
            from_status=old.value,
            to_status=new.value,
            changed_on=on,
            changed_by=user_id,
            note=(note or "").strip() or None,
        )
    )


def close_case(
    workspace: Workspace,
    case_id: int,
    reason: ClosingReason,
    summary: str,
    on: date,
    expected_version: int | None = None,
) -> None:
    """Close a case; a reason and a closing summary are required.

    Refused with ``ChangedMeanwhile`` when the case is no longer at
    ``expected_version`` (None: whatever it is at); the summary is then kept
    as a draft.
    """
    permissions.require(workspace, Action.EDIT_CASE)
    try:
        cleaned = validate_closing(reason, summary)
    except InvalidInput as error:
        raise FieldError("closing_summary", error.text) from None
    _not_in_future("closed_on", on)
    try:
        _close(workspace, case_id, reason, cleaned, on, expected_version)
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Closing summary")
        _keep_refused(workspace, conflict, case_id, what, summary)
        raise


def _close(
    workspace: Workspace,
    case_id: int,
    reason: ClosingReason,
    cleaned: str,
    on: date,
    expected_version: int | None,
) -> None:
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id, expected_version)
        old = CaseStatus(case.status)
        check_transition(old, CaseStatus.CLOSED)
        if on < case.referral_date:
            raise FieldError(
                "closed_on",
                QT_TRANSLATE_NOOP("Errors", "A case cannot close before its referral date."),
            )
        _record_transition(case, old, CaseStatus.CLOSED, on, workspace.user.id, None)
        case.closed_on = on
        case.closing_reason = reason.value
        case.closing_summary = cleaned
        case.next_follow_up = None
        _written(session, workspace, case.id, "case", f"status {CaseStatus.CLOSED.value}")


def set_team(
    workspace: Workspace,
    case_id: int,
    responsible_user_id: int,
    staff_user_ids: list[int],
    agencies: list[AgencyView],
    expected_version: int | None = None,
) -> None:
    """Change the responsible worker, the other staff and the agencies in one transaction.

    Refused with ``ChangedMeanwhile`` when the case is no longer at
    ``expected_version`` (None: whatever it is at); the agencies' names and
    contacts typed are then kept as a draft.
    """
    permissions.require(workspace, Action.EDIT_CASE)
    try:
        with workspace.transaction() as session:
            case = _load_case(session, workspace, case_id, expected_version)
            before = _team_of(case)
            _apply_responsible(session, case, responsible_user_id)
            _apply_staff(case, staff_user_ids)
            _apply_agencies(case, agencies)
            after = _team_of(case)
            fields = [f for f, a, b in zip(_TEAM_FIELDS, before, after, strict=True) if a != b]
            case.version += 1
            _written(session, workspace, case.id, "case", changes_detail("team", fields))
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Agencies of the case")
        _keep_refused(workspace, conflict, case_id, what, _agency_lines(agencies))
        raise


_TEAM_FIELDS = ("responsible", "staff", "agencies")


def _team_of(case: Case) -> tuple[object, ...]:
    return (
        case.responsible_user_id,
        sorted(s.user_id for s in case.staff),
        [(a.agency, a.name, a.contact) for a in case.agencies],
    )


def _agency_lines(agencies: list[AgencyView]) -> str:
    return "\n".join(
        " – ".join(part for part in (a.agency.label.render(), a.name, a.contact) if part)
        for a in agencies
        if a.name or a.contact
    )


def _apply_responsible(session: Session, case: Case, user_id: int) -> None:
    if session.get(User, user_id) is None:
        raise NotFound()
    case.responsible_user_id = user_id


def _apply_staff(case: Case, user_ids: list[int]) -> None:
    case.staff = [CaseStaff(case_id=case.id, user_id=u) for u in dict.fromkeys(user_ids)]


def _apply_agencies(case: Case, agencies: list[AgencyView]) -> None:
    case.agencies = [
        CaseAgency(case_id=case.id, agency=a.agency.value, name=a.name, contact=a.contact)
        for a in agencies
    ]


def set_staff(
    workspace: Workspace, case_id: int, user_ids: list[int], expected_version: int | None = None
) -> None:
    permissions.require(workspace, Action.EDIT_CASE)
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id, expected_version)
        _apply_staff(case, user_ids)
        case.version += 1
        _written(session, workspace, case.id, "case", "staff")


def set_agencies(
    workspace: Workspace,
    case_id: int,
    agencies: list[AgencyView],
    expected_version: int | None = None,
) -> None:
    permissions.require(workspace, Action.EDIT_CASE)
    try:
        with workspace.transaction() as session:
            case = _load_case(session, workspace, case_id, expected_version)
            _apply_agencies(case, agencies)
            case.version += 1
            _written(session, workspace, case.id, "case", "agencies")
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Agencies of the case")
        _keep_refused(workspace, conflict, case_id, what, _agency_lines(agencies))
        raise
