"""The case follow-up report (uppföljningsrapport) as a PDF, from plain data.

``caseflow.services.case_report`` gathers ``CaseReportData`` (and decides,
with ``caseflow.domain.report_scope``, what a recipient's copy may hold);
this module only lays it out on the shared report page
(``caseflow.reports.document``: A4, DejaVu Sans, "Page X of Y", the case
number, who printed it and when, the confidentiality marking). A section
whose data is None is not in the report at all; an empty tuple prints a
short "none recorded" line, so the reader can tell "nothing" from "left out".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from caseflow.domain.consent import Party
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports import sections
from caseflow.reports.document import (
    MARKING_COLOUR,
    NOTHING,
    RULE_COLOUR,
    Column,
    Imprint,
    ReportDocument,
    ReportInfo,
    format_date,
    format_time,
)
from caseflow.reports.sections import DATE_WIDTH, Pair, remaining_width

# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class PersonFacts:
    """The young person. ``contacts`` (label, value) is empty when they may not be printed."""

    name: str
    personnummer: str | None  # YYYYMMDD-NNNN
    birth_date: date
    age: int
    protected_identity: bool
    contacts: tuple[tuple[Text, str], ...] = ()


@dataclass(frozen=True)
class GuardianLine:
    name: str
    has_custody: bool
    no_information: bool


@dataclass(frozen=True)
class CaseFacts:
    """The case itself; ``referral_reason`` and ``closing_summary`` are None when left out."""

    case_number: str
    programme: Text
    status: Text
    referral_date: date
    referral_source: Text
    responsible: str
    next_follow_up: date | None
    closed_on: date | None = None
    closing_reason: Text | None = None
    referral_reason: str | None = None
    closing_summary: str | None = None


@dataclass(frozen=True)
class PartyLine:
    """An agency involved in the case (file copy only)."""

    agency: Text
    name: str
    contact: str


@dataclass(frozen=True)
class CoverageLine:
    """May ``party`` be told about the case on the report's date, and why."""

    party: Text | str
    covered: bool
    reasons: tuple[Text, ...]


@dataclass(frozen=True)
class ConsentLine(sections.ConsentFacts):
    """One recorded consent: who gave it, for whom, what, why, how long, how it stands."""

    state: Text


@dataclass(frozen=True)
class WithdrawalLine(sections.WithdrawalFacts):
    """A withdrawal; no parties means everything was withdrawn."""


@dataclass(frozen=True)
class GroundLine(sections.GroundFacts):
    """A recorded legal ground; ``reason`` is None when the copy leaves it out."""

    reason: str | None


@dataclass(frozen=True)
class ConsentSection:
    """The case file's view of consent on ``on_date``."""

    on_date: date
    coverage: tuple[CoverageLine, ...]
    consents: tuple[ConsentLine, ...]
    withdrawals: tuple[WithdrawalLine, ...]
    grounds: tuple[GroundLine, ...]


@dataclass(frozen=True)
class RecipientPart:
    """For whom a copy is made, on which basis, and what it leaves out."""

    party: Party
    label: Text
    statement: Text
    valid_until: date
    by_consent: bool
    information: tuple[str, ...]
    purposes: tuple[str, ...]
    consents: tuple[ConsentLine, ...]
    grounds: tuple[GroundLine, ...]
    omitted: tuple[Text, ...]


@dataclass(frozen=True)
class FactorRow:
    """One factor over time: its presence in each assessment shown, and the last change."""

    label: Text
    kind: Text
    life_domain: Text
    presence: tuple[Text | None, ...]  # None: not assessed that time
    change: Text | None  # from the second-last to the last assessment shown
    comment: str = ""


@dataclass(frozen=True)
class AssessmentNote:
    assessed_on: date
    author: str
    summary: str


