"""A meeting's agenda and minutes as PDFs: what may be printed, gathered as plain data.

``caseflow.reports.meeting_documents`` lays the pages out; this module
decides what goes on them:

- the agenda names the cases by case number only, with the invitees, the
  type's headings for each case and the checklist;
- the minutes are printed for one case at a time. For a case of a shared
  sitting only that case's items (with their corrections and agreed actions)
  and the people present for that case's discussion are gathered; the other
  cases are not even named. The whole meeting's minutes (``case_id`` None)
  may be printed only when the meeting took up a single case.

Every printout is written to the audit log (``report_produced``), once for
each case it is about, so that a case's log shows who printed its papers.

``imprint`` reads the unit's and municipality's names from the settings
(keys ``unit_name`` and ``municipality_name``, JSON strings) for every
report's header and the PDF's author.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from caseflow import central_config
from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import (
    CaseNotOnAgenda,
    MeetingTypeDef,
    MinutesStatus,
    find_meeting_type,
)
from caseflow.domain.text import QT_TRANSLATE_NOOP, Translate
from caseflow.reports import meeting_documents as report
from caseflow.reports.document import Imprint
from caseflow.services import audit, meetings, minutes
from caseflow.services.meetings import MeetingDetail, ParticipantView
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Setting

UNIT_NAME_KEY = "unit_name"
MUNICIPALITY_NAME_KEY = "municipality_name"
DEFAULT_UNIT = QT_TRANSLATE_NOOP("Reports", "Social services")


class PrintPerCase(InvalidInput):
    """The whole minutes of a shared sitting were asked for: they are printed per case."""

    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The meeting took up several young people: print the minutes for one case at a "
        "time, so that each case's part is printed alone.",
    )


# --- the imprint -----------------------------------------------------------------------------


def _setting_text(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    if row is None:
        return ""
    try:
        value = json.loads(row.value)
    except ValueError:
        return ""
    return " ".join(value.split()) if isinstance(value, str) else ""


def imprint(workspace: Workspace, printed_at: datetime | None = None) -> Imprint:
    """The unit, municipality, the user printing and the time, for a report's every page.

    Names IT locked in the central settings win over the database's; names IT
    set but left to the users come after them. Without any ``unit_name`` the
    unit is "Social services"; without a ``municipality_name`` the header
    names the unit alone.
    """
    with workspace.transaction() as session:
        unit = _setting_text(session, UNIT_NAME_KEY)
        municipality = _setting_text(session, MUNICIPALITY_NAME_KEY)
    central = central_config.current()
    unit = central.locked_value("unit_name") or unit or central.unit_name or ""
    municipality = (
        central.locked_value("municipality_name") or municipality or central.municipality_name or ""
    )
    return Imprint(
        unit=unit or DEFAULT_UNIT,
        municipality=municipality,
        printed_by=workspace.user.display_name,
        printed_at=(printed_at or datetime.now()).replace(microsecond=0),
    )


# --- gathering ---------------------------------------------------------------------------------


def _facts(detail: MeetingDetail, meeting_type: MeetingTypeDef | None) -> report.MeetingFacts:
    return report.MeetingFacts(
        meeting_id=detail.id,
        # The type's Text, so that the report renders it in its own language.
        type_label=meeting_type.label if meeting_type else detail.type_label,
        starts_at=detail.starts_at,
        ends_at=detail.ends_at,
        place=detail.place,
        cancelled=detail.cancelled,
    )


def _type_of(workspace: Workspace, detail: MeetingDetail) -> MeetingTypeDef | None:
    return find_meeting_type(meetings.meeting_types(workspace), detail.type_key)


def _person(participant: ParticipantView) -> report.Person:
    return report.Person(
        participant.name, participant.agency.label, participant.party_name, participant.role
    )


def _agenda_data(
    workspace: Workspace, detail: MeetingDetail, translate: Translate | None
) -> report.AgendaData:
    meeting_type = _type_of(workspace, detail)
    headings: tuple[str, ...] = ()
    checklist: tuple[tuple[str, bool], ...] = ()
    if meeting_type is not None:
        headings = tuple(h.render(translate) for h in meeting_type.agenda_template)
        checklist = tuple(
            (text.render(translate), point.done)
            for text, point in zip(meeting_type.checklist, detail.checklist, strict=False)
        )
    return report.AgendaData(
        meeting=_facts(detail, meeting_type),
        cases=tuple(report.AgendaCase(c.case_number, headings) for c in detail.cases),
        invitees=tuple(_person(p) for p in detail.participants),
        checklist=checklist,
    )


def _case_on_agenda(detail: MeetingDetail, case_id: int | None) -> int:
    if case_id is None:
        if len(detail.cases) != 1:
            raise PrintPerCase()
        return detail.cases[0].case_id
    if case_id not in {c.case_id for c in detail.cases}:
        raise CaseNotOnAgenda()
    return case_id


def _minutes_data(workspace: Workspace, detail: MeetingDetail, own: int) -> report.MinutesData:
    view = minutes.get_minutes(workspace, detail.id, own)
    # get_minutes filters by case already; the check here keeps that promise local.
    items = [i for i in view.items if i.case_id == own]
    approved = view.status is MinutesStatus.APPROVED
    next_dates = [i.next_date for i in sorted(items, key=lambda i: i.number) if i.next_date]
    return report.MinutesData(
        meeting=_facts(detail, _type_of(workspace, detail)),
        case_number=next(c.case_number for c in detail.cases if c.case_id == own),
        shared_sitting=len(detail.cases) > 1,
        items=tuple(
            report.MinutesEntry(
                number=i.number,
                heading=i.heading,
                notes=i.notes,
                decisions=i.decisions,
                next_date=i.next_date,
                corrects=i.corrects,
                written_by=i.written_by,
                written_on=i.written_on,
            )
            for i in items
        ),
        actions=tuple(
            report.ActionLine(
                i.number, a.what, a.agency.label, a.responsible, a.due, a.status.label
            )
            for i in items
            for a in i.actions
        ),
        present=tuple(_person(p) for p in detail.participants if own in p.present_for),
        approved=approved,
        approved_by=view.approved_by if approved else "",
        approved_on=view.approved_on if approved else None,
        next_date=next_dates[-1] if next_dates else None,
    )


def _audit(workspace: Workspace, meeting_id: int, case_ids: Sequence[int], what: str) -> None:
    with workspace.transaction() as session:
        for case_id in case_ids:
            audit.log(
                session,
                workspace.user,
                AuditAction.REPORT_PRODUCED,
                case_id=case_id,
                record_type="meeting",
                record_id=meeting_id,
                detail=what,
            )


# --- printing ----------------------------------------------------------------------------------


def agenda_pdf(
    workspace: Workspace,
    meeting_id: int,
    *,
    translate: Translate | None = None,
    language: str = "",
    printed_at: datetime | None = None,
) -> bytes:
    """The meeting's agenda as PDF bytes: its cases by number, invitees, items, checklist.

    ``translate`` renders the document's words (default: the app's language);
    ``language`` is the PDF's language tag to go with it ("sv", "en").
    """
    detail = meetings.get_meeting(workspace, meeting_id)
    data = _agenda_data(workspace, detail, translate)
    pdf = report.agenda_pdf(data, imprint(workspace, printed_at), translate, language)
    _audit(workspace, meeting_id, [c.case_id for c in detail.cases], "agenda")
    return pdf


def minutes_pdf(
    workspace: Workspace,
    meeting_id: int,
    case_id: int | None,
    *,
    translate: Translate | None = None,
    language: str = "",
    printed_at: datetime | None = None,
) -> bytes:
    """One case's part of the minutes as PDF bytes (the only case's, when ``case_id`` is None).

    Raises ``PrintPerCase`` for the whole minutes of a shared sitting and
    ``CaseNotOnAgenda`` for a case the meeting did not take up.
    """
    detail = meetings.get_meeting(workspace, meeting_id)
    own = _case_on_agenda(detail, case_id)
    data = _minutes_data(workspace, detail, own)
    pdf = report.minutes_pdf(data, imprint(workspace, printed_at), translate, language)
    _audit(workspace, meeting_id, [own], "minutes")
    return pdf
