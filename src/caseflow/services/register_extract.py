"""The register extract (registerutdrag, GDPR article 15): everything stored about one person.

A person may ask for all personal data kept about them and must get it in
readable form. ``register_extract_pdf`` finds the person by personnummer (or
samordningsnummer, in any written form), gathers every case of theirs with
what it holds, and the audit log's entries about those cases (who opened,
wrote in or printed from them, when and why), and prints it.

What is in it, and what is not:

- the person record with contacts, also under a protected identity (it is
  their own data; the extract then says it holds protected data on every
  page), and their guardians by name and custody (not the guardians' own
  contacts or numbers: those are the guardians' data);
- per case: facts, status history, staff and agencies, consents with
  withdrawals and the legal grounds recorded instead (also grounds the unit
  has since retired), the disclosure register, assessments, goals with their
  history, follow-ups, activities and agreed actions, the meetings about the
  case with **this case's** minutes items only (a shared sitting's other
  cases are never read), and the signed journal with its corrections;
- not: unsigned journal entries (their author's work in progress; the
  extract gives their count), editors' unsaved drafts, a meeting's own
  preparation notes (a shared sitting's notes are about several people).

Reads go case by case, and the journal and the audit log are streamed in
chunks (``yield_per``) as plain rows, so a person with several cases and
hundreds of entries costs no ORM object per row. Only social workers
produce extracts (social services hands it to the person); each case's
audit log then records ``report_produced`` with detail ``register_extract``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from caseflow.domain import personnummer as pnr
from caseflow.domain.accounts import Role
from caseflow.domain.assessment import CATALOGUE, FactorPresence, LifeDomain
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import (
    ActivityStatus,
    Agency,
    CaseStatus,
    ClosingReason,
    GoalStatus,
    JournalEntryType,
    ReferralSource,
)
from caseflow.domain.consent import CaseConsents, ConsentRecord, Withdrawal
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import MeetingTypeDef, MinutesStatus, find_meeting_type
from caseflow.domain.programmes import Programme
from caseflow.domain.report_scope import consent_state
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports import register_extract as report
from caseflow.services import audit, case_access, meeting_documents, meetings, programme_config
from caseflow.services.consent_loading import load_case_consents, party_of
from caseflow.services.workspace import Workspace
from caseflow.storage import models
from caseflow.storage.models import (
    Activity,
    Assessment,
    AssessmentFactor,
    AuditLogEntry,
    Case,
    CaseAgency,
    CaseStaff,
    CaseStatusChange,
    ConsentAttachment,
    Disclosure,
    FollowUp,
    Goal,
    GoalStatusRecord,
    Guardian,
    JournalEntry,
    Meeting,
    MeetingAttendance,
    MeetingCase,
    MeetingParticipant,
    MinutesItem,
    Person,
    RecordedLegalGround,
    User,
)

__all__ = ["UnknownPerson", "find_person_id", "register_extract_data", "register_extract_pdf"]

WHO_MAY = (Role.SOCIAL_WORKER,)
CHUNK = 200  # rows per fetch for the long reads (journal, audit log)
AUDIT_DETAIL = "register_extract"

PHONE = QT_TRANSLATE_NOOP("RegisterExtract", "Phone")
EMAIL = QT_TRANSLATE_NOOP("RegisterExtract", "Email")
ADDRESS = QT_TRANSLATE_NOOP("RegisterExtract", "Address")
SCHOOL = QT_TRANSLATE_NOOP("RegisterExtract", "School")
SEXES = {
    "female": QT_TRANSLATE_NOOP("RegisterExtract", "Female"),
    "male": QT_TRANSLATE_NOOP("RegisterExtract", "Male"),
    "other": QT_TRANSLATE_NOOP("RegisterExtract", "Other"),
}
CANCELLED = QT_TRANSLATE_NOOP("RegisterExtract", "Cancelled")
AGREED_AT = QT_TRANSLATE_NOOP("RegisterExtract", "Agreed at the meeting on {date}, § {number}")
FACTOR_DETAIL = QT_TRANSLATE_NOOP("RegisterExtract", "{domain} · {kind}")
BY_CONSENT = QT_TRANSLATE_NOOP("RegisterExtract", "Consent")
BY_GROUND = QT_TRANSLATE_NOOP("RegisterExtract", "Legal ground {citation}")
LEGAL_GROUND = QT_TRANSLATE_NOOP("RegisterExtract", "Legal ground")
# Logged as the reason for opening a case the user is not assigned to.
EXTRACT_REASON = QT_TRANSLATE_NOOP(
    "RegisterExtract", "Register extract requested by the person (GDPR article 15)"
)
PRESENT_AS = QT_TRANSLATE_NOOP("RegisterExtract", "{name} ({agency})")


class UnknownPerson(InvalidInput):
    """No person is registered with the personnummer asked about."""

    default_text = QT_TRANSLATE_NOOP(
        "RegisterExtract", "No person with that personal identity number is registered."
    )


# --- the API -------------------------------------------------------------------------------


def find_person_id(workspace: Workspace, personnummer: str) -> int:
    """The id of the person with this personnummer or samordningsnummer (any written form).

    Raises ``InvalidPersonnummer`` (saying what is wrong with the number) or
    ``UnknownPerson``.
    """
    workspace.require_role(*WHO_MAY)
    digits = pnr.parse(personnummer).digits12()
    with workspace.transaction() as session:
        # A protected identity is found only by staff assigned to one of the person's cases.
        found = session.scalar(
            select(Person.id).where(
                Person.personnummer == digits, case_access.person_findable(workspace)
            )
        )
    if found is None:
        raise UnknownPerson(
            QT_TRANSLATE_NOOP(
                "RegisterExtract", "No person with personal identity number {number} is registered."
            ).format(number=pnr.format_digits12(digits))
        )
    return found


def register_extract_data(
    workspace: Workspace, person_id: int, on_date: date | None = None, reason: str | None = None
) -> report.RegisterExtractData:
    """Everything stored about the person, read in one transaction.

    Every case is opened as ``cases.get_case`` opens one (``case_access``),
    before anything is read: a case the user is not assigned to opens with
    ``reason`` (default: the register extract itself), and a protected
    identity only for assigned staff. Each opening is logged.
    """
    workspace.require_role(*WHO_MAY)
    why = reason if reason is not None else EXTRACT_REASON.render()
    day = on_date or date.today()
    types = meetings.meeting_types(workspace)
    imprint = meeting_documents.imprint(workspace)
    with workspace.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson()
        case_rows = list(
            session.scalars(
                select(Case)
                .where(Case.person_id == person.id)
                .order_by(Case.referral_date, Case.id)
            )
        )
        if not case_rows:
            case_access.require_person(session, workspace, person.id)
        for case in case_rows:
            given = case_access.require_case(session, workspace, case.id, why)
            audit.log(
                session,
                workspace.user,
                AuditAction.CASE_OPENED,
                case_id=case.id,
                reason=given,
                detail=AUDIT_DETAIL,
            )
        consents = load_case_consents(session, select(Case.id).where(Case.person_id == person.id))
        names = _Names(session)
        parts = []
        for case in case_rows:
            gatherer = _CaseGatherer(session, case, names, types, day)
            parts.append(gatherer.part(consents[case.id]))
            session.expunge_all()  # what one case loaded is not needed for the next
        return report.RegisterExtractData(
            on_date=day,
            imprint=imprint,
            person=_person_part(session, person_id),
            cases=tuple(parts),
            access_log=tuple(_access_log(session, [c.id for c in case_rows], names)),
        )


def register_extract_pdf(
    workspace: Workspace,
    personnummer: str,
    translate: Translate | None = None,
    *,
    language: str = "",
    on_date: date | None = None,
    reason: str | None = None,
) -> bytes:
    """The register extract of the person with ``personnummer``, as PDF bytes.

    Raises ``InvalidPersonnummer``, ``UnknownPerson``, or ``PermissionDenied``
    (anyone but a social worker; ``ProtectedIdentity`` for staff not
    assigned to a protected person's case). Each of the person's cases gets
    a ``report_produced`` entry in the audit log (one entry about the
    person when they have no case).
    """
    person_id = find_person_id(workspace, personnummer)
    data = register_extract_data(workspace, person_id, on_date, reason)
    pdf = report.render_register_extract(data, translate, language)
    _log(workspace, person_id)
    return pdf


# --- the person ------------------------------------------------------------------------------


def _person_part(session: Session, person_id: int) -> report.PersonPart:
    person = session.get(Person, person_id)
    assert person is not None
    school = ", ".join(s for s in (person.school, person.school_class) if s)
    contacts = tuple(
        (label, value)
        for label, value in (
            (PHONE, person.phone),
            (EMAIL, person.email),
            (ADDRESS, person.address),
            (SCHOOL, school),
        )
        if value
    )
    guardians = session.execute(
        select(Guardian.name, Guardian.has_custody, Guardian.no_information)
        .where(Guardian.person_id == person_id)
        .order_by(Guardian.id)
    )
    return report.PersonPart(
        name=f"{person.first_name} {person.last_name}",
        personnummer=pnr.format_digits12(person.personnummer) or "",  # "" without a number
        coordination_number=person.is_coordination_number,
        birth_date=person.birth_date,
        sex=SEXES.get(person.sex or ""),
        protected_identity=person.protected_identity,
        contacts=contacts,
        guardians=tuple(report.GuardianLine(*g) for g in guardians),
        registered_on=person.created_at.astimezone().date(),
    )


# --- one case ----------------------------------------------------------------------------------


class _Names:
    """Users' display names, read for the ids a section needs (never the whole table)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[int, str] = {}

    def load(self, ids: Iterable[int | None]) -> None:
        wanted = {i for i in ids if i is not None and i not in self._known}
        if wanted:
            rows = self._session.execute(
                select(User.id, User.display_name).where(User.id.in_(wanted))
            )
            self._known.update((user_id, name) for user_id, name in rows)

    def get(self, user_id: int | None, fallback: str = "") -> str:
        if user_id is None:
            return fallback
        self.load([user_id])
        return self._known.get(user_id, fallback)


_Ts = TypeVarTuple("_Ts")


def _stream(session: Session, statement: Select[*_Ts]) -> Iterator[Row[*_Ts]]:
    """The rows of ``statement`` fetched ``CHUNK`` at a time, not all at once."""
    yield from session.execute(statement.execution_options(yield_per=CHUNK))


class _CaseGatherer:
    """Reads one case, section by section, with queries that select by the case."""

    def __init__(
        self,
        session: Session,
        case: Case,
        names: _Names,
        types: Sequence[MeetingTypeDef],
        day: date,
    ) -> None:
        self.session, self.case, self.names, self.types, self.day = (
            session,
            case,
            names,
            types,
            day,
        )

    def part(self, consents: CaseConsents) -> report.CasePart:
        case, names = self.case, self.names
        programme = programme_config.rules_for(self.session, Programme(case.programme))
        staff = self.session.scalars(select(CaseStaff.user_id).where(CaseStaff.case_id == case.id))
        journal, unsigned = self._journal()
        meeting_parts, agreed = self._meetings()
        return report.CasePart(
            case_number=case.case_number,
            programme=programme.name,
            status=CaseStatus(case.status).label,
            referral_date=case.referral_date,
            referral_source=ReferralSource(case.referral_source).label,
            referral_reason=case.referral_reason,
            responsible=names.get(case.responsible_user_id),
            staff=tuple(sorted(names.get(u) for u in staff)),
            closed_on=case.closed_on,
            closing_reason=ClosingReason(case.closing_reason).label
            if case.closing_reason
            else None,
            closing_summary=case.closing_summary or "",
            status_history=self._status_history(),
            agencies=self._agencies(),
            consents=self._consents(consents),
            withdrawals=self._withdrawals(consents),
            grounds=self._grounds(),
            disclosures=self._disclosures(),
            assessments=self._assessments(),
            goals=self._goals(),
            follow_ups=self._follow_ups(),
            actions=self._actions(agreed),
            meetings=meeting_parts,
            journal=journal,
            unsigned_entries=unsigned,
        )

    # --- the case's own records ------------------------------------------------------------

    def _status_history(self) -> tuple[report.StatusLine, ...]:
        rows = list(
            self.session.execute(
                select(
                    CaseStatusChange.changed_on,
                    CaseStatusChange.from_status,
                    CaseStatusChange.to_status,
                    CaseStatusChange.changed_by,
                    CaseStatusChange.note,
                )
                .where(CaseStatusChange.case_id == self.case.id)
                .order_by(CaseStatusChange.id)
            )
        )
        self.names.load(r.changed_by for r in rows)
        return tuple(
            report.StatusLine(
                r.changed_on,
                CaseStatus(r.from_status).label if r.from_status else None,
                CaseStatus(r.to_status).label,
                self.names.get(r.changed_by),
                r.note or "",
            )
            for r in rows
        )

    def _agencies(self) -> tuple[report.AgencyLine, ...]:
        rows = self.session.execute(
            select(CaseAgency.agency, CaseAgency.name, CaseAgency.contact)
            .where(CaseAgency.case_id == self.case.id)
            .order_by(CaseAgency.id)
        )
        return tuple(report.AgencyLine(Agency(a).label, n or "", c or "") for a, n, c in rows)

    def _consents(self, consents: CaseConsents) -> tuple[report.ConsentLine, ...]:
        forms: dict[int, list[str]] = {}
        for record_id, filename in self.session.execute(
            select(ConsentAttachment.record_id, ConsentAttachment.filename)
            .join(models.ConsentRecord, models.ConsentRecord.id == ConsentAttachment.record_id)
            .where(models.ConsentRecord.case_id == self.case.id)
            .order_by(ConsentAttachment.id)
        ):
            forms.setdefault(record_id, []).append(filename)
        return tuple(
            report.ConsentLine(
                who=consents.title(item.consenter),
                parties=tuple(p.label for p in item.parties),
                information=item.information,
                purpose=item.purpose,
                given_on=item.given_on,
                valid_until=item.valid_until,
                manner=item.manner.label,
                documented_by=item.documented_by,
                state=consent_state(consents, item, self.day),
                forms=tuple(forms.get(item.id or 0, ())),
            )
            for item in consents.history
            if isinstance(item, ConsentRecord)
        )

    def _withdrawals(self, consents: CaseConsents) -> tuple[report.WithdrawalLine, ...]:
        return tuple(
            report.WithdrawalLine(
                consents.title(item.consenter),
                item.withdrawn_on,
                tuple(p.label for p in item.parties),
                item.manner.label,
                item.received_by,
            )
            for item in consents.history
            if isinstance(item, Withdrawal)
        )

    def _ground_citations(self) -> dict[str, tuple[str, Text | str]]:
        known = programme_config.legal_grounds(self.session)
        return {g.id: (g.citation, g.title) for g in known}

    def _grounds(self) -> tuple[report.GroundLine, ...]:
        # Read from the rows, not the consent rules: a ground the unit has since
        # retired no longer covers anything but is still stored about the person.
        known = self._ground_citations()
        rows = list(
            self.session.scalars(
                select(RecordedLegalGround)
                .where(RecordedLegalGround.case_id == self.case.id)
                .order_by(RecordedLegalGround.recorded_on, RecordedLegalGround.id)
            )
        )
        self.names.load(r.recorded_by for r in rows)
        lines = []
        for r in rows:
            citation, title = known.get(r.ground_id, (r.ground_id, ""))
            lines.append(
                report.GroundLine(
                    citation=citation,
                    title=title,
                    party=party_of(r.agency, r.party_name).label,
                    recorded_on=r.recorded_on,
                    valid_until=r.valid_until or r.recorded_on,
                    reason=r.reason,
                    recorded_by=self.names.get(r.recorded_by),
                )
            )
        return tuple(lines)

    def _disclosures(self) -> tuple[report.DisclosureLine, ...]:
        known = self._ground_citations()
        rows = list(
            self.session.execute(
                select(Disclosure, RecordedLegalGround.ground_id)
                .outerjoin(
                    RecordedLegalGround, RecordedLegalGround.id == Disclosure.legal_ground_id
                )
                .where(Disclosure.case_id == self.case.id)
                .order_by(Disclosure.disclosed_on, Disclosure.id)
            )
        )
        self.names.load(d.recorded_by for d, _ in rows)
        lines = []
        for d, ground_id in rows:
            if d.basis == "consent":
                basis: Text = BY_CONSENT
            else:
                citation = known[ground_id][0] if ground_id in known else ground_id
                basis = BY_GROUND.format(citation=citation) if citation else LEGAL_GROUND
            lines.append(
                report.DisclosureLine(
                    disclosed_on=d.disclosed_on,
                    party=party_of(d.agency, d.party_name).label,
                    what=d.what,
                    basis=basis,
                    recorded_by=self.names.get(d.recorded_by),
                )
            )
        return tuple(lines)

    # --- assessments and the plan ---------------------------------------------------------

    def _assessments(self) -> tuple[report.AssessmentPart, ...]:
        rows = list(
            self.session.execute(
                select(
                    Assessment.id, Assessment.assessed_on, Assessment.author_id, Assessment.summary
                )
                .where(Assessment.case_id == self.case.id)
                .order_by(Assessment.assessed_on, Assessment.id)
            )
        )
        factors: dict[int, dict[str, tuple[str, str]]] = {r.id: {} for r in rows}
        if rows:
            for f in self.session.execute(
                select(
                    AssessmentFactor.assessment_id,
                    AssessmentFactor.factor_key,
                    AssessmentFactor.presence,
                    AssessmentFactor.comment,
                ).where(AssessmentFactor.assessment_id.in_(list(factors)))
            ):
                factors[f.assessment_id][f.factor_key] = (f.presence, f.comment)
        self.names.load(r.author_id for r in rows)
        return tuple(
            report.AssessmentPart(
                r.assessed_on,
                self.names.get(r.author_id),
                r.summary,
                _factor_lines(factors[r.id]),
            )
            for r in rows
        )

    def _goals(self) -> tuple[report.GoalPart, ...]:
        goals = list(
            self.session.execute(
                select(Goal.id, Goal.text, Goal.life_domain, Goal.target_date, Goal.status)
                .where(Goal.case_id == self.case.id)
                .order_by(Goal.id)
            )
        )
        history: dict[int, list[report.GoalStatusLine]] = {g.id: [] for g in goals}
        if goals:
            records = list(
                self.session.execute(
                    select(
                        GoalStatusRecord.goal_id,
                        GoalStatusRecord.recorded_on,
                        GoalStatusRecord.status,
                        GoalStatusRecord.note,
                        GoalStatusRecord.author_id,
                    )
                    .where(GoalStatusRecord.goal_id.in_(list(history)))
                    .order_by(GoalStatusRecord.recorded_on, GoalStatusRecord.id)
                )
            )
            self.names.load(r.author_id for r in records)
            for r in records:
                history[r.goal_id].append(
                    report.GoalStatusLine(
                        r.recorded_on,
                        GoalStatus(r.status).label,
                        r.note,
                        self.names.get(r.author_id),
                    )
                )
        return tuple(
            report.GoalPart(
                g.text,
                LifeDomain(g.life_domain).label,
                g.target_date,
                GoalStatus(g.status).label,
                tuple(history[g.id]),
            )
            for g in goals
        )

    def _follow_ups(self) -> tuple[report.FollowUpLine, ...]:
        rows = list(
            self.session.execute(
                select(FollowUp.held_on, FollowUp.author_id, FollowUp.summary)
                .where(FollowUp.case_id == self.case.id)
                .order_by(FollowUp.held_on, FollowUp.id)
            )
        )
        self.names.load(r.author_id for r in rows)
        return tuple(
            report.FollowUpLine(r.held_on, self.names.get(r.author_id), r.summary) for r in rows
        )

    def _actions(self, agreed: dict[int, Text]) -> tuple[report.ActionLine, ...]:
        rows = self.session.execute(
            select(
                Activity.what,
                Activity.agency,
                Activity.responsible_person,
                Activity.due_date,
                Activity.status,
                Activity.minutes_item_id,
            )
            .where(Activity.case_id == self.case.id)
            .order_by(Activity.id)
        )
        return tuple(
            report.ActionLine(
                r.what,
                Agency(r.agency).label,
                r.responsible_person,
                r.due_date,
                ActivityStatus(r.status).label,
                agreed.get(r.minutes_item_id) if r.minutes_item_id is not None else None,
            )
            for r in rows
        )

    # --- meetings and the journal -----------------------------------------------------------

    def _meetings(self) -> tuple[tuple[report.MeetingPart, ...], dict[int, Text]]:
        """The case's meetings with this case's items only, and where each action was agreed."""
        case_id = self.case.id
        rows = list(
            self.session.execute(
                select(
                    Meeting.id,
                    Meeting.starts_at,
                    Meeting.type_key,
                    Meeting.place,
                    Meeting.cancelled,
                    Meeting.minutes_status,
                )
                .join(MeetingCase, MeetingCase.meeting_id == Meeting.id)
                .where(MeetingCase.case_id == case_id)
                .order_by(Meeting.starts_at, Meeting.id)
            )
        )
        starts = {r.id: r.starts_at for r in rows}
        present: dict[int, list[Text]] = {}
        for meeting_id, name, agency in self.session.execute(
            select(
                MeetingParticipant.meeting_id, MeetingParticipant.name, MeetingParticipant.agency
            )
            .join(MeetingAttendance, MeetingAttendance.participant_id == MeetingParticipant.id)
            .where(MeetingAttendance.case_id == case_id)
            .order_by(MeetingParticipant.id)
        ):
            present.setdefault(meeting_id, []).append(
                PRESENT_AS.format(name=name, agency=Agency(agency).label)
            )
        items: dict[int, list[report.MinutesItemLine]] = {}
        agreed: dict[int, Text] = {}
        # The one filter that keeps a shared sitting's other cases out: this case's items.
        item_rows = list(
            self.session.scalars(
                select(MinutesItem)
                .where(MinutesItem.case_id == case_id)
                .order_by(MinutesItem.meeting_id, MinutesItem.number)
            )
        )
        self.names.load(i.written_by for i in item_rows)
        for i in item_rows:
            items.setdefault(i.meeting_id, []).append(
                report.MinutesItemLine(
                    i.number,
                    i.heading,
                    i.notes,
                    i.decisions,
                    i.next_date,
                    i.corrects_number,
                    self.names.get(i.written_by),
                    i.written_on,
                )
            )
            when = starts.get(i.meeting_id)
            agreed[i.id] = AGREED_AT.format(
                date=when.date().isoformat() if when else "", number=i.number
            )
        parts = tuple(
            report.MeetingPart(
                starts_at=r.starts_at,
                kind=_kind(self.types, r.type_key),
                place=r.place,
                status=CANCELLED if r.cancelled else MinutesStatus(r.minutes_status).label,
                present=tuple(present.get(r.id, ())),
                items=tuple(items.get(r.id, ())),
            )
            for r in rows
        )
        return parts, agreed

    def _journal(self) -> tuple[tuple[report.JournalLine, ...], int]:
        """The signed entries, oldest first and numbered, and how many are unsigned."""
        rows = []
        numbers: dict[int, int] = {}
        authors: set[int] = set()
        statement = (
            select(
                JournalEntry.id,
                JournalEntry.entry_date,
                JournalEntry.entry_type,
                JournalEntry.text,
                JournalEntry.author_id,
                JournalEntry.signed_at,
                JournalEntry.corrects_id,
            )
            .where(JournalEntry.case_id == self.case.id, JournalEntry.signed_at.is_not(None))
            .order_by(JournalEntry.entry_date, JournalEntry.id)
        )
        for number, r in enumerate(_stream(self.session, statement), start=1):
            numbers[r.id] = number
            authors.add(r.author_id)
            rows.append((number, r))
        self.names.load(authors)
        lines = tuple(
            report.JournalLine(
                number=number,
                entry_date=r.entry_date,
                entry_type=JournalEntryType(r.entry_type).label,
                author=self.names.get(r.author_id),
                signed_at=r.signed_at.astimezone(),
                text=r.text,
                corrects=numbers.get(r.corrects_id) if r.corrects_id is not None else None,
            )
            for number, r in rows
        )
        unsigned = self.session.scalar(
            select(func.count(JournalEntry.id)).where(
                JournalEntry.case_id == self.case.id, JournalEntry.signed_at.is_(None)
            )
        )
        return lines, unsigned or 0


def _factor_lines(found: dict[str, tuple[str, str]]) -> tuple[report.FactorLine, ...]:
    """The assessed factors in the catalogue's order (a retired key last, as stored)."""
    lines = []
    for factor in CATALOGUE:
        if factor.key in found:
            presence, comment = found.pop(factor.key)
            lines.append(
                report.FactorLine(
                    factor.label,
                    FACTOR_DETAIL.format(domain=factor.domain.label, kind=factor.kind.label),
                    FactorPresence(presence).label,
                    comment,
                )
            )
    for key, (presence, comment) in sorted(found.items()):
        lines.append(report.FactorLine(key, "", FactorPresence(presence).label, comment))
    return tuple(lines)


def _kind(types: Sequence[MeetingTypeDef], key: str) -> Text | str:
    found = find_meeting_type(types, key)
    return found.label if found is not None else key


# --- the access log ----------------------------------------------------------------------------


def _access_log(
    session: Session, case_ids: list[int], names: _Names
) -> Iterator[report.AccessLine]:
    """The audit log's entries about the cases, oldest first, read a chunk at a time."""
    if not case_ids:
        return
    statement = (
        select(
            AuditLogEntry.at,
            AuditLogEntry.user_id,
            AuditLogEntry.username,
            AuditLogEntry.action,
            AuditLogEntry.case_number,
            AuditLogEntry.reason,
        )
        .where(AuditLogEntry.case_id.in_(case_ids))
        .order_by(AuditLogEntry.id)
    )
    for r in _stream(session, statement):
        yield report.AccessLine(
            at=r.at.astimezone(),
            # The user's name now; a removed account by its user name (the log keeps it).
            user=names.get(r.user_id, r.username) or r.username,
            action=_action_label(r.action),
            case_number=r.case_number,
            reason=r.reason,
        )


def _action_label(action: str) -> Text | str:
    try:
        return AuditAction(action).label
    except ValueError:
        return action


def _log(workspace: Workspace, person_id: int) -> None:
    with workspace.transaction() as session:
        case_ids: Sequence[int | None] = list(
            session.scalars(select(Case.id).where(Case.person_id == person_id).order_by(Case.id))
        )
        for case_id in case_ids or (None,):
            audit.log(
                session,
                workspace.user,
                AuditAction.REPORT_PRODUCED,
                case_id=case_id,
                record_type="person",
                record_id=person_id,
                detail=AUDIT_DETAIL,
            )