@dataclass(frozen=True)
class FactorTable:
    """Risk and protective factors: columns are the latest assessments, oldest first.

    ``earlier`` counts older assessments not shown as columns; ``left_out``
    counts factors the copy leaves out; ``notes`` hold summaries (file copy).
    """

    dates: tuple[date, ...]
    rows: tuple[FactorRow, ...]
    earlier: int = 0
    left_out: int = 0
    notes: tuple[AssessmentNote, ...] = ()


@dataclass(frozen=True)
class GoalRow:
    """A goal of the plan and its status at each follow-up shown (None: not yet a goal)."""

    text: str
    life_domain: Text
    target_date: date | None
    status: Text
    at_follow_ups: tuple[Text | None, ...]


@dataclass(frozen=True)
class GoalNote:
    goal: str
    status: Text
    note: str


@dataclass(frozen=True)
class FollowUpLine:
    """A follow-up's summary and goal notes (file copy)."""

    held_on: date
    author: str
    summary: str
    notes: tuple[GoalNote, ...]


@dataclass(frozen=True)
class ActionLine:
    """An activity of the plan or an action agreed at a meeting, with its outcome."""

    what: str
    agency: Text
    responsible: str
    due: date | None
    status: Text
    overdue: bool = False


@dataclass(frozen=True)
class PlanSection:
    """Goals with their status at each follow-up, and the plan's own activities."""

    follow_up_dates: tuple[date, ...]
    goals: tuple[GoalRow, ...]
    activities: tuple[ActionLine, ...]
    earlier: int = 0
    follow_ups: tuple[FollowUpLine, ...] = ()


@dataclass(frozen=True)
class ItemLine:
    """This case's item of a meeting's minutes; notes and decisions are None when left out."""

    number: int
    heading: str
    next_date: date | None
    actions: tuple[ActionLine, ...]
    corrects: int | None = None
    notes: str | None = None
    decisions: str | None = None


@dataclass(frozen=True)
class MeetingLine:
    starts_at: datetime
    kind: Text | str
    status: Text
    items: tuple[ItemLine, ...]


@dataclass(frozen=True)
class NextSteps:
    next_follow_up: date | None
    next_meeting: datetime | None
    open_actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class JournalNote:
    """How much journal the case has: the report does not print it."""

    entries: int
    latest: date | None


@dataclass(frozen=True)
class CaseReportData:
    """Everything one follow-up report prints, already cut to its reader.

    ``recipient`` is None for the case file's copy; then ``consent``,
    ``parties``, ``guardians`` and ``journal`` are filled, and None in a
    recipient's copy. ``actions_left_out`` counts actions of other agencies
    a recipient's copy does not show.
    """

    case_id: int
    on_date: date
    imprint: Imprint
    case: CaseFacts
    person: PersonFacts
    factors: FactorTable
    plan: PlanSection
    meetings: tuple[MeetingLine, ...]
    next_steps: NextSteps
    recipient: RecipientPart | None = None
    consent: ConsentSection | None = None
    parties: tuple[PartyLine, ...] | None = None
    guardians: tuple[GuardianLine, ...] | None = None
    journal: JournalNote | None = None
    actions_left_out: int = 0


# -------------------------------------------------------------------------- words

TITLE = QT_TRANSLATE_NOOP("CaseReport", "Case follow-up report")
PDF_TITLE = QT_TRANSLATE_NOOP("CaseReport", "Case follow-up report – {case}")
SUBJECT_FILE = QT_TRANSLATE_NOOP("CaseReport", "Follow-up of {case}, copy for the case file")
SUBJECT_RECIPIENT = QT_TRANSLATE_NOOP("CaseReport", "Follow-up of {case}, copy for {recipient}")
SUBTITLE = QT_TRANSLATE_NOOP("CaseReport", "{programme} · {case} · as of {date}")
FILE_COPY = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Copy for the case file. It holds everything the follow-up covers: do not hand it to "
    "another party; print a copy for the recipient instead.",
)
INFORMATION_COVERED = QT_TRANSLATE_NOOP("CaseReport", "Information the consent covers")
PURPOSE = QT_TRANSLATE_NOOP("CaseReport", "Purpose")
LEFT_OUT = QT_TRANSLATE_NOOP("CaseReport", "This copy leaves out")
PROTECTED = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Protected identity (skyddade personuppgifter): no address, school or other contact "
    "details are printed. Handle this report with particular care.",
)

