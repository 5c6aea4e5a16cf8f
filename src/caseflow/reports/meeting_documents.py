"""A meeting's agenda (dagordning) and minutes (protokoll) as PDFs.

Plain data in (gathered by ``caseflow.services.meeting_documents``), PDF bytes
out, on the shared page of ``caseflow.reports.document``. The agenda names
the cases by case number only. The minutes are always one case's: a shared
sitting's minutes are printed per case, and ``MinutesData`` holds that case's
items alone, so nothing said about another young person can reach the page.
Draft minutes say so on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether  # type: ignore[import-untyped]

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.reports.document import (
    Column,
    Imprint,
    ReportDocument,
    ReportInfo,
    format_date,
    format_time,
)

# --- the documents' words ------------------------------------------------------------------

AGENDA = QT_TRANSLATE_NOOP("Reports", "Agenda")
AGENDA_PDF_TITLE = QT_TRANSLATE_NOOP("Reports", "Agenda – {type}, {date}")
MINUTES = QT_TRANSLATE_NOOP("Reports", "Minutes")
MINUTES_PDF_TITLE = QT_TRANSLATE_NOOP("Reports", "Minutes – {type}, {date} – {case}")
WHEN = QT_TRANSLATE_NOOP("Reports", "{type}, {date} {start}–{end}")
MEETING_IDENTIFIER = QT_TRANSLATE_NOOP("Reports", "Meeting {id}")
TYPE = QT_TRANSLATE_NOOP("Reports", "Type of meeting")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
TIME = QT_TRANSLATE_NOOP("Reports", "Time")
PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
CASES = QT_TRANSLATE_NOOP("Reports", "Cases")
CASE = QT_TRANSLATE_NOOP("Reports", "Case")
CASE_HEADING = QT_TRANSLATE_NOOP("Reports", "Case {case}")
CANCELLED = QT_TRANSLATE_NOOP("Reports", "CANCELLED")
CANCELLED_NOTE = QT_TRANSLATE_NOOP("Reports", "The meeting is cancelled.")
INVITED = QT_TRANSLATE_NOOP("Reports", "Invited")
NOBODY_INVITED = QT_TRANSLATE_NOOP("Reports", "Nobody is invited yet.")
NAME = QT_TRANSLATE_NOOP("Reports", "Name")
AGENCY = QT_TRANSLATE_NOOP("Reports", "Agency")
ROLE = QT_TRANSLATE_NOOP("Reports", "Role")
AGENCY_AND_PARTY = QT_TRANSLATE_NOOP("Reports", "{agency}, {party}")
ITEMS = QT_TRANSLATE_NOOP("Reports", "Agenda items")
SHARED_AGENDA = QT_TRANSLATE_NOOP(
    "Reports",
    "The cases are taken one at a time. What is said about one young person is minuted "
    "under that case alone.",
)
CHECKLIST = QT_TRANSLATE_NOOP("Reports", "Checklist")
NO_CHECKLIST = QT_TRANSLATE_NOOP("Reports", "This type of meeting has no checklist.")
CHECKED, UNCHECKED = "\u2612", "\u2610"  # ☒ ☐, in DejaVu Sans

DRAFT_BANNER = QT_TRANSLATE_NOOP("Reports", "DRAFT – not approved")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
APPROVED_BY = QT_TRANSLATE_NOOP("Reports", "Approved by {name} on {date}")
DRAFT_STATUS = QT_TRANSLATE_NOOP("Reports", "Draft – not approved")
DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "These minutes are a draft: they have not been approved and may still change."
)
SHARED_MINUTES = QT_TRANSLATE_NOOP(
    "Reports",
    "The meeting also took up other young people. This document holds only the part of "
    "the minutes about case {case}.",
)
NEXT_DATE = QT_TRANSLATE_NOOP("Reports", "Next meeting or follow-up")
PRESENT = QT_TRANSLATE_NOOP("Reports", "Present")
NOBODY_PRESENT = QT_TRANSLATE_NOOP("Reports", "No attendance is recorded for this case.")
NO_ITEMS = QT_TRANSLATE_NOOP("Reports", "No minutes are written for this case.")
ITEM_HEADING = QT_TRANSLATE_NOOP("Reports", "{number}. {heading}")
NOTES = QT_TRANSLATE_NOOP("Reports", "Notes")
DECISIONS = QT_TRANSLATE_NOOP("Reports", "Decisions")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Reports", "Nothing is written under this item.")
CORRECTION = QT_TRANSLATE_NOOP(
    "Reports", "Correction {number} of item {corrects}, written by {name} on {date}"
)
NEXT_DATE_LINE = QT_TRANSLATE_NOOP("Reports", "Next meeting or follow-up: {date}")
ACTIONS = QT_TRANSLATE_NOOP("Reports", "Agreed actions")
NO_ACTIONS = QT_TRANSLATE_NOOP("Reports", "No actions were agreed.")
ITEM = QT_TRANSLATE_NOOP("Reports", "Item")
WHAT = QT_TRANSLATE_NOOP("Reports", "What")
RESPONSIBLE = QT_TRANSLATE_NOOP("Reports", "Responsible")
RESPONSIBLE_AT = QT_TRANSLATE_NOOP("Reports", "{person} ({agency})")
DUE = QT_TRANSLATE_NOOP("Reports", "Due")
ACTION_STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
APPROVAL = QT_TRANSLATE_NOOP("Reports", "Approval")


# --- the data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """An invitee or an attendee: a named person of an agency (and which school, which unit)."""

    name: str
    agency: Text | str
    party: str = ""
    role: str = ""


@dataclass(frozen=True)
class MeetingFacts:
    """What both documents say about the meeting itself."""

    meeting_id: int
    type_label: Text | str
    starts_at: datetime
    ends_at: datetime
    place: str
    cancelled: bool = False


@dataclass(frozen=True)
class AgendaCase:
    """A case on the agenda: its number and its headings, in agenda order."""

    case_number: str
    headings: tuple[str, ...]


@dataclass(frozen=True)
class AgendaData:
    meeting: MeetingFacts
    cases: tuple[AgendaCase, ...]
    invitees: tuple[Person, ...]
    checklist: tuple[tuple[str, bool], ...]  # (point, ticked)


@dataclass(frozen=True)
class ActionLine:
    """An agreed action as the minutes print it; ``item`` is the agreeing item's number."""

    item: int
    what: str
    agency: Text | str
    responsible: str
    due: date | None
    status: Text | str


