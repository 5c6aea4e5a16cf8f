"""Consent (samtycke): record, withdraw, attach forms, and the gate every disclosure passes.

Every path by which information about a case leaves it (a meeting invitation,
minutes, a report for a recipient) calls ``require_basis`` and records a
disclosure: without consent in force, the user can go on only by recording
another legal ground with a written reason.

Every call about a case checks that the user may see it (``case_access``);
every record written is logged (``audit.log``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from caseflow.domain import consent as rules
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    CaseConsents,
    ConsentMatrix,
    Coverage,
    Manner,
    Party,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.personnummer import age_at
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import audit, case_access, permissions, programme_config
from caseflow.services.consent_loading import consenter_of, load_case_consents, party_of
from caseflow.services.permissions import Action
from caseflow.services.validation import FieldError, NotFound, required_text
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Case,
    CaseAgency,
    ConsentAttachment,
    ConsentParty,
    ConsentRecord,
    ConsentWithdrawal,
    Disclosure,
    Guardian,
    Person,
    RecordedLegalGround,
    WithdrawalParty,
)

MAX_ATTACHMENT = 20 * 1024 * 1024
ATTACHMENT_TYPES = {
    "application/pdf": (b"%PDF",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
}


class NotCovered(InvalidInput):
    """Sharing with a party has no basis: no consent in force and no legal ground."""

    def __init__(self, coverage: Coverage) -> None:
        self.coverage = coverage
        reasons = "; ".join(reason.render() for reason in coverage.reasons)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{party} may not be told about this case: {reasons}. Record consent, or "
                "another legal ground with a reason, first.",
            ).format(party=coverage.party.label, reasons=reasons)
        )


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class ConsentOverview:
    """Everything the Samtycke tab shows for one case."""

    case_id: int
    consents: CaseConsents
    parties: tuple[Party, ...]
    attachments: dict[int, list[AttachmentInfo]]
    recorded_at: dict[tuple[str, int], datetime]


# --- reading the history -----------------------------------------------------------


def _grounds_by_id(session: Session) -> dict[str, rules.LegalGround]:
    return {g.id: g for g in programme_config.legal_grounds(session)}


def case_consents(session: Session, case: Case) -> CaseConsents:
    """The rules' view of one case, built from its append-only records."""
    return load_case_consents(session, select(literal(case.id)))[case.id]


def _load_case(session: Session, workspace: Workspace, case_id: int) -> Case:
    """The case, once the user may see it."""
    case_access.require_case(session, workspace, case_id)
    case = session.get(Case, case_id)
    assert case is not None  # require_case raised NotFound otherwise
    return case


def _written(
    session: Session, workspace: Workspace, case_id: int, record_type: str, record_id: int
) -> None:
    audit.log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        case_id=case_id,
        record_type=record_type,
        record_id=record_id,
        detail="created",
    )


def _parties_of_interest(session: Session, case: Case, consents: CaseConsents) -> tuple[Party, ...]:
    """The case's involved agencies, then every party a consent or ground has named."""
    found: list[Party] = [
        party_of(a.agency, a.name or "")
        for a in session.scalars(select(CaseAgency).where(CaseAgency.case_id == case.id)).all()
        if a.agency != Agency.SOCIAL_SERVICES.value
    ]
    for item in consents.history:
        found.extend(item.parties)
    found.extend(g.party for g in consents.grounds)
    return tuple(dict.fromkeys(found))


def overview(workspace: Workspace, case_id: int) -> ConsentOverview:
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id)
        consents = case_consents(session, case)
        attachments: dict[int, list[AttachmentInfo]] = {}
        for a in session.execute(
            select(
                ConsentAttachment.id,
                ConsentAttachment.record_id,
                ConsentAttachment.filename,
                ConsentAttachment.media_type,
                ConsentAttachment.size,
            )
            .join(ConsentRecord, ConsentRecord.id == ConsentAttachment.record_id)
            .where(ConsentRecord.case_id == case_id)
        ):
            attachments.setdefault(a.record_id, []).append(
                AttachmentInfo(a.id, a.filename, a.media_type, a.size)
            )
        recorded = {
            ("consent", r.id): r.recorded_at
            for r in session.scalars(select(ConsentRecord).where(ConsentRecord.case_id == case_id))
        }
        recorded |= {
            ("withdrawal", w.id): w.recorded_at
            for w in session.scalars(
                select(ConsentWithdrawal).where(ConsentWithdrawal.case_id == case_id)
            )
        }
        return ConsentOverview(
            case_id, consents, _parties_of_interest(session, case, consents), attachments, recorded
        )


def matrix(workspace: Workspace, case_id: int, on_date: date) -> ConsentMatrix:
    """Parties × the people who must consent, on ``on_date``, each cell with its reason."""
    found = overview(workspace, case_id)
    return rules.consent_matrix(found.consents, found.parties, on_date)


