"""The case follow-up report: gather it as plain data, print it, record its disclosure.

``case_report_data`` reads one case in one transaction, with queries that
each select by the case (no table is read whole: a case with hundreds of
journal entries costs one count), and cuts the result to its reader with
``caseflow.domain.report_scope``: the case file's copy holds everything the
follow-up report covers; a copy for a recipient (the school, the police)
holds only what consent or a recorded legal ground covers for that recipient
on the print date, and is refused with the rules' reasons (``NotCovered``)
when nothing does. The journal is in no copy: the file copy says how many
entries there are.

``case_report_pdf`` prints the report and, for a recipient, records the
disclosure (``services.consent.record_disclosure``, which checks the basis
again in its own transaction). A front end that previews before handing out
calls ``case_report_pdf(..., record=False)`` and ``record_report_disclosure``
when the copy is printed or saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from caseflow.domain import consent as rules
from caseflow.domain.assessment import (
    CATALOGUE,
    FactorPresence,
    LifeDomain,
    compare_assessments,
)
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import (
    ActivityStatus,
    Agency,
    CaseStatus,
    ClosingReason,
    GoalStatus,
    ReferralSource,
    parse_case_number,
)
from caseflow.domain.consent import CaseConsents, Party
from caseflow.domain.meetings import MeetingTypeDef, MinutesStatus, find_meeting_type
from caseflow.domain.personnummer import age_at, format_digits12
from caseflow.domain.programmes import Programme
from caseflow.domain.report_scope import (
    ReportBasis,
    ReportScope,
    consent_state,
    parse_recipient,
    recipient_label,
    report_basis,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports import case_report as report
from caseflow.services import (
    audit,
    case_access,
    consent,
    meeting_documents,
    meetings,
    permissions,
    programme_config,
)
from caseflow.services.consent import NotCovered
from caseflow.services.consent_loading import party_of
from caseflow.services.permissions import Action
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Activity,
    Assessment,
    Case,
    CaseAgency,
    FollowUp,
    Goal,
    GoalStatusRecord,
    Guardian,
    JournalEntry,
    Meeting,
    MeetingCase,
    MinutesItem,
    Person,
    User,
)

__all__ = [
    "NotCovered",
    "case_report_data",
    "case_report_pdf",
    "find_case_id",
    "parse_recipient",
    "record_report_disclosure",
]

# Columns of the change tables: the latest assessments and follow-ups.
MAX_COLUMNS = 3

PHONE = QT_TRANSLATE_NOOP("CaseReport", "Phone")
EMAIL = QT_TRANSLATE_NOOP("CaseReport", "Email")
ADDRESS = QT_TRANSLATE_NOOP("CaseReport", "Address")
SCHOOL = QT_TRANSLATE_NOOP("CaseReport", "School")
CANCELLED = QT_TRANSLATE_NOOP("CaseReport", "Cancelled")
DISCLOSED = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Case follow-up report {case} printed on {date}: case facts, the plan's goals and "
    "follow-ups, risk and protective factors, meetings with approved minutes, actions of "
    "social services and of {recipient}, next steps.",
)


NO_SUCH_CASE = QT_TRANSLATE_NOOP("CaseReport", "There is no case {number}.")


# --- the API -------------------------------------------------------------------------


def find_case_id(workspace: Workspace, number: str) -> int:
    """The id of the case numbered ``number`` ("SSPF-2026-0042"; case and spaces do not matter).

    Raises ``InvalidInput`` for text that is not a case number and
    ``NotFound`` ("There is no case ...") when no case has it.
    """
    permissions.require(workspace, Action.READ_CASE)
    wanted = str(parse_case_number(number))
    with workspace.transaction() as session:
        found = session.scalar(select(Case.id).where(Case.case_number == wanted))
    if found is None:
        raise NotFound(NO_SUCH_CASE.format(number=wanted))
    return found


def case_report_data(
    workspace: Workspace,
    case_id: int,
    recipient: Party | None = None,
    on_date: date | None = None,
    reason: str | None = None,
) -> report.CaseReportData:
    """The follow-up report of a case as of ``on_date`` (today), for ``recipient`` or the file.

    Raises ``NotFound`` for a missing case and ``NotCovered`` (an
    ``InvalidInput`` whose message gives the rules' reasons) when neither
    consent nor a legal ground covers ``recipient`` on ``on_date``.
    """
    permissions.require(workspace, Action.READ_CASE)
    day = on_date or date.today()
    scope = ReportScope(recipient)
    types = meetings.meeting_types(workspace)
    imprint = meeting_documents.imprint(workspace)
    with workspace.transaction() as session:
        given = case_access.require_case(session, workspace, case_id, reason)
        if given:
            # Opened with a stated reason: logged with the opening, as cases.get_case does.
            audit.log(
                session, workspace.user, AuditAction.CASE_OPENED, case_id=case_id, reason=given
            )
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound()
        person = session.get(Person, case.person_id)
        assert person is not None
        consents = consent.case_consents(session, case)
        recipient_part = None
        if recipient is not None:
            basis = report_basis(consents, recipient, day)
            if basis is None:
                raise NotCovered(rules.coverage(consents, recipient, day))
            recipient_part = _recipient_part(consents, basis, scope, day)
        names = _Names(session)
        activities = _activities(session, case.id)
        meeting_lines = _meetings(session, case.id, scope, types, activities, day)
        plan = _plan(session, case.id, scope, names, activities, day)
        open_actions = [a for a in activities if not ActivityStatus(a.status).is_final]
        return report.CaseReportData(
            case_id=case.id,
            on_date=day,
            imprint=imprint,
            case=_case_facts(session, case, scope, names),
            person=_person_facts(person, scope, day),
            factors=_factors(session, case.id, scope, names),
            plan=plan,
            meetings=meeting_lines,
            next_steps=report.NextSteps(
                case.next_follow_up,
                _next_meeting(session, case.id),
                tuple(
                    _action_line(a, day)
                    for a in sorted(open_actions, key=_by_due)
                    if scope.shows_action(Agency(a.agency))
                ),
            ),
            recipient=recipient_part,
            consent=_consent_section(session, case, consents, day) if scope.internal else None,
            parties=_parties(session, case.id) if scope.other_parties else None,
            guardians=_guardians(session, person.id) if scope.internal else None,
            journal=_journal(session, case.id) if scope.internal else None,
            actions_left_out=sum(1 for a in activities if not scope.shows_action(Agency(a.agency))),
        )


def case_report_pdf(
    workspace: Workspace,
    case_id: int,
    recipient: Party | None = None,
    translate: Translate | None = None,
    *,
    on_date: date | None = None,
    record: bool = True,
    reason: str | None = None,
) -> bytes:
    """The follow-up report as PDF bytes; for a recipient, the disclosure is recorded.

    ``translate`` renders the report's words (the user's language when None).
    With ``record`` False nothing is recorded: for a preview, after which
    the front end calls ``record_report_disclosure`` when it hands the copy out.
    """
    if recipient is not None and record:
        permissions.require(workspace, Action.WRITE_JOURNAL)
    data = case_report_data(workspace, case_id, recipient, on_date, reason)
    pdf = report.render_case_report(data, translate)
    if recipient is not None and record:
        record_report_disclosure(workspace, data)
    audit.record(
        workspace,
        AuditAction.REPORT_PRODUCED,
        case_id=case_id,
        record_type="case_report",
        detail=f"for {recipient.agency.value}" if recipient is not None else "case file",
    )
    return pdf


def record_report_disclosure(workspace: Workspace, data: report.CaseReportData) -> int:
    """Record in the disclosure register that ``data``'s copy went to its recipient.

    The basis is checked again on the report's date; raises ``NotCovered``
    if it has gone meanwhile. Returns the disclosure's id.
    """
    if data.recipient is None:
        raise ValueError("the case file's copy is not a disclosure")
    what = DISCLOSED.format(
        case=data.case.case_number,
        date=data.on_date.isoformat(),
        recipient=data.recipient.label,
    ).render()
    return consent.record_disclosure(
        workspace, data.case_id, data.recipient.party, what, data.on_date
    )


# --- the header and the case ---------------------------------------------------------


class _Names:
    """Users' display names, read for the ids a report needs (never the whole table)."""

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

    def __getitem__(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        self.load([user_id])
        return self._known.get(user_id, "?")


def _case_facts(
    session: Session, case: Case, scope: ReportScope, names: _Names
) -> report.CaseFacts:
    programme = programme_config.rules_for(session, Programme(case.programme))
    return report.CaseFacts(
        case_number=case.case_number,
        programme=programme.name,
        status=CaseStatus(case.status).label,
        referral_date=case.referral_date,
        referral_source=ReferralSource(case.referral_source).label,
        responsible=names[case.responsible_user_id],
        next_follow_up=case.next_follow_up,
        closed_on=case.closed_on,
        closing_reason=ClosingReason(case.closing_reason).label if case.closing_reason else None,
        referral_reason=case.referral_reason if scope.free_text else None,
        closing_summary=case.closing_summary if scope.free_text else None,
    )


def _person_facts(person: Person, scope: ReportScope, day: date) -> report.PersonFacts:
    contacts: list[tuple[Text, str]] = []
    if scope.shows_contacts(person.protected_identity):
        school = ", ".join(s for s in (person.school, person.school_class) if s)
        for label, value in (
            (SCHOOL, school),
            (PHONE, person.phone),
            (EMAIL, person.email),
            (ADDRESS, person.address),
        ):
            if value:
                contacts.append((label, value))
    return report.PersonFacts(
        name=f"{person.first_name} {person.last_name}",
        personnummer=format_digits12(person.personnummer),
        birth_date=person.birth_date,
        age=age_at(person.birth_date, max(day, person.birth_date)),
        protected_identity=person.protected_identity,
        contacts=tuple(contacts),
    )


def _guardians(session: Session, person_id: int) -> tuple[report.GuardianLine, ...]:
    rows = session.execute(
        select(Guardian.name, Guardian.has_custody, Guardian.no_information)
        .where(Guardian.person_id == person_id)
        .order_by(Guardian.id)
    )
    return tuple(report.GuardianLine(r.name, r.has_custody, r.no_information) for r in rows)


def _parties(session: Session, case_id: int) -> tuple[report.PartyLine, ...]:
    rows = session.scalars(
        select(CaseAgency).where(CaseAgency.case_id == case_id).order_by(CaseAgency.id)
    )
    return tuple(
        report.PartyLine(Agency(r.agency).label, r.name or "", r.contact or "") for r in rows
    )


def _journal(session: Session, case_id: int) -> report.JournalNote:
    count, latest = session.execute(
        select(func.count(JournalEntry.id), func.max(JournalEntry.entry_date)).where(
            JournalEntry.case_id == case_id
        )
    ).one()
    return report.JournalNote(count, latest)


# --- consent ---------------------------------------------------------------------------


def _consent_line(
    consents: CaseConsents,
    record: rules.ConsentRecord,
    day: date,
    parties: Sequence[Party] | None = None,
) -> report.ConsentLine:
    return report.ConsentLine(
        who=consents.title(record.consenter),
        parties=tuple(p.label for p in (parties if parties is not None else record.parties)),
        information=record.information,
        purpose=record.purpose,
        given_on=record.given_on,
        valid_until=record.valid_until,
        manner=record.manner.label,
        state=consent_state(consents, record, day),
    )


def _ground_line(ground: rules.RecordedGround, with_reason: bool) -> report.GroundLine:
    return report.GroundLine(
        citation=ground.ground.citation,
        title=ground.ground.title,
        party=ground.party.label,
        recorded_on=ground.recorded_on,
        valid_until=ground.last_day,
        reason=ground.reason if with_reason else None,
    )


def _recipient_part(
    consents: CaseConsents, basis: ReportBasis, scope: ReportScope, day: date
) -> report.RecipientPart:
    party = basis.coverage.party
    return report.RecipientPart(
        party=party,
        label=recipient_label(party),
        statement=basis.statement,
        valid_until=basis.valid_until,
        by_consent=basis.by_consent,
        information=basis.information,
        purposes=basis.purposes,
        # The consents name other parties too: the recipient sees itself only.
        consents=tuple(_consent_line(consents, r, day, [party]) for r in basis.consents),
        grounds=() if basis.by_consent else tuple(_ground_line(g, False) for g in basis.grounds),
        omitted=scope.omitted(),
    )


def _parties_of_interest(session: Session, case: Case, consents: CaseConsents) -> list[Party]:
    """The case's agencies (social services runs it), then every party consents name."""
    found = [
        party_of(agency, name)
        for agency, name in session.execute(
            select(CaseAgency.agency, CaseAgency.name)
            .where(CaseAgency.case_id == case.id)
            .order_by(CaseAgency.id)
        )
        if agency != Agency.SOCIAL_SERVICES.value
    ]
    for item in consents.history:
        found.extend(item.parties)
    found.extend(g.party for g in consents.grounds)
    return list(dict.fromkeys(found))


def _consent_section(
    session: Session, case: Case, consents: CaseConsents, day: date
) -> report.ConsentSection:
    known = [item for item in consents.history if rules.item_date(item) <= day]
    matrix = rules.consent_matrix(consents, _parties_of_interest(session, case, consents), day)
    return report.ConsentSection(
        on_date=day,
        coverage=tuple(
            report.CoverageLine(row.party.label, row.covered, row.reasons) for row in matrix.rows
        ),
        consents=tuple(
            _consent_line(consents, item, day)
            for item in known
            if isinstance(item, rules.ConsentRecord)
        ),
        withdrawals=tuple(
            report.WithdrawalLine(
                consents.title(item.consenter),
                item.withdrawn_on,
                tuple(p.label for p in item.parties),
                item.manner.label,
            )
            for item in known
            if isinstance(item, rules.Withdrawal)
        ),
        grounds=tuple(_ground_line(g, True) for g in consents.grounds if g.recorded_on <= day),
    )


# --- factors ---------------------------------------------------------------------------


def _factors(
    session: Session, case_id: int, scope: ReportScope, names: _Names
) -> report.FactorTable:
    assessments = list(
        session.scalars(
            select(Assessment)
            .where(Assessment.case_id == case_id)
            .options(selectinload(Assessment.factors))
            .order_by(Assessment.assessed_on, Assessment.id)
        )
    )
    shown = assessments[-MAX_COLUMNS:]
    presence = [{f.factor_key: FactorPresence(f.presence) for f in a.factors} for a in shown]
    comments = {f.factor_key: f.comment for f in shown[-1].factors} if shown else {}
    changes = (
        {c.factor.key: c.change for c in compare_assessments(presence[-2], presence[-1])}
        if len(shown) > 1
        else {}
    )
    named = {key for found in presence for key in found}
    rows = []
    left_out = 0
    for factor in CATALOGUE:
        if factor.key not in named:
            continue
        if not scope.shows_factor(factor.key):
            left_out += 1
            continue
        change = changes.get(factor.key)
        rows.append(
            report.FactorRow(
                label=factor.label,
                kind=factor.kind.label,
                life_domain=factor.domain.label,
                presence=tuple(p[factor.key].label if factor.key in p else None for p in presence),
                change=change.label if change is not None else None,
                comment=comments.get(factor.key, "") if scope.free_text else "",
            )
        )
    notes: tuple[report.AssessmentNote, ...] = ()
    if scope.free_text:
        # A follow-up's assessment carries the follow-up's summary: printed there.
        of_follow_ups = set(
            session.scalars(
                select(FollowUp.assessment_id).where(
                    FollowUp.case_id == case_id, FollowUp.assessment_id.is_not(None)
                )
            )
        )
        names.load(a.author_id for a in shown)
        notes = tuple(
            report.AssessmentNote(a.assessed_on, names[a.author_id], a.summary)
            for a in shown
            if a.summary and a.id not in of_follow_ups
        )
    return report.FactorTable(
        dates=tuple(a.assessed_on for a in shown),
        rows=tuple(rows),
        earlier=len(assessments) - len(shown),
        left_out=left_out,
        notes=notes,
    )


# --- the plan and the meetings ---------------------------------------------------------


def _activities(session: Session, case_id: int) -> list[Activity]:
    return list(
        session.scalars(select(Activity).where(Activity.case_id == case_id).order_by(Activity.id))
    )


def _by_due(activity: Activity) -> tuple[bool, date, int]:
    return (activity.due_date is None, activity.due_date or date.max, activity.id)


def _action_line(activity: Activity, day: date) -> report.ActionLine:
    status = ActivityStatus(activity.status)
    return report.ActionLine(
        what=activity.what,
        agency=Agency(activity.agency).label,
        responsible=activity.responsible_person,
        due=activity.due_date,
        status=status.label,
        overdue=activity.due_date is not None and activity.due_date < day and not status.is_final,
    )


def _status_on(history: Sequence[GoalStatusRecord], day: date) -> GoalStatus | None:
    """A goal's status on ``day``: its last record on or before it (None: not a goal yet)."""
    found = [r for r in history if r.recorded_on <= day]
    return GoalStatus(found[-1].status) if found else None


def _plan(
    session: Session,
    case_id: int,
    scope: ReportScope,
    names: _Names,
    activities: Sequence[Activity],
    day: date,
) -> report.PlanSection:
    goals = list(session.scalars(select(Goal).where(Goal.case_id == case_id).order_by(Goal.id)))
    history: dict[int, list[GoalStatusRecord]] = {g.id: [] for g in goals}
    if goals:
        for record in session.scalars(
            select(GoalStatusRecord)
            .where(GoalStatusRecord.goal_id.in_(list(history)))
            .order_by(GoalStatusRecord.recorded_on, GoalStatusRecord.id)
        ):
            history[record.goal_id].append(record)
    follow_ups = list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.case_id == case_id)
            .order_by(FollowUp.held_on, FollowUp.id)
        )
    )
    shown = follow_ups[-MAX_COLUMNS:]
    by_follow_up = {(r.goal_id, r.follow_up_id): r for records in history.values() for r in records}
    rows = []
    for goal in goals:
        cells: list[Text | None] = []
        for follow_up in shown:
            reviewed = by_follow_up.get((goal.id, follow_up.id))
            status = (
                GoalStatus(reviewed.status)
                if reviewed is not None
                else _status_on(history[goal.id], follow_up.held_on)
            )
            cells.append(status.label if status is not None else None)
        rows.append(
            report.GoalRow(
                text=goal.text,
                life_domain=LifeDomain(goal.life_domain).label,
                target_date=goal.target_date,
                status=GoalStatus(goal.status).label,
                at_follow_ups=tuple(cells),
            )
        )
    texts = {g.id: g.text for g in goals}
    lines: tuple[report.FollowUpLine, ...] = ()
    if scope.free_text:
        names.load(f.author_id for f in follow_ups)
        lines = tuple(
            report.FollowUpLine(
                f.held_on,
                names[f.author_id],
                f.summary,
                tuple(
                    report.GoalNote(texts[r.goal_id], GoalStatus(r.status).label, r.note)
                    for records in history.values()
                    for r in records
                    if r.follow_up_id == f.id and r.note
                ),
            )
            for f in reversed(follow_ups)
        )
    return report.PlanSection(
        follow_up_dates=tuple(f.held_on for f in shown),
        goals=tuple(rows),
        activities=tuple(
            _action_line(a, day)
            for a in activities
            if a.minutes_item_id is None and scope.shows_action(Agency(a.agency))
        ),
        earlier=len(follow_ups) - len(shown),
        follow_ups=lines,
    )