@dataclass(frozen=True)
class MinutesEntry:
    """One item of the case's minutes; a correction names the item it corrects."""

    number: int
    heading: str
    notes: str = ""
    decisions: str = ""
    next_date: date | None = None
    corrects: int | None = None
    written_by: str = ""
    written_on: date | None = None


@dataclass(frozen=True)
class MinutesData:
    """One case's part of a meeting's minutes, and nothing of any other case."""

    meeting: MeetingFacts
    case_number: str
    shared_sitting: bool  # the meeting took up other cases too (never named here)
    items: tuple[MinutesEntry, ...]
    actions: tuple[ActionLine, ...]
    present: tuple[Person, ...]
    approved: bool
    approved_by: str = ""
    approved_on: date | None = None
    next_date: date | None = None


# --- building ------------------------------------------------------------------------------


def _when(doc: ReportDocument, meeting: MeetingFacts) -> str:
    return doc.t(
        WHEN,
        type=meeting.type_label,
        date=meeting.starts_at.date().isoformat(),
        start=format_time(meeting.starts_at),
        end=format_time(meeting.ends_at),
    )


def _info(
    meeting: MeetingFacts,
    pdf_title: Text,
    subject: Text,
    identifier: str,
    banner: Text | None,
    imprint: Imprint,
    language: str,
) -> ReportInfo:
    """What a document says about itself; its PDF title names the meeting's type and date."""
    return ReportInfo(
        title=pdf_title.format(type=meeting.type_label, date=meeting.starts_at.date().isoformat()),
        subject=subject,
        identifier=identifier,
        imprint=imprint,
        banner=banner,
        language=language,
    )