def check(workspace: Workspace, case_id: int, party: Party, on_date: date) -> Coverage:
    with workspace.transaction() as session:
        return rules.coverage(
            case_consents(session, _load_case(session, workspace, case_id)), party, on_date
        )


# --- recording -----------------------------------------------------------------------


def _check_guardian(session: Session, case: Case, guardian_id: int | None) -> str:
    """The consenter's name as recorded; the guardian must belong to the case's person."""
    if guardian_id is None:
        person = session.get(Person, case.person_id)
        assert person is not None
        return f"{person.first_name} {person.last_name}"
    guardian = session.get(Guardian, guardian_id)
    if guardian is None or guardian.person_id != case.person_id:
        raise FieldError("consenter", QT_TRANSLATE_NOOP("Errors", "Choose who gave the consent."))
    return guardian.name


def _as_domain_error(field: str, error: InvalidInput) -> FieldError:
    return FieldError(field, error.text)


def register_consent(
    workspace: Workspace,
    case_id: int,
    guardian_id: int | None,
    parties: Sequence[Party],
    information: str,
    purpose: str,
    given_on: date,
    valid_until: date | None = None,
    manner: Manner = Manner.WRITTEN,
    documented_by: str = "",
) -> int:
    """Record a consent given by the young person (``guardian_id`` None) or a guardian.

    ``valid_until`` defaults to the programme's validity. Records are never
    edited: a change is a new consent, a withdrawal ends one.
    """
    permissions.require(workspace, Action.EDIT_CASE)
    if given_on > date.today():
        raise FieldError("given_on", QT_TRANSLATE_NOOP("Errors", "The date is in the future."))
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id)
        name = _check_guardian(session, case, guardian_id)
        rules_for_case = programme_config.rules_for(session, Programme(case.programme))
        until = valid_until or rules.default_valid_until(rules_for_case, given_on)
        try:
            checked = rules.ConsentRecord(
                consenter=consenter_of(guardian_id, name),
                parties=tuple(parties),
                information=information,
                purpose=purpose,
                given_on=given_on,
                valid_until=until,
                manner=manner,
                documented_by=documented_by,
            )
        except InvalidInput as error:
            raise _as_domain_error("consent", error) from None
        record = ConsentRecord(
            case_id=case.id,
            guardian_id=guardian_id,
            consenter_name=name,
            information=checked.information,
            purpose=checked.purpose,
            manner=manner.value,
            documented_by=checked.documented_by,
            given_on=given_on,
            valid_until=until,
            recorded_by=workspace.user.id,
        )
        record.parties = [
            ConsentParty(position=i, agency=p.agency.value, name=p.name)
            for i, p in enumerate(checked.parties)
        ]
        session.add(record)
        session.flush()
        _written(session, workspace, case.id, "consent", record.id)
        return record.id


def withdraw_consent(
    workspace: Workspace,
    case_id: int,
    guardian_id: int | None,
    withdrawn_on: date,
    parties: Sequence[Party] = (),
    manner: Manner = Manner.WRITTEN,
    received_by: str = "",
) -> int:
    """Record a withdrawal, wholly (no parties) or for the named parties, from its date."""
    permissions.require(workspace, Action.EDIT_CASE)
    if withdrawn_on > date.today():
        raise FieldError("withdrawn_on", QT_TRANSLATE_NOOP("Errors", "The date is in the future."))
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id)
        name = _check_guardian(session, case, guardian_id)
        try:
            checked = rules.Withdrawal(
                consenter=consenter_of(guardian_id, name),
                withdrawn_on=withdrawn_on,
                parties=tuple(parties),
                manner=manner,
                received_by=received_by,
            )
        except InvalidInput as error:
            raise _as_domain_error("withdrawal", error) from None
        withdrawal = ConsentWithdrawal(
            case_id=case.id,
            guardian_id=guardian_id,
            consenter_name=name,
            withdrawn_on=withdrawn_on,
            manner=manner.value,
            received_by=checked.received_by,
            recorded_by=workspace.user.id,
        )
        withdrawal.parties = [
            WithdrawalParty(position=i, agency=p.agency.value, name=p.name)
            for i, p in enumerate(checked.parties)
        ]
        session.add(withdrawal)
        session.flush()
        _written(session, workspace, case.id, "consent_withdrawal", withdrawal.id)
        return withdrawal.id


def attach_form(
    workspace: Workspace, record_id: int, filename: str, data: bytes, media_type: str
) -> int:
    """Keep a scanned consent form (PDF or image) inside the encrypted database."""
    permissions.require(workspace, Action.EDIT_CASE)
    signatures = ATTACHMENT_TYPES.get(media_type)
    if signatures is None or not any(data.startswith(s) for s in signatures):
        raise FieldError(
            "attachment",
            QT_TRANSLATE_NOOP("Errors", "Attach the scanned form as PDF, PNG, JPEG or TIFF."),
        )
    if len(data) > MAX_ATTACHMENT:
        raise FieldError(
            "attachment", QT_TRANSLATE_NOOP("Errors", "The file is larger than 20 MB.")
        )
    with workspace.transaction() as session:
        record = session.get(ConsentRecord, record_id)
        if record is None:
            raise NotFound()
        case_access.require_case(session, workspace, record.case_id)
        attachment = ConsentAttachment(
            record_id=record_id,
            filename=filename.strip()[:255] or "form",
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            content=data,
            added_by=workspace.user.id,
        )
        session.add(attachment)
        session.flush()
        _written(session, workspace, record.case_id, "consent_attachment", attachment.id)
        return attachment.id


