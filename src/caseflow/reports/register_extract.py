"""The register extract (registerutdrag, GDPR article 15) as a PDF, from plain data.

``caseflow.services.register_extract`` gathers ``RegisterExtractData`` (what
is stored about one person, across all their cases, and the log of who
opened those cases); this module lays it out on the shared report page
(``caseflow.reports.document``). The extract is written for the person
themself: plain headings, every date, and a first page that says what it
holds. Each case starts on a new page; the journal and the access log are
long tables that break across pages under a repeated header row.

Nothing here decides what the person may see: the data is their own, so
everything given is printed. An empty tuple prints "None recorded." under
its heading, so "nothing stored" is never confused with "left out".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, PageBreak  # type: ignore[import-untyped]

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports import sections
from caseflow.reports.document import (
    CONTENT_WIDTH,
    DETAIL_SIZE,
    MARKING_COLOUR,
    MUTED_COLOUR,
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
class GuardianLine:
    name: str
    has_custody: bool
    no_information: bool


@dataclass(frozen=True)
class PersonPart:
    """The person record. ``contacts`` (label, value) are printed even for a protected identity."""

    name: str
    personnummer: str  # YYYYMMDD-NNNN; "" for someone registered without a number
    coordination_number: bool
    birth_date: date
    sex: Text | None
    protected_identity: bool
    contacts: tuple[tuple[Text, str], ...]
    guardians: tuple[GuardianLine, ...]
    registered_on: date


@dataclass(frozen=True)
class StatusLine:
    changed_on: date
    from_status: Text | None
    to_status: Text
    by: str
    note: str


@dataclass(frozen=True)
class AgencyLine:
    agency: Text
    name: str
    contact: str


@dataclass(frozen=True)
class ConsentLine(sections.ConsentFacts):
    documented_by: str  # who received an oral consent
    state: Text
    forms: tuple[str, ...] = ()  # file names of the scanned, signed forms


@dataclass(frozen=True)
class WithdrawalLine(sections.WithdrawalFacts):
    received_by: str  # who received an oral withdrawal


@dataclass(frozen=True)
class GroundLine(sections.GroundFacts):
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class DisclosureLine:
    """What left the case: to whom, when, what, and on which basis."""

    disclosed_on: date
    party: Text | str
    what: str
    basis: Text | str
    recorded_by: str


@dataclass(frozen=True)
class FactorLine:
    label: Text | str
    detail: Text | str  # life domain and kind
    presence: Text
    comment: str


@dataclass(frozen=True)
class AssessmentPart:
    assessed_on: date
    author: str
    summary: str
    factors: tuple[FactorLine, ...]


@dataclass(frozen=True)
class GoalStatusLine:
    recorded_on: date
    status: Text
    note: str
    by: str


@dataclass(frozen=True)
class GoalPart:
    text: str
    life_domain: Text
    target_date: date | None
    status: Text
    history: tuple[GoalStatusLine, ...]


@dataclass(frozen=True)
class FollowUpLine:
    held_on: date
    author: str
    summary: str


@dataclass(frozen=True)
class ActionLine:
    """An activity of the plan, or an action agreed at a meeting (``agreed`` says where)."""

    what: str
    agency: Text
    responsible: str
    due: date | None
    status: Text
    agreed: Text | None = None


@dataclass(frozen=True)
class MinutesItemLine:
    """This case's item of a meeting's minutes (never another case's)."""

    number: int
    heading: str
    notes: str
    decisions: str
    next_date: date | None
    corrects: int | None
    written_by: str
    written_on: date


@dataclass(frozen=True)
class MeetingPart:
    starts_at: datetime
    kind: Text | str
    place: str
    status: Text
    present: tuple[Text | str, ...]  # who was present while this case was discussed
    items: tuple[MinutesItemLine, ...]


@dataclass(frozen=True)
class JournalLine:
    """A signed entry. ``number`` counts the case's signed entries, oldest first."""

    number: int
    entry_date: date
    entry_type: Text
    author: str
    signed_at: datetime  # local time
    text: str
    corrects: int | None = None  # the number of the entry this one corrects


@dataclass(frozen=True)
class CasePart:
    """One case of the person, with everything it holds about them."""

    case_number: str
    programme: Text
    status: Text
    referral_date: date
    referral_source: Text
    referral_reason: str
    responsible: str
    staff: tuple[str, ...]
    closed_on: date | None
    closing_reason: Text | None
    closing_summary: str
    status_history: tuple[StatusLine, ...]
    agencies: tuple[AgencyLine, ...]
    consents: tuple[ConsentLine, ...]
    withdrawals: tuple[WithdrawalLine, ...]
    grounds: tuple[GroundLine, ...]
    disclosures: tuple[DisclosureLine, ...]
    assessments: tuple[AssessmentPart, ...]
    goals: tuple[GoalPart, ...]
    follow_ups: tuple[FollowUpLine, ...]
    actions: tuple[ActionLine, ...]
    meetings: tuple[MeetingPart, ...]
    journal: tuple[JournalLine, ...]
    unsigned_entries: int = 0


@dataclass(frozen=True)
class AccessLine:
    """One entry of the audit log about one of the person's cases."""

    at: datetime  # local time
    user: str
    action: Text | str
    case_number: str
    reason: str


@dataclass(frozen=True)
class RegisterExtractData:
    """Everything one register extract prints. ``access_log`` None: no audit log to read."""

    on_date: date
    imprint: Imprint
    person: PersonPart
    cases: tuple[CasePart, ...]
    access_log: tuple[AccessLine, ...] | None


# -------------------------------------------------------------------------- words

TITLE = QT_TRANSLATE_NOOP("RegisterExtract", "Register extract")
PDF_TITLE = QT_TRANSLATE_NOOP("RegisterExtract", "Register extract – {name}")
SUBJECT = QT_TRANSLATE_NOOP(
    "RegisterExtract", "Personal data stored about {name} (GDPR article 15)"
)
SUBTITLE = QT_TRANSLATE_NOOP("RegisterExtract", "{name} · {personnummer} · as of {date}")
INTRODUCTION = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "You have asked what personal data social services keep about you (the right of "
    "access, article 15 of the General Data Protection Regulation). This extract holds "
    "everything the case management system Caseflow stores about you on {date}: your "
    "personal details, each of your cases with its consents, disclosures, assessments, "
    "plan, meetings and journal, and the log of who has opened your records.",
)
CONTENTS = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "Cases: {count} ({numbers}). Signed journal entries: {entries}. Entries in the access "
    "log: {accesses}.",
)
NO_CASES = QT_TRANSLATE_NOOP("RegisterExtract", "No case is registered for you.")
HANDOVER = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "For {name} personally. Check the recipient's identity when handing it over, and do "
    "not send it by ordinary e-mail.",
)
PROTECTED = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "This extract contains protected personal data (skyddade personuppgifter): your "
    "address and other contact details are printed because the extract is for you alone. "
    "Keep it where nobody else can read it.",
)
PROTECTED_BANNER = QT_TRANSLATE_NOOP("RegisterExtract", "Protected personal data")