SECTION_CASE = QT_TRANSLATE_NOOP("CaseReport", "The case")
SECTION_PERSON = QT_TRANSLATE_NOOP("CaseReport", "The young person")
SECTION_PARTIES = QT_TRANSLATE_NOOP("CaseReport", "Parties in the case")
SECTION_CONSENT = QT_TRANSLATE_NOOP("CaseReport", "Consent on {date}")
SECTION_BASIS = QT_TRANSLATE_NOOP("CaseReport", "Basis for this copy")
SECTION_FACTORS = QT_TRANSLATE_NOOP("CaseReport", "Risk and protective factors over time")
SECTION_PLAN = QT_TRANSLATE_NOOP("CaseReport", "The plan's goals at each follow-up")
SECTION_ACTIVITIES = QT_TRANSLATE_NOOP("CaseReport", "Activities of the plan")
SECTION_FOLLOW_UPS = QT_TRANSLATE_NOOP("CaseReport", "Follow-up summaries")
SECTION_MEETINGS = QT_TRANSLATE_NOOP("CaseReport", "Meetings and agreed actions")
SECTION_NEXT = QT_TRANSLATE_NOOP("CaseReport", "Next steps")

CASE_NUMBER = QT_TRANSLATE_NOOP("CaseReport", "Case number")
PROGRAMME = QT_TRANSLATE_NOOP("CaseReport", "Programme")
STATUS = QT_TRANSLATE_NOOP("CaseReport", "Status")
REFERRAL = QT_TRANSLATE_NOOP("CaseReport", "Referral")
REFERRAL_VALUE = QT_TRANSLATE_NOOP("CaseReport", "{date}, from {source}")
REFERRAL_REASON = QT_TRANSLATE_NOOP("CaseReport", "Reason for the referral")
RESPONSIBLE = QT_TRANSLATE_NOOP("CaseReport", "Responsible social worker")
NEXT_FOLLOW_UP = QT_TRANSLATE_NOOP("CaseReport", "Next follow-up")
NEXT_MEETING = QT_TRANSLATE_NOOP("CaseReport", "Next meeting")
CLOSED = QT_TRANSLATE_NOOP("CaseReport", "Closed")
CLOSED_VALUE = QT_TRANSLATE_NOOP("CaseReport", "{date}: {reason}")
CLOSING_SUMMARY = QT_TRANSLATE_NOOP("CaseReport", "Closing summary")
NAME = QT_TRANSLATE_NOOP("CaseReport", "Name")
PERSONNUMMER = QT_TRANSLATE_NOOP("CaseReport", "Personal identity number")
BORN = QT_TRANSLATE_NOOP("CaseReport", "Born")
AGE = QT_TRANSLATE_NOOP("CaseReport", "Age")
AGE_VALUE = QT_TRANSLATE_NOOP("CaseReport", "{age} years")
PROTECTED_LABEL = QT_TRANSLATE_NOOP("CaseReport", "Protected identity")
YES = QT_TRANSLATE_NOOP("CaseReport", "Yes")
NO = QT_TRANSLATE_NOOP("CaseReport", "No")
GUARDIANS = QT_TRANSLATE_NOOP("CaseReport", "Guardians")
GUARDIAN_CUSTODY = QT_TRANSLATE_NOOP("CaseReport", "{name} (custody)")
GUARDIAN_NO_CUSTODY = QT_TRANSLATE_NOOP("CaseReport", "{name} (no custody)")
GUARDIAN_NO_INFORMATION = QT_TRANSLATE_NOOP("CaseReport", "{name}: must not be told about the case")
CASE_WORDS = sections.CaseWords(
    PROGRAMME, STATUS, REFERRAL, REFERRAL_VALUE, REFERRAL_REASON, RESPONSIBLE
)
CLOSING_WORDS = sections.ClosingWords(CLOSED, CLOSED_VALUE, CLOSING_SUMMARY)