def load_attachment(workspace: Workspace, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    with workspace.transaction() as session:
        attachment = session.get(ConsentAttachment, attachment_id)
        if attachment is None:
            raise NotFound()
        case_id = session.scalar(
            select(ConsentRecord.case_id).where(ConsentRecord.id == attachment.record_id)
        )
        assert case_id is not None  # a foreign key with ON DELETE CASCADE
        case_access.require_case(session, workspace, case_id)
        info = AttachmentInfo(
            attachment.id, attachment.filename, attachment.media_type, attachment.size
        )
        return info, attachment.content


def legal_grounds(workspace: Workspace) -> tuple[rules.LegalGround, ...]:
    """The grounds a user can choose from: the defaults and those the unit added."""
    permissions.require(workspace, Action.READ_CASE)
    with workspace.transaction() as session:
        return programme_config.legal_grounds(session)


def record_legal_ground(
    workspace: Workspace,
    case_id: int,
    ground_id: str,
    party: Party,
    reason: str,
    recorded_on: date,
    valid_until: date | None = None,
) -> int:
    """Record that ``party`` may be told on another legal ground, with a written reason."""
    permissions.require(workspace, Action.WRITE_JOURNAL)
    cleaned = required_text("reason", reason, 5000)
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id)
        ground = _grounds_by_id(session).get(ground_id)
        if ground is None:
            raise FieldError("ground", QT_TRANSLATE_NOOP("Errors", "Choose a legal ground."))
        person = session.get(Person, case.person_id)
        assert person is not None
        if not ground.applies(party, age_at(person.birth_date, recorded_on)):
            raise FieldError(
                "ground",
                QT_TRANSLATE_NOOP(
                    "Errors", "That legal ground does not allow sharing with this party."
                ),
            )
        try:
            rules.RecordedGround(ground, cleaned, recorded_on, party, valid_until)
        except InvalidInput as error:
            raise _as_domain_error("valid_until", error) from None
        row = RecordedLegalGround(
            case_id=case.id,
            ground_id=ground.id,
            reason=cleaned,
            agency=party.agency.value,
            party_name=party.name,
            recorded_on=recorded_on,
            valid_until=valid_until,
            recorded_by=workspace.user.id,
        )
        session.add(row)
        session.flush()
        _written(session, workspace, case.id, "legal_ground", row.id)
        return row.id


# --- the gate ------------------------------------------------------------------------


def require_basis(session: Session, case: Case, party: Party, on_date: date) -> Coverage:
    """The coverage for sharing with ``party``; raises NotCovered when there is none."""
    found = rules.coverage(case_consents(session, case), party, on_date)
    if not found.covered:
        raise NotCovered(found)
    return found


def record_disclosure(
    workspace: Workspace, case_id: int, party: Party, what: str, on_date: date
) -> int:
    """Record that ``what`` was told to ``party``; refused without consent or legal ground."""
    permissions.require(workspace, Action.WRITE_JOURNAL)
    cleaned = required_text("what", what, 5000)
    with workspace.transaction() as session:
        case = _load_case(session, workspace, case_id)
        found = require_basis(session, case, party, on_date)
        ground_id = next((g.id for g in found.grounds if g.id is not None), None)
        row = Disclosure(
            case_id=case.id,
            agency=party.agency.value,
            party_name=party.name,
            what=cleaned,
            disclosed_on=on_date,
            basis="consent" if found.by_consent else "legal_ground",
            legal_ground_id=None if found.by_consent else ground_id,
            recorded_by=workspace.user.id,
        )
        session.add(row)
        session.flush()
        _written(session, workspace, case.id, "disclosure", row.id)
        return row.id


@dataclass(frozen=True)
class DisclosureView:
    party: Party
    what: str
    disclosed_on: date
    basis: Text


def disclosures(workspace: Workspace, case_id: int) -> list[DisclosureView]:
    """The disclosure register of one case: who has been told what, when, on which basis."""
    by_consent = QT_TRANSLATE_NOOP("Domain", "Consent")
    by_ground = QT_TRANSLATE_NOOP("Domain", "Legal ground")
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        rows = session.scalars(
            select(Disclosure).where(Disclosure.case_id == case_id).order_by(Disclosure.id)
        ).all()
        return [
            DisclosureView(
                party_of(r.agency, r.party_name),
                r.what,
                r.disclosed_on,
                by_consent if r.basis == "consent" else by_ground,
            )
            for r in rows
        ]