SECTION_PERSON = QT_TRANSLATE_NOOP("RegisterExtract", "Your personal details")
SECTION_CASE = QT_TRANSLATE_NOOP("RegisterExtract", "Case {case}")
SECTION_ACCESS = QT_TRANSLATE_NOOP("RegisterExtract", "Who has opened your records")

NAME = QT_TRANSLATE_NOOP("RegisterExtract", "Name")
PERSONNUMMER = QT_TRANSLATE_NOOP("RegisterExtract", "Personal identity number")
COORDINATION_NUMBER = QT_TRANSLATE_NOOP("RegisterExtract", "Coordination number")
BORN = QT_TRANSLATE_NOOP("RegisterExtract", "Born")
SEX = QT_TRANSLATE_NOOP("RegisterExtract", "Sex")
PROTECTED_LABEL = QT_TRANSLATE_NOOP("RegisterExtract", "Protected identity")
REGISTERED = QT_TRANSLATE_NOOP("RegisterExtract", "Registered in Caseflow")
YES = QT_TRANSLATE_NOOP("RegisterExtract", "Yes")
NO = QT_TRANSLATE_NOOP("RegisterExtract", "No")
GUARDIANS = QT_TRANSLATE_NOOP("RegisterExtract", "Guardians")
CUSTODY = QT_TRANSLATE_NOOP("RegisterExtract", "Custody")
NOTE = QT_TRANSLATE_NOOP("RegisterExtract", "Note")
NO_INFORMATION = QT_TRANSLATE_NOOP("RegisterExtract", "Is not to be told about the case")
NO_GUARDIANS = QT_TRANSLATE_NOOP("RegisterExtract", "No guardian is registered.")