def _facts(meeting: MeetingFacts) -> list[tuple[Text | str, object]]:
    return [
        (TYPE, meeting.type_label),
        (DATE, meeting.starts_at.date().isoformat()),
        (TIME, f"{format_time(meeting.starts_at)}–{format_time(meeting.ends_at)}"),
        (PLACE, meeting.place),
    ]


def _agency(doc: ReportDocument, person: Person) -> str:
    agency = doc.t(person.agency)
    return doc.t(AGENCY_AND_PARTY, agency=agency, party=person.party) if person.party else agency


def _people(doc: ReportDocument, people: Sequence[Person], empty: Text) -> Flowable:
    return doc.table(
        [Column(NAME, 3), Column(AGENCY, 4), Column(ROLE, 3)],
        [(p.name, _agency(doc, p), p.role) for p in people],
        empty=empty,
    )


def agenda_pdf(
    data: AgendaData, imprint: Imprint, translate: Translate | None = None, language: str = ""
) -> bytes:
    """The agenda: the meeting, its cases by number, the invitees, the items, the checklist."""
    meeting = data.meeting
    numbers = [c.case_number for c in data.cases]
    identifier = numbers[0] if len(numbers) == 1 else ""
    identifier = identifier or MEETING_IDENTIFIER.format(id=meeting.meeting_id).render(translate)
    banner = CANCELLED if meeting.cancelled else None
    info = _info(meeting, AGENDA_PDF_TITLE, AGENDA, identifier, banner, imprint, language)
    doc = ReportDocument(info, translate)
    story: list[Flowable] = [*doc.title(AGENDA, _when(doc, meeting))]
    if meeting.cancelled:
        story.append(doc.paragraph(CANCELLED_NOTE, doc.styles.heading3))
    story.append(doc.key_values([*_facts(meeting), (CASES, ", ".join(numbers))]))
    story += [doc.heading(INVITED), _people(doc, data.invitees, NOBODY_INVITED)]
    story.append(doc.heading(ITEMS))
    if len(data.cases) > 1:
        story.append(doc.paragraph(SHARED_AGENDA, doc.styles.small))
    number = 0
    for case in data.cases:
        lines: list[Flowable] = [doc.heading(doc.t(CASE_HEADING, case=case.case_number), 2)]
        for heading in case.headings:
            number += 1
            lines.append(doc.paragraph(doc.t(ITEM_HEADING, number=number, heading=heading)))
        story.append(KeepTogether(lines))
    story.append(doc.heading(CHECKLIST))
    if not data.checklist:
        story.append(doc.paragraph(NO_CHECKLIST, doc.styles.small))
    for point, ticked in data.checklist:
        story.append(doc.paragraph(f"{CHECKED if ticked else UNCHECKED}  {point}"))
    return doc.build(story)