AGENCY = QT_TRANSLATE_NOOP("CaseReport", "Agency")
PARTY_NAME = QT_TRANSLATE_NOOP("CaseReport", "Name")
CONTACT = QT_TRANSLATE_NOOP("CaseReport", "Contact")
PARTY = QT_TRANSLATE_NOOP("CaseReport", "Party")
COVERED = QT_TRANSLATE_NOOP("CaseReport", "Covered")
WHY = QT_TRANSLATE_NOOP("CaseReport", "Why")
CONSENTS = QT_TRANSLATE_NOOP("CaseReport", "Consents recorded")
GIVEN_BY = QT_TRANSLATE_NOOP("CaseReport", "Given by")
PARTIES = QT_TRANSLATE_NOOP("CaseReport", "Parties")
INFORMATION_AND_PURPOSE = QT_TRANSLATE_NOOP("CaseReport", "Information and purpose")
INFO_PURPOSE_VALUE = QT_TRANSLATE_NOOP("CaseReport", "{information}\nPurpose: {purpose}")
VALIDITY = QT_TRANSLATE_NOOP("CaseReport", "Valid")
VALIDITY_VALUE = QT_TRANSLATE_NOOP("CaseReport", "{start} – {end}\n{manner}")
STATE = QT_TRANSLATE_NOOP("CaseReport", "Now")
NO_CONSENTS = QT_TRANSLATE_NOOP("CaseReport", "No consent has been recorded.")
NO_PARTIES = QT_TRANSLATE_NOOP("CaseReport", "No other party is involved.")
WITHDRAWALS = QT_TRANSLATE_NOOP("CaseReport", "Withdrawals")
WITHDRAWN_BY = QT_TRANSLATE_NOOP("CaseReport", "Withdrawn by")
WITHDRAWN_ON = QT_TRANSLATE_NOOP("CaseReport", "From")
EVERYTHING = QT_TRANSLATE_NOOP("CaseReport", "Everything")
HOW = QT_TRANSLATE_NOOP("CaseReport", "How")
GROUNDS = QT_TRANSLATE_NOOP("CaseReport", "Legal grounds recorded")
GROUND = QT_TRANSLATE_NOOP("CaseReport", "Legal ground")
REASON = QT_TRANSLATE_NOOP("CaseReport", "Reason")
PERIOD = QT_TRANSLATE_NOOP("CaseReport", "{start} – {end}")
CONSENT_WORDS = sections.ConsentWords(INFO_PURPOSE_VALUE, VALIDITY_VALUE, PERIOD, EVERYTHING)

FACTOR = QT_TRANSLATE_NOOP("CaseReport", "Factor")
FACTOR_DETAIL = QT_TRANSLATE_NOOP("CaseReport", "{domain} · {kind}")
CHANGE = QT_TRANSLATE_NOOP("CaseReport", "Change")
NO_ASSESSMENTS = QT_TRANSLATE_NOOP("CaseReport", "No assessment has been recorded.")
EARLIER_ASSESSMENTS = QT_TRANSLATE_NOOP(
    "CaseReport", "Earlier assessments not shown in the table: {earlier}."
)
FACTORS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "CaseReport", "Factors about the family left out of this copy: {count}."
)
ASSESSMENT_NOTES = QT_TRANSLATE_NOOP("CaseReport", "Assessment summaries")
NOTE_BY = QT_TRANSLATE_NOOP("CaseReport", "{date}, {author}")