PROGRAMME = QT_TRANSLATE_NOOP("RegisterExtract", "Programme")
STATUS = QT_TRANSLATE_NOOP("RegisterExtract", "Status")
REFERRAL = QT_TRANSLATE_NOOP("RegisterExtract", "Referral")
REFERRAL_VALUE = QT_TRANSLATE_NOOP("RegisterExtract", "{date}, from {source}")
REFERRAL_REASON = QT_TRANSLATE_NOOP("RegisterExtract", "Reason for the referral")
RESPONSIBLE = QT_TRANSLATE_NOOP("RegisterExtract", "Responsible social worker")
STAFF = QT_TRANSLATE_NOOP("RegisterExtract", "Other staff on the case")
CLOSED = QT_TRANSLATE_NOOP("RegisterExtract", "Closed")
CLOSED_VALUE = QT_TRANSLATE_NOOP("RegisterExtract", "{date}: {reason}")
CLOSING_SUMMARY = QT_TRANSLATE_NOOP("RegisterExtract", "Closing summary")
CASE_WORDS = sections.CaseWords(
    PROGRAMME, STATUS, REFERRAL, REFERRAL_VALUE, REFERRAL_REASON, RESPONSIBLE
)
CLOSING_WORDS = sections.ClosingWords(CLOSED, CLOSED_VALUE, CLOSING_SUMMARY)

STATUS_HISTORY = QT_TRANSLATE_NOOP("RegisterExtract", "Status history")
DATE = QT_TRANSLATE_NOOP("RegisterExtract", "Date")
FROM = QT_TRANSLATE_NOOP("RegisterExtract", "From")
TO = QT_TRANSLATE_NOOP("RegisterExtract", "To")
BY = QT_TRANSLATE_NOOP("RegisterExtract", "By")
AGENCIES = QT_TRANSLATE_NOOP("RegisterExtract", "Agencies involved")
AGENCY = QT_TRANSLATE_NOOP("RegisterExtract", "Agency")
CONTACT = QT_TRANSLATE_NOOP("RegisterExtract", "Contact")

CONSENTS = QT_TRANSLATE_NOOP("RegisterExtract", "Consents")
GIVEN_BY = QT_TRANSLATE_NOOP("RegisterExtract", "Given by")
PARTIES = QT_TRANSLATE_NOOP("RegisterExtract", "May share with")
INFORMATION_AND_PURPOSE = QT_TRANSLATE_NOOP("RegisterExtract", "Information and purpose")
INFO_PURPOSE_VALUE = QT_TRANSLATE_NOOP("RegisterExtract", "{information}\nPurpose: {purpose}")
VALIDITY = QT_TRANSLATE_NOOP("RegisterExtract", "Valid")
VALIDITY_VALUE = QT_TRANSLATE_NOOP("RegisterExtract", "{start} – {end}\n{manner}")
ORAL_RECEIVED = QT_TRANSLATE_NOOP("RegisterExtract", "received by {name}")
FORM_ATTACHED = QT_TRANSLATE_NOOP("RegisterExtract", "Signed form kept: {names}")
NOW = QT_TRANSLATE_NOOP("RegisterExtract", "Now")
WITHDRAWALS = QT_TRANSLATE_NOOP("RegisterExtract", "Withdrawals of consent")
WITHDRAWN_BY = QT_TRANSLATE_NOOP("RegisterExtract", "Withdrawn by")
EVERYTHING = QT_TRANSLATE_NOOP("RegisterExtract", "Everything")
HOW = QT_TRANSLATE_NOOP("RegisterExtract", "How")
GROUNDS = QT_TRANSLATE_NOOP("RegisterExtract", "Legal grounds used instead of consent")
GROUND = QT_TRANSLATE_NOOP("RegisterExtract", "Legal ground")
PARTY = QT_TRANSLATE_NOOP("RegisterExtract", "Party")
REASON = QT_TRANSLATE_NOOP("RegisterExtract", "Reason")
PERIOD = QT_TRANSLATE_NOOP("RegisterExtract", "{start} – {end}")
DISCLOSURES = QT_TRANSLATE_NOOP("RegisterExtract", "Information given to others")
TOLD = QT_TRANSLATE_NOOP("RegisterExtract", "Told")
WHAT = QT_TRANSLATE_NOOP("RegisterExtract", "What")
BASIS = QT_TRANSLATE_NOOP("RegisterExtract", "On the basis of")
CONSENT_WORDS = sections.ConsentWords(INFO_PURPOSE_VALUE, VALIDITY_VALUE, PERIOD, EVERYTHING)