def minutes_pdf(
    data: MinutesData, imprint: Imprint, translate: Translate | None = None, language: str = ""
) -> bytes:
    """One case's minutes: attendance, its items with their corrections, the agreed
    actions, the next date and the approval. Draft minutes are marked on every page."""
    meeting = data.meeting
    title = MINUTES_PDF_TITLE.format(case=data.case_number)
    banner = None if data.approved else DRAFT_BANNER
    info = _info(meeting, title, MINUTES, data.case_number, banner, imprint, language)
    doc = ReportDocument(info, translate)
    story: list[Flowable] = [*doc.title(MINUTES, _when(doc, meeting))]
    if data.shared_sitting:
        story += [
            doc.paragraph(doc.t(SHARED_MINUTES, case=data.case_number), doc.styles.small),
            doc.spacer(2),
        ]
    story.append(
        doc.key_values(
            [
                (CASE, data.case_number),
                *_facts(meeting),
                (STATUS, _status(doc, data)),
                (NEXT_DATE, format_date(data.next_date)),
            ]
        )
    )
    story += [doc.heading(PRESENT), _people(doc, data.present, NOBODY_PRESENT)]
    story.append(doc.heading(ITEMS))
    story += _items(doc, data.items)
    story.append(doc.heading(ACTIONS))
    story.append(
        doc.table(
            [
                Column(ITEM, 1.0, numeric=True),
                Column(WHAT, 4.4),
                Column(RESPONSIBLE, 2.8),
                Column(DUE, 1.8),  # a date fits on one line
                Column(ACTION_STATUS, 1.6),
            ],
            [
                (
                    a.item,
                    a.what,
                    doc.t(RESPONSIBLE_AT, person=a.responsible, agency=a.agency),
                    format_date(a.due),
                    a.status,
                )
                for a in data.actions
            ],
            empty=NO_ACTIONS,
        )
    )
    story += [doc.heading(APPROVAL), doc.paragraph(_status(doc, data))]
    if not data.approved:
        story.append(doc.paragraph(DRAFT_NOTE, doc.styles.small))
    return doc.build(story)


def _status(doc: ReportDocument, data: MinutesData) -> str:
    if data.approved:
        return doc.t(APPROVED_BY, name=data.approved_by, date=format_date(data.approved_on))
    return doc.t(DRAFT_STATUS)


def _items(doc: ReportDocument, items: Sequence[MinutesEntry]) -> list[Flowable]:
    """Each item, and under it the corrections made to it (and to those), indented."""
    if not items:
        return [doc.paragraph(NO_ITEMS, doc.styles.small)]
    numbers = {i.number for i in items}
    # A correction whose item is not in this document (it cannot be: same case) prints alone.
    roots = [i for i in items if i.corrects is None or i.corrects not in numbers]
    story: list[Flowable] = []

    def add(item: MinutesEntry, depth: int) -> None:
        story.extend(_item(doc, item, depth))
        for correction in items:
            if correction.corrects == item.number:
                add(correction, min(depth + 1, 3))

    for root in roots:
        add(root, 0)
    return story


def _keep_with_next(style: ParagraphStyle, bold: str | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        f"{style.name}-keep", parent=style, keepWithNext=1, fontName=bold or style.fontName
    )


def _indented(style: ParagraphStyle, depth: int) -> ParagraphStyle:
    if depth == 0:
        return style
    return ParagraphStyle(
        f"{style.name}-{depth}", parent=style, leftIndent=style.leftIndent + depth * 16
    )


def _item(doc: ReportDocument, item: MinutesEntry, depth: int) -> list[Flowable]:
    s = doc.styles
    if item.corrects is None:
        title = doc.t(ITEM_HEADING, number=item.number, heading=item.heading)
        head = [doc.paragraph(title, _indented(s.heading3, depth))]
    else:
        line = doc.t(
            CORRECTION,
            number=item.number,
            corrects=item.corrects,
            name=item.written_by,
            date=format_date(item.written_on),
        )
        head = [
            doc.paragraph(line, _indented(s.heading3, depth)),
            doc.paragraph(item.heading, _indented(_keep_with_next(s.small), depth)),
        ]
    body: list[Flowable] = []
    label = _indented(_keep_with_next(s.small, bold=s.bold), depth)
    for caption, text in ((NOTES, item.notes), (DECISIONS, item.decisions)):
        if text.strip():
            body += [doc.paragraph(caption, label), doc.paragraph(text, _indented(s.body, depth))]
    if item.next_date is not None:
        body.append(
            doc.paragraph(
                doc.t(NEXT_DATE_LINE, date=item.next_date.isoformat()), _indented(s.body, depth)
            )
        )
    if not body:
        body.append(doc.paragraph(NOTHING_WRITTEN, _indented(s.small, depth)))
    # Headings and labels keep with what follows (keepWithNext); long notes split.
    return [*head, *body, doc.spacer(1.5)]