def _meetings(
    session: Session,
    case_id: int,
    scope: ReportScope,
    types: Sequence[MeetingTypeDef],
    activities: Sequence[Activity],
    day: date,
) -> tuple[report.MeetingLine, ...]:
    """The case's meetings, oldest first, each with this case's items alone."""
    rows = list(
        session.scalars(
            select(Meeting)
            .join(MeetingCase, MeetingCase.meeting_id == Meeting.id)
            .where(MeetingCase.case_id == case_id)
            .order_by(Meeting.starts_at, Meeting.id)
        )
    )
    items: dict[int, list[MinutesItem]] = {m.id: [] for m in rows}
    for item in session.scalars(
        select(MinutesItem)
        .where(MinutesItem.case_id == case_id)
        .order_by(MinutesItem.meeting_id, MinutesItem.number)
    ):
        items.setdefault(item.meeting_id, []).append(item)
    agreed: dict[int, list[Activity]] = {}
    for activity in activities:
        if activity.minutes_item_id is not None:
            agreed.setdefault(activity.minutes_item_id, []).append(activity)
    lines = []
    for meeting in rows:
        approved = MinutesStatus(meeting.minutes_status) is MinutesStatus.APPROVED
        if meeting.cancelled or not scope.shows_minutes(approved):
            if scope.internal:
                status = CANCELLED if meeting.cancelled else MinutesStatus.DRAFT.label
                lines.append(
                    report.MeetingLine(meeting.starts_at, _kind(types, meeting), status, ())
                )
            continue
        item_lines = []
        for item in items.get(meeting.id, []):
            shown = [a for a in agreed.get(item.id, []) if scope.shows_action(Agency(a.agency))]
            item_lines.append(
                report.ItemLine(
                    number=item.number,
                    heading=item.heading,
                    next_date=item.next_date,
                    actions=tuple(_action_line(a, day) for a in shown),
                    corrects=item.corrects_number,
                    notes=item.notes if scope.free_text else None,
                    decisions=item.decisions if scope.free_text else None,
                )
            )
        status = MinutesStatus(meeting.minutes_status).label
        lines.append(
            report.MeetingLine(meeting.starts_at, _kind(types, meeting), status, tuple(item_lines))
        )
    return tuple(lines)


def _kind(types: Sequence[MeetingTypeDef], meeting: Meeting) -> Text | str:
    found = find_meeting_type(types, meeting.type_key)
    return found.label if found is not None else meeting.type_key


def _next_meeting(session: Session, case_id: int) -> datetime | None:
    found: datetime | None = session.scalar(
        select(func.min(Meeting.starts_at))
        .join(MeetingCase, MeetingCase.meeting_id == Meeting.id)
        .where(
            MeetingCase.case_id == case_id,
            Meeting.cancelled.is_(False),
            Meeting.starts_at >= datetime.now(),
        )
    )
    return found