ASSESSMENTS = QT_TRANSLATE_NOOP("RegisterExtract", "Assessments of risk and protective factors")
ASSESSMENT_HEADING = QT_TRANSLATE_NOOP("RegisterExtract", "Assessment on {date}, by {author}")
FACTOR = QT_TRANSLATE_NOOP("RegisterExtract", "Factor")
PRESENCE = QT_TRANSLATE_NOOP("RegisterExtract", "Assessed as")
COMMENT = QT_TRANSLATE_NOOP("RegisterExtract", "Comment")
GOALS = QT_TRANSLATE_NOOP("RegisterExtract", "Goals of the plan")
GOAL = QT_TRANSLATE_NOOP("RegisterExtract", "Goal")
GOAL_DETAIL = QT_TRANSLATE_NOOP("RegisterExtract", "{domain} · target date {date}")
HISTORY = QT_TRANSLATE_NOOP("RegisterExtract", "Status over time")
HISTORY_LINE = QT_TRANSLATE_NOOP("RegisterExtract", "{date}: {status} ({by})")
HISTORY_NOTE = QT_TRANSLATE_NOOP("RegisterExtract", "{date}: {status} ({by}) – {note}")
FOLLOW_UPS = QT_TRANSLATE_NOOP("RegisterExtract", "Follow-ups")
SUMMARY = QT_TRANSLATE_NOOP("RegisterExtract", "Summary")
ACTIONS = QT_TRANSLATE_NOOP("RegisterExtract", "Activities and agreed actions")
RESPONSIBLE_SHORT = QT_TRANSLATE_NOOP("RegisterExtract", "Responsible")
DUE = QT_TRANSLATE_NOOP("RegisterExtract", "Due")
MEETINGS = QT_TRANSLATE_NOOP("RegisterExtract", "Meetings about the case")
MEETING_HEADING = QT_TRANSLATE_NOOP("RegisterExtract", "{date} {time}, {kind} ({status})")
PLACE = QT_TRANSLATE_NOOP("RegisterExtract", "Place")
PRESENT = QT_TRANSLATE_NOOP("RegisterExtract", "Present while the case was discussed")
ITEM_HEADING = QT_TRANSLATE_NOOP("RegisterExtract", "§ {number} {heading}")
CORRECTION_HEADING = QT_TRANSLATE_NOOP(
    "RegisterExtract", "§ {number} {heading} (correction of § {corrects})"
)
NOTES = QT_TRANSLATE_NOOP("RegisterExtract", "Notes")
DECISIONS = QT_TRANSLATE_NOOP("RegisterExtract", "Decisions")
NEXT_DATE = QT_TRANSLATE_NOOP("RegisterExtract", "Next meeting or follow-up")
WRITTEN = QT_TRANSLATE_NOOP("RegisterExtract", "Written")
WRITTEN_VALUE = QT_TRANSLATE_NOOP("RegisterExtract", "{date}, {name}")
NO_ITEMS = QT_TRANSLATE_NOOP(
    "RegisterExtract", "No minutes about you were written at this meeting."
)
SHARED_SITTING = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "Meetings can take up several young people. Only what was minuted about you is printed.",
)
MINUTES_WORDS = sections.MinutesWords(
    MEETING_HEADING, ITEM_HEADING, CORRECTION_HEADING, NOTES, DECISIONS, NEXT_DATE
)

JOURNAL = QT_TRANSLATE_NOOP("RegisterExtract", "Journal")
NUMBER = QT_TRANSLATE_NOOP("RegisterExtract", "No.")
DATE_AND_TYPE = QT_TRANSLATE_NOOP("RegisterExtract", "Date, type")
AUTHOR_SIGNED = QT_TRANSLATE_NOOP("RegisterExtract", "Written and signed")
SIGNED_VALUE = QT_TRANSLATE_NOOP("RegisterExtract", "{author}\n{date} {time}")
TEXT = QT_TRANSLATE_NOOP("RegisterExtract", "Text")
CORRECTION = QT_TRANSLATE_NOOP("RegisterExtract", "Correction of entry {number}:\n{text}")
JOURNAL_NOTE = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "A signed entry is never changed: a correction is a new entry that names the entry it "
    "corrects, and both are printed.",
)
UNSIGNED = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "Entries being written and not yet signed: {count}. They become part of the journal, "
    "and of a new extract, when signed.",
)
NONE_RECORDED = QT_TRANSLATE_NOOP("RegisterExtract", "None recorded.")