GOAL = QT_TRANSLATE_NOOP("CaseReport", "Goal")
GOAL_DETAIL = QT_TRANSLATE_NOOP("CaseReport", "{domain} · target date {date}")
NO_GOALS = QT_TRANSLATE_NOOP("CaseReport", "The plan has no goals yet.")
NO_FOLLOW_UPS = QT_TRANSLATE_NOOP("CaseReport", "No follow-up has been held yet.")
EARLIER_FOLLOW_UPS = QT_TRANSLATE_NOOP(
    "CaseReport", "Earlier follow-ups not shown in the table: {earlier}."
)
FOLLOW_UP_HEADING = QT_TRANSLATE_NOOP("CaseReport", "Follow-up on {date}, {author}")
GOAL_NOTE = QT_TRANSLATE_NOOP("CaseReport", "{goal} ({status}): {note}")

WHAT = QT_TRANSLATE_NOOP("CaseReport", "What")
WHO = QT_TRANSLATE_NOOP("CaseReport", "Responsible")
DUE = QT_TRANSLATE_NOOP("CaseReport", "Due")
OUTCOME = QT_TRANSLATE_NOOP("CaseReport", "Outcome")
OVERDUE = QT_TRANSLATE_NOOP("CaseReport", "{status}, overdue")
NO_ACTIVITIES = QT_TRANSLATE_NOOP("CaseReport", "None recorded.")
NO_MEETINGS = QT_TRANSLATE_NOOP("CaseReport", "The case has not been on a meeting's agenda.")
MEETING_HEADING = QT_TRANSLATE_NOOP("CaseReport", "{date} {time}, {kind} ({status})")
ITEM_HEADING = QT_TRANSLATE_NOOP("CaseReport", "§ {number} {heading}")
CORRECTION_HEADING = QT_TRANSLATE_NOOP(
    "CaseReport", "§ {number} {heading} (correction of § {corrects})"
)
NOTES = QT_TRANSLATE_NOOP("CaseReport", "Notes")
DECISIONS = QT_TRANSLATE_NOOP("CaseReport", "Decisions")
NEXT_DATE = QT_TRANSLATE_NOOP("CaseReport", "Next meeting or follow-up")
NO_ITEMS = QT_TRANSLATE_NOOP("CaseReport", "No minutes for this case.")
MINUTES_WORDS = sections.MinutesWords(
    MEETING_HEADING, ITEM_HEADING, CORRECTION_HEADING, NOTES, DECISIONS, NEXT_DATE
)
ACTIONS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "CaseReport", "Actions of other agencies left out of this copy: {count}."
)
OPEN_ACTIONS = QT_TRANSLATE_NOOP("CaseReport", "Open actions")
NO_OPEN_ACTIONS = QT_TRANSLATE_NOOP("CaseReport", "No open actions.")
JOURNAL = QT_TRANSLATE_NOOP(
    "CaseReport",
    "Journal entries: {count}, the latest on {date}. The journal is not part of this report.",
)


# ------------------------------------------------------------------------- layout

# Column widths in points; a date's is ``sections.DATE_WIDTH``.
STATUS_WIDTH = 74.0
AGENCY_WIDTH = 72.0
PERSON_WIDTH = 92.0


def _over_time(first: Text, dates: tuple[date, ...], last: Text) -> list[Column]:
    """A table over time: ``first`` takes the rest, a column a date, ``last`` a status."""
    shown = [Column(d.isoformat(), DATE_WIDTH) for d in dates]
    width = remaining_width(*(c.width for c in shown), STATUS_WIDTH)
    return [Column(first, width), *shown, Column(last, STATUS_WIDTH)]


def render_case_report(data: CaseReportData, translate: Translate | None = None) -> bytes:
    """The report as PDF bytes; ``translate`` renders its words (None: the installed one)."""
    case = data.case.case_number
    recipient = data.recipient
    subject = (
        SUBJECT_RECIPIENT.format(case=case, recipient=recipient.label)
        if recipient is not None
        else SUBJECT_FILE.format(case=case)
    )
    info = ReportInfo(PDF_TITLE.format(case=case), subject, case, data.imprint)
    return _Layout(ReportDocument(info, translate), data).build()