ACCESS_INTRODUCTION = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "Every time someone opens one of your cases, writes in it or prints from it, the system "
    "logs who did it and when, and the reason they gave when they do not work with your "
    "case. These are the log's entries about your cases, oldest first.",
)
TIME = QT_TRANSLATE_NOOP("RegisterExtract", "Time")
USER = QT_TRANSLATE_NOOP("RegisterExtract", "Who")
ACTION = QT_TRANSLATE_NOOP("RegisterExtract", "Did")
CASE = QT_TRANSLATE_NOOP("RegisterExtract", "Case")
NO_ACCESS = QT_TRANSLATE_NOOP("RegisterExtract", "The log holds no entry about your cases.")
NO_AUDIT_LOG = QT_TRANSLATE_NOOP(
    "RegisterExtract",
    "The log of who has opened your records cannot be printed from this system yet; ask "
    "social services for it separately.",
)

# ------------------------------------------------------------------------- layout

CELL_PADDING = 12.0  # a table cell's padding, left and right together
# Column widths in points; a date's is ``sections.DATE_WIDTH``.
TIME_WIDTH = 96.0  # "2026-08-07 14:05"
NUMBER_WIDTH = 30.0
STATUS_WIDTH = 78.0
PERSON_WIDTH = 96.0
AGENCY_WIDTH = 76.0
CASE_WIDTH = 96.0


def render_register_extract(
    data: RegisterExtractData, translate: Translate | None = None, language: str = ""
) -> bytes:
    """The extract as PDF bytes; ``translate`` renders its words (None: the installed one)."""
    person = data.person
    info = ReportInfo(
        title=PDF_TITLE.format(name=person.name),
        subject=SUBJECT.format(name=person.name),
        identifier=person.personnummer or person.birth_date.isoformat(),
        imprint=data.imprint,
        banner=PROTECTED_BANNER if person.protected_identity else None,
        language=language,
    )
    return _Layout(ReportDocument(info, translate), data).build()


class _Layout(sections.Story):
    """The story of one extract: the front page, the person, each case, the access log."""

    def __init__(self, doc: ReportDocument, data: RegisterExtractData) -> None:
        super().__init__(doc)
        self.data = data

    def build(self) -> bytes:
        self._front()
        self._person()
        for case in self.data.cases:
            self.add(PageBreak())
            _CaseLayout(self, case).build()
        self._access()
        return self.pdf()

    # --- helpers -------------------------------------------------------------------

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Any]],
        empty: Text = NONE_RECORDED,
    ) -> None:
        """A table under the heading just added, or ``empty`` without rows.

        Cells whose lines each fit their column are drawn as plain lines
        (``_Lines``); the rest are paragraphs that wrap, as ``doc.table``
        makes them. The journal and the access log run to hundreds of rows:
        parsing and breaking a paragraph for every short date and name is
        most of what laying them out would cost.
        """
        total = sum(c.width for c in columns) or 1.0
        room = [CONTENT_WIDTH * c.width / total - CELL_PADDING for c in columns]
        cells = [
            [
                self.cell(value, width, column.numeric)
                for value, width, column in zip(row, room, columns, strict=True)
            ]
            for row in rows
        ]
        self.add(self.doc.table(columns, cells, empty=empty))

    def cell(self, value: Any, width: float, right: bool = False) -> Any:
        """``value`` as plain lines when they fit ``width``, else as it is (a paragraph)."""
        doc = self.doc
        style = doc.styles.cell
        lines: list[tuple[str, str, float, Any]]
        if isinstance(value, _Pair):
            lines = [
                (doc.t(value.main), style.fontName, style.fontSize, style.textColor),
                (doc.t(value.detail), style.fontName, DETAIL_SIZE, MUTED_COLOUR),
            ]
            fallback: Any = doc.two_lines(value.main, value.detail)
        elif isinstance(value, Flowable):
            return value
        else:
            text = doc.t(value) if isinstance(value, Text) else "" if value is None else str(value)
            text = text or NOTHING
            lines = [
                (line, style.fontName, style.fontSize, style.textColor) for line in text.split("\n")
            ]
            fallback = value
        if all(stringWidth(text, font, size) <= width for text, font, size, _ in lines):
            return _Lines(lines, style.fontSize, style.leading, right)
        return fallback

    def box(self, text: Text | str, colour: Any) -> None:
        doc = self.doc
        notice = doc.paragraph(text, doc.styles.cell_header)
        self.add(doc.box([notice], colour, top=4, bottom=5), doc.spacer(3))

    # --- sections ------------------------------------------------------------------

    def _front(self) -> None:
        doc, data, person = self.doc, self.data, self.data.person
        self.add(
            *doc.title(
                TITLE,
                SUBTITLE.format(
                    name=person.name,
                    personnummer=person.personnummer or person.birth_date.isoformat(),
                    date=data.on_date.isoformat(),
                ),
            ),
            doc.paragraph(INTRODUCTION.format(date=data.on_date.isoformat())),
            doc.spacer(2),
        )
        if data.cases:
            entries = sum(len(c.journal) for c in data.cases)
            accesses = len(data.access_log) if data.access_log is not None else 0
            self.add(
                doc.paragraph(
                    CONTENTS.format(
                        count=len(data.cases),
                        numbers=", ".join(c.case_number for c in data.cases),
                        entries=entries,
                        accesses=accesses,
                    )
                )
            )
        else:
            self.add(doc.paragraph(NO_CASES))
        self.add(doc.spacer(3))
        self.box(HANDOVER.format(name=person.name), RULE_COLOUR)
        if person.protected_identity:
            self.box(PROTECTED, MARKING_COLOUR)

    def _person(self) -> None:
        doc, person = self.doc, self.data.person
        pairs: list[Pair] = [(NAME, person.name)]
        if person.personnummer:
            number = COORDINATION_NUMBER if person.coordination_number else PERSONNUMMER
            pairs.append((number, person.personnummer))
        pairs.append((BORN, person.birth_date.isoformat()))
        if person.sex is not None:
            pairs.append((SEX, person.sex))
        pairs.append((PROTECTED_LABEL, YES if person.protected_identity else NO))
        pairs.extend(person.contacts)
        pairs.append((REGISTERED, person.registered_on.isoformat()))
        self.add(doc.heading(SECTION_PERSON), doc.key_values(pairs), doc.heading(GUARDIANS, 2))
        self.table(
            [Column(NAME, 3), Column(CUSTODY, 1), Column(NOTE, 3)],
            [
                [g.name, YES if g.has_custody else NO, NO_INFORMATION if g.no_information else ""]
                for g in person.guardians
            ],
            empty=NO_GUARDIANS,
        )

    def _access(self) -> None:
        doc, log = self.doc, self.data.access_log
        self.add(PageBreak(), doc.heading(SECTION_ACCESS))
        if log is None:
            self.add(doc.paragraph(NO_AUDIT_LOG))
            return
        self.add(doc.paragraph(ACCESS_INTRODUCTION), doc.spacer(2))
        fixed = (TIME_WIDTH, PERSON_WIDTH, CASE_WIDTH)
        columns = [
            Column(TIME, TIME_WIDTH),
            Column(USER, PERSON_WIDTH),
            Column(ACTION, remaining_width(*fixed) / 2),
            Column(CASE, CASE_WIDTH),
            Column(REASON, remaining_width(*fixed) / 2),
        ]
        rows = [
            [
                f"{a.at.date().isoformat()} {format_time(a.at)}",
                a.user,
                a.action,
                a.case_number,
                a.reason,
            ]
            for a in log
        ]
        self.table(columns, rows, empty=NO_ACCESS)