class _Layout(sections.Story):
    """The story of one report, section by section."""

    def __init__(self, doc: ReportDocument, data: CaseReportData) -> None:
        super().__init__(doc)
        self.data = data

    def build(self) -> bytes:
        self._front()
        self._case()
        self._person()
        self._consent()
        self._factors()
        self._plan()
        self._meetings()
        self._next_steps()
        return self.pdf()

    # --- helpers -------------------------------------------------------------------

    def _actions(self, actions: tuple[ActionLine, ...]) -> Flowable:
        fixed = (AGENCY_WIDTH, PERSON_WIDTH, DATE_WIDTH, STATUS_WIDTH)
        columns = [
            Column(WHAT, remaining_width(*fixed)),
            Column(AGENCY, AGENCY_WIDTH),
            Column(WHO, PERSON_WIDTH),
            Column(DUE, DATE_WIDTH),
            Column(OUTCOME, STATUS_WIDTH),
        ]
        rows = [
            [
                a.what,
                a.agency,
                a.responsible,
                format_date(a.due),
                OVERDUE.format(status=a.status) if a.overdue else a.status,
            ]
            for a in actions
        ]
        return self.doc.table(columns, rows, empty=NO_ACTIVITIES)

    # --- sections ------------------------------------------------------------------

    def _front(self) -> None:
        doc, data = self.doc, self.data
        self.add(
            *doc.title(
                TITLE,
                SUBTITLE.format(
                    programme=data.case.programme,
                    case=data.case.case_number,
                    date=data.on_date.isoformat(),
                ),
            )
        )
        recipient = data.recipient
        if recipient is None:
            self.add(doc.paragraph(FILE_COPY, doc.styles.small), doc.spacer(2))
        else:
            parts: list[Flowable] = [doc.paragraph(recipient.statement, doc.styles.cell_header)]
            for label, texts in (
                (INFORMATION_COVERED, recipient.information),
                (PURPOSE, recipient.purposes),
            ):
                for text in texts:
                    parts.append(doc.paragraph(_labelled(doc, label, text), doc.styles.cell))
            parts.append(doc.paragraph(LEFT_OUT, doc.styles.label))
            parts.extend(
                doc.paragraph(f"– {doc.t(t)}", doc.styles.small) for t in recipient.omitted
            )
            self.add(doc.box(parts, RULE_COLOUR), doc.spacer(3))
        if data.person.protected_identity:
            self.add(
                doc.box([doc.paragraph(PROTECTED, doc.styles.cell_header)], MARKING_COLOUR),
                doc.spacer(3),
            )

    def _case(self) -> None:
        doc, case = self.doc, self.data.case
        pairs: list[Pair] = [
            (CASE_NUMBER, case.case_number),
            *sections.case_facts(case, CASE_WORDS),
            *sections.closing_facts(case, CLOSING_WORDS),
        ]
        self.add(doc.heading(SECTION_CASE), doc.key_values(pairs))

    def _person(self) -> None:
        doc, person = self.doc, self.data.person
        pairs: list[Pair] = [(NAME, person.name)]
        if person.personnummer:
            pairs.append((PERSONNUMMER, person.personnummer))
        else:
            pairs.append((BORN, person.birth_date.isoformat()))
        pairs.append((AGE, AGE_VALUE.format(age=person.age)))
        pairs.append((PROTECTED_LABEL, YES if person.protected_identity else NO))
        pairs.extend(person.contacts)
        if self.data.guardians:
            lines = [
                doc.t(
                    GUARDIAN_NO_INFORMATION
                    if g.no_information
                    else GUARDIAN_CUSTODY
                    if g.has_custody
                    else GUARDIAN_NO_CUSTODY,
                    name=g.name,
                )
                for g in self.data.guardians
            ]
            pairs.append((GUARDIANS, "\n".join(lines)))
        self.add(doc.heading(SECTION_PERSON), doc.key_values(pairs))
        if self.data.parties is not None:
            self.add(
                doc.heading(SECTION_PARTIES, 2),
                doc.table(
                    [Column(AGENCY, 1.2), Column(PARTY_NAME, 1.5), Column(CONTACT, 1.8)],
                    [[p.agency, p.name, p.contact] for p in self.data.parties],
                    empty=NO_PARTIES,
                ),
            )

    def _consent_table(self, consents: tuple[ConsentLine, ...]) -> Flowable:
        columns = [
            Column(GIVEN_BY, 1.4),
            Column(PARTIES, 1.3),
            Column(INFORMATION_AND_PURPOSE, 3.0),
            Column(VALIDITY, 1.4),
            Column(STATE, 1.3),
        ]
        doc = self.doc
        rows = [[*sections.consent_cells(doc, c, CONSENT_WORDS), c.state] for c in consents]
        return doc.table(columns, rows, empty=NO_CONSENTS)

    def _grounds_table(self, grounds: tuple[GroundLine, ...]) -> Flowable:
        doc = self.doc
        with_reason = any(g.reason is not None for g in grounds)
        columns = [Column(GROUND, 2.6), Column(PARTY, 1.2), Column(VALIDITY, 1.4)]
        if with_reason:
            columns.append(Column(REASON, 2.6))
        rows = []
        for g in grounds:
            row = sections.ground_cells(doc, g, CONSENT_WORDS)
            if with_reason:
                row.append(g.reason or "")
            rows.append(row)
        return doc.table(columns, rows)

    def _consent(self) -> None:
        doc, data = self.doc, self.data
        if data.recipient is not None:
            self.add(doc.heading(SECTION_BASIS))
            if data.recipient.consents:
                self.add(self._consent_table(data.recipient.consents))
            if data.recipient.grounds:
                self.add(self._grounds_table(data.recipient.grounds))
            return
        section = data.consent
        if section is None:
            return
        self.add(
            doc.heading(SECTION_CONSENT.format(date=section.on_date.isoformat())),
            doc.table(
                [Column(PARTY, 1.3), Column(COVERED, 0.8), Column(WHY, 4.0)],
                [
                    [c.party, YES if c.covered else NO, doc.lines(c.reasons)]
                    for c in section.coverage
                ],
                empty=NO_CONSENTS,
            ),
            doc.heading(CONSENTS, 2),
            self._consent_table(section.consents),
        )
        if section.withdrawals:
            self.add(
                doc.heading(WITHDRAWALS, 2),
                doc.table(
                    [
                        Column(WITHDRAWN_BY, 1.6),
                        Column(WITHDRAWN_ON, 1.0),
                        Column(PARTIES, 2.4),
                        Column(HOW, 1.0),
                    ],
                    [sections.withdrawal_cells(doc, w, CONSENT_WORDS) for w in section.withdrawals],
                ),
            )
        if section.grounds:
            self.add(doc.heading(GROUNDS, 2), self._grounds_table(section.grounds))

    def _factors(self) -> None:
        doc, table = self.doc, self.data.factors
        self.add(doc.heading(SECTION_FACTORS))
        if not table.dates:
            self.note(NO_ASSESSMENTS)
            return
        columns = _over_time(FACTOR, table.dates, CHANGE)
        rows = [
            [
                doc.two_lines(
                    row.label,
                    FACTOR_DETAIL.format(domain=row.life_domain, kind=row.kind),
                    row.comment,
                ),
                *(p if p is not None else NOTHING for p in row.presence),
                row.change or NOTHING,
            ]
            for row in table.rows
        ]
        self.add(doc.table(columns, rows))
        if table.earlier:
            self.note(EARLIER_ASSESSMENTS.format(earlier=table.earlier))
        if table.left_out:
            self.note(FACTORS_LEFT_OUT.format(count=table.left_out))
        if table.notes:
            self.add(doc.heading(ASSESSMENT_NOTES, 2))
            for n in table.notes:
                self.add(
                    doc.paragraph(
                        NOTE_BY.format(date=n.assessed_on.isoformat(), author=n.author),
                        doc.styles.label,
                    ),
                    doc.paragraph(n.summary),
                )

    def _plan(self) -> None:
        doc, plan = self.doc, self.data.plan
        self.add(doc.heading(SECTION_PLAN))
        if not plan.goals:
            self.note(NO_GOALS)
        else:
            columns = _over_time(GOAL, plan.follow_up_dates, STATE)
            rows = [
                [
                    doc.two_lines(
                        g.text,
                        GOAL_DETAIL.format(domain=g.life_domain, date=g.target_date.isoformat())
                        if g.target_date is not None
                        else g.life_domain,
                    ),
                    *(s if s is not None else NOTHING for s in g.at_follow_ups),
                    g.status,
                ]
                for g in plan.goals
            ]
            self.add(doc.table(columns, rows))
            if not plan.follow_up_dates:
                self.note(NO_FOLLOW_UPS)
            if plan.earlier:
                self.note(EARLIER_FOLLOW_UPS.format(earlier=plan.earlier))
        if plan.follow_ups:
            self.add(doc.heading(SECTION_FOLLOW_UPS, 2))
            for f in plan.follow_ups:
                self.add(
                    doc.heading(
                        FOLLOW_UP_HEADING.format(date=f.held_on.isoformat(), author=f.author), 3
                    ),
                    doc.paragraph(f.summary),
                )
                for n in f.notes:
                    self.add(
                        doc.paragraph(
                            GOAL_NOTE.format(goal=n.goal, status=n.status, note=n.note),
                            doc.styles.small,
                        )
                    )
        self.add(doc.heading(SECTION_ACTIVITIES, 2), self._actions(plan.activities))

    def _meetings(self) -> None:
        doc, data = self.doc, self.data
        self.add(doc.heading(SECTION_MEETINGS))
        if not data.meetings:
            self.note(NO_MEETINGS)
        for meeting in data.meetings:
            when = meeting.starts_at
            heading = sections.meeting_heading(MINUTES_WORDS, when, meeting.kind, meeting.status)
            self.add(doc.heading(heading, 2))
            if not meeting.items:
                self.note(NO_ITEMS)
            for item in meeting.items:
                self._item(item)
        if data.actions_left_out:
            self.note(ACTIONS_LEFT_OUT.format(count=data.actions_left_out))

    def _item(self, item: ItemLine) -> None:
        doc = self.doc
        heading = sections.item_heading(MINUTES_WORDS, item.number, item.heading, item.corrects)
        self.add(doc.heading(heading, 3))
        pairs = sections.item_facts(MINUTES_WORDS, item.notes, item.decisions, item.next_date)
        if pairs:
            self.add(doc.key_values(pairs))
        if item.actions:
            self.add(doc.spacer(1.5), self._actions(item.actions))

    def _next_steps(self) -> None:
        doc, data = self.doc, self.data
        steps = data.next_steps
        meeting = steps.next_meeting
        self.add(
            doc.heading(SECTION_NEXT),
            doc.key_values(
                [
                    (NEXT_FOLLOW_UP, format_date(steps.next_follow_up)),
                    (
                        NEXT_MEETING,
                        f"{meeting.date().isoformat()} {format_time(meeting)}" if meeting else "",
                    ),
                ]
            ),
            doc.heading(OPEN_ACTIONS, 2),
        )
        if steps.open_actions:
            self.add(self._actions(steps.open_actions))
        else:
            self.note(NO_OPEN_ACTIONS)
        if data.journal is not None and data.journal.entries:
            self.add(doc.spacer(3))
            self.note(
                JOURNAL.format(count=data.journal.entries, date=format_date(data.journal.latest))
            )


def _labelled(doc: ReportDocument, label: Text, text: str) -> str:
    return f"{doc.t(label)}: {text}"