class _CaseLayout:
    """The pages of one case."""

    def __init__(self, parent: _Layout, case: CasePart) -> None:
        self.parent = parent
        self.doc = parent.doc
        self.case = case

    def build(self) -> None:
        self._facts()
        self._history()
        self._consent()
        self._disclosures()
        self._assessments()
        self._plan()
        self._meetings()
        self._journal()

    def add(self, *flowables: Flowable) -> None:
        self.parent.add(*flowables)

    def heading(self, text: Text | str, level: int = 2) -> None:
        self.add(self.doc.heading(text, level))

    def _facts(self) -> None:
        doc, case = self.doc, self.case
        pairs = sections.case_facts(case, CASE_WORDS)
        if case.staff:
            pairs.append((STAFF, "\n".join(case.staff)))
        pairs += sections.closing_facts(case, CLOSING_WORDS)
        self.add(doc.heading(SECTION_CASE.format(case=case.case_number)), doc.key_values(pairs))

    def _history(self) -> None:
        case = self.case
        self.heading(STATUS_HISTORY)
        self.parent.table(
            [
                Column(DATE, DATE_WIDTH),
                Column(FROM, STATUS_WIDTH),
                Column(TO, STATUS_WIDTH),
                Column(BY, PERSON_WIDTH),
                Column(NOTE, remaining_width(DATE_WIDTH, 2 * STATUS_WIDTH, PERSON_WIDTH)),
            ],
            [
                [s.changed_on.isoformat(), s.from_status or "", s.to_status, s.by, s.note]
                for s in case.status_history
            ],
        )
        self.heading(AGENCIES)
        self.parent.table(
            [Column(AGENCY, 1.2), Column(NAME, 1.5), Column(CONTACT, 1.8)],
            [[a.agency, a.name, a.contact] for a in case.agencies],
        )

    def _consent(self) -> None:
        doc, case = self.doc, self.case
        self.heading(CONSENTS)
        rows = []
        for c in case.consents:
            forms = doc.t(FORM_ATTACHED, names=", ".join(c.forms)) if c.forms else ""
            cells = sections.consent_cells(
                doc, c, CONSENT_WORDS, self._received(c.documented_by), forms
            )
            rows.append([*cells, c.state])
        self.parent.table(
            [
                Column(GIVEN_BY, 1.4),
                Column(PARTIES, 1.3),
                Column(INFORMATION_AND_PURPOSE, 3.0),
                Column(VALIDITY, 1.5),
                Column(NOW, 1.2),
            ],
            rows,
        )
        if case.withdrawals:
            self.heading(WITHDRAWALS, 3)
            rows = [
                sections.withdrawal_cells(doc, w, CONSENT_WORDS, self._received(w.received_by))
                for w in case.withdrawals
            ]
            self.parent.table(
                [
                    Column(WITHDRAWN_BY, 1.6),
                    Column(FROM, 1.0),
                    Column(PARTIES, 2.2),
                    Column(HOW, 1.4),
                ],
                rows,
            )
        if case.grounds:
            self.heading(GROUNDS, 3)
            self.parent.table(
                [
                    Column(GROUND, 2.4),
                    Column(PARTY, 1.2),
                    Column(VALIDITY, 1.4),
                    Column(REASON, 2.6),
                ],
                [
                    [
                        *sections.ground_cells(doc, g, CONSENT_WORDS),
                        f"{g.reason}\n({g.recorded_by})" if g.recorded_by else g.reason,
                    ]
                    for g in case.grounds
                ],
            )

    def _received(self, name: str) -> str:
        """Who received an oral consent or withdrawal, when someone did."""
        return self.doc.t(ORAL_RECEIVED, name=name) if name else ""

    def _disclosures(self) -> None:
        self.heading(DISCLOSURES)
        fixed = (DATE_WIDTH, AGENCY_WIDTH + 20, PERSON_WIDTH)
        self.parent.table(
            [
                Column(DATE, DATE_WIDTH),
                Column(TOLD, AGENCY_WIDTH + 20),
                Column(WHAT, remaining_width(*fixed) * 0.65),
                Column(BASIS, remaining_width(*fixed) * 0.35),
                Column(BY, PERSON_WIDTH),
            ],
            [
                [d.disclosed_on.isoformat(), d.party, d.what, d.basis, d.recorded_by]
                for d in self.case.disclosures
            ],
        )

    def _assessments(self) -> None:
        doc = self.doc
        self.heading(ASSESSMENTS)
        if not self.case.assessments:
            self.parent.note(NONE_RECORDED)
        for a in self.case.assessments:
            self.heading(
                ASSESSMENT_HEADING.format(date=a.assessed_on.isoformat(), author=a.author), 3
            )
            if a.summary:
                self.add(doc.paragraph(a.summary), doc.spacer(1.5))
            self.parent.table(
                [Column(FACTOR, 3.0), Column(PRESENCE, 1.1), Column(COMMENT, 2.6)],
                [[_Pair(f.label, f.detail), f.presence, f.comment] for f in a.factors],
            )

    def _plan(self) -> None:
        doc, case = self.doc, self.case
        self.heading(GOALS)
        rows = []
        for g in case.goals:
            detail = (
                GOAL_DETAIL.format(domain=g.life_domain, date=g.target_date.isoformat())
                if g.target_date is not None
                else g.life_domain
            )
            history = "\n".join(
                doc.t(
                    (HISTORY_NOTE if h.note else HISTORY_LINE).format(
                        date=h.recorded_on.isoformat(), status=h.status, by=h.by, note=h.note
                    )
                )
                for h in g.history
            )
            rows.append([_Pair(g.text, detail), g.status, history])
        self.parent.table(
            [
                Column(GOAL, remaining_width(STATUS_WIDTH) * 0.45),
                Column(STATUS, STATUS_WIDTH),
                Column(HISTORY, remaining_width(STATUS_WIDTH) * 0.55),
            ],
            rows,
        )
        self.heading(FOLLOW_UPS)
        self.parent.table(
            [
                Column(DATE, DATE_WIDTH),
                Column(BY, PERSON_WIDTH),
                Column(SUMMARY, remaining_width(DATE_WIDTH, PERSON_WIDTH)),
            ],
            [[f.held_on.isoformat(), f.author, f.summary] for f in case.follow_ups],
        )
        self.heading(ACTIONS)
        fixed = (AGENCY_WIDTH, PERSON_WIDTH, DATE_WIDTH, STATUS_WIDTH)
        self.parent.table(
            [
                Column(WHAT, remaining_width(*fixed)),
                Column(AGENCY, AGENCY_WIDTH),
                Column(RESPONSIBLE_SHORT, PERSON_WIDTH),
                Column(DUE, DATE_WIDTH),
                Column(STATUS, STATUS_WIDTH),
            ],
            [
                [
                    _Pair(a.what, a.agreed) if a.agreed is not None else a.what,
                    a.agency,
                    a.responsible,
                    format_date(a.due),
                    a.status,
                ]
                for a in case.actions
            ],
        )

    def _meetings(self) -> None:
        doc, case = self.doc, self.case
        self.heading(MEETINGS)
        if not case.meetings:
            self.parent.note(NONE_RECORDED)
            return
        self.add(doc.paragraph(SHARED_SITTING, doc.styles.small))
        for m in case.meetings:
            self.heading(sections.meeting_heading(MINUTES_WORDS, m.starts_at, m.kind, m.status), 3)
            pairs: list[Pair] = [(PLACE, m.place)]
            if m.present:
                pairs.append((PRESENT, doc.lines(m.present)))
            self.add(doc.key_values(pairs))
            if not m.items:
                self.parent.note(NO_ITEMS)
            for item in m.items:
                self._item(item)

    def _item(self, item: MinutesItemLine) -> None:
        doc = self.doc
        written = WRITTEN_VALUE.format(date=item.written_on.isoformat(), name=item.written_by)
        pairs = [
            *sections.item_facts(MINUTES_WORDS, item.notes, item.decisions, item.next_date),
            (WRITTEN, written),
        ]
        heading = sections.item_heading(MINUTES_WORDS, item.number, item.heading, item.corrects)
        self.add(doc.spacer(1.5), doc.paragraph(heading, doc.styles.cell_header))
        self.add(doc.key_values(pairs))

    def _journal(self) -> None:
        doc, case = self.doc, self.case
        self.heading(JOURNAL)
        if case.journal:
            self.add(doc.paragraph(JOURNAL_NOTE, doc.styles.small), doc.spacer(1.5))
        fixed = (NUMBER_WIDTH, DATE_WIDTH, PERSON_WIDTH)
        self.parent.table(
            [
                Column(NUMBER, NUMBER_WIDTH, numeric=True),
                Column(DATE_AND_TYPE, DATE_WIDTH),
                Column(AUTHOR_SIGNED, PERSON_WIDTH),
                Column(TEXT, remaining_width(*fixed)),
            ],
            [
                [
                    j.number,
                    _Pair(j.entry_date.isoformat(), j.entry_type),
                    SIGNED_VALUE.format(
                        author=j.author,
                        date=j.signed_at.date().isoformat(),
                        time=format_time(j.signed_at),
                    ),
                    CORRECTION.format(number=j.corrects, text=j.text)
                    if j.corrects is not None
                    else j.text,
                ]
                for j in case.journal
            ],
        )
        if case.unsigned_entries:
            self.parent.note(UNSIGNED.format(count=case.unsigned_entries))


@dataclass(frozen=True)
class _Pair:
    """A cell of two lines: ``main``, and ``detail`` small and grey under it."""

    main: Text | str
    detail: Text | str


class _Lines(Flowable):  # type: ignore[misc]  # reportlab has no types
    """Lines of plain text, each known to fit its cell, set as a ``cell`` paragraph would be.

    ``lines`` are (text, font, size, colour); baselines are ``leading``
    apart, the first ``size`` below the top, as in a paragraph.
    """

    def __init__(
        self,
        lines: Sequence[tuple[str, str, float, Any]],
        first_size: float,
        leading: float,
        right: bool = False,
    ) -> None:
        super().__init__()
        self.lines, self.first_size, self.leading, self.right = lines, first_size, leading, right
        self.height = leading * len(lines)
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        baseline = self.height - self.first_size
        for text, font, size, colour in self.lines:
            canvas.setFont(font, size)
            canvas.setFillColor(colour)
            if self.right:
                canvas.drawRightString(self.width, baseline, text)
            else:
                canvas.drawString(0, baseline, text)
            baseline -= self.leading
