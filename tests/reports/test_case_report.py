"""The case follow-up report's layout, from plain data: no database here."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

from pypdf import PdfReader

from caseflow.domain.cases import Agency
from caseflow.domain.consent import Party
from caseflow.domain.report_scope import ReportScope
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.reports.case_report import (
    ActionLine,
    CaseFacts,
    CaseReportData,
    FactorRow,
    FactorTable,
    GoalRow,
    ItemLine,
    MeetingLine,
    NextSteps,
    PersonFacts,
    PlanSection,
    RecipientPart,
    render_case_report,
)
from caseflow.reports.document import Imprint

T = QT_TRANSLATE_NOOP
DAY = date(2026, 5, 4)
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")


def _action(what: str, due: date | None = DAY, overdue: bool = False) -> ActionLine:
    return ActionLine(
        what, T("Domain", "School"), "Mentor Lisa Berg", due, T("Domain", "Planned"), overdue
    )


def _data(**changes) -> CaseReportData:
    data = CaseReportData(
        case_id=1,
        on_date=DAY,
        imprint=Imprint(
            "Ungdomsenheten", "Exempelstads kommun", "Sara Lind", datetime(2026, 5, 4, 13, 5)
        ),
        case=CaseFacts(
            case_number="SSPF-2026-0042",
            programme=T("Domain", "SSPF (social services, school, police, leisure)"),
            status=T("Domain", "Active"),
            referral_date=date(2026, 1, 10),
            referral_source=T("Domain", "School"),
            responsible="Sara Lind",
            next_follow_up=date(2026, 6, 1),
            referral_reason="Oro från skolan",
        ),
        person=PersonFacts("Elsa Ek", "20110325-9862", date(2011, 3, 25), 15, False),
        factors=FactorTable(
            dates=(date(2026, 2, 1), date(2026, 4, 1)),
            rows=(
                FactorRow(
                    T("Domain", "Truancy"),
                    T("Domain", "Risk factor"),
                    T("Domain", "School"),
                    (T("Domain", "Present"), T("Domain", "Absent")),
                    T("Domain", "Improved"),
                ),
            ),
        ),
        plan=PlanSection(
            follow_up_dates=(date(2026, 4, 1),),
            goals=(
                GoalRow(
                    "Går i skolan varje dag",
                    T("Domain", "School"),
                    None,
                    T("Domain", "In progress"),
                    (T("Domain", "In progress"),),
                ),
            ),
            activities=(_action("Mentorssamtal"),),
        ),
        meetings=(
            MeetingLine(
                datetime(2026, 3, 2, 9, 0),
                T("Domain", "SSPF meeting"),
                T("Domain", "Approved"),
                (
                    ItemLine(
                        1,
                        "Insatser",
                        date(2026, 6, 1),
                        (_action("Studiestöd"),),
                        notes="Anteckning",
                    ),
                ),
            ),
        ),
        next_steps=NextSteps(date(2026, 6, 1), None, (_action("Studiestöd", overdue=True),)),
    )
    return replace(data, **changes)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


def test_the_report_reads_back_with_its_sections():
    pdf = render_case_report(_data())
    assert pdf.startswith(b"%PDF")
    text = _flat(_pages(pdf))
    for expected in (
        "Case follow-up report",
        "Copy for the case file",
        "SSPF-2026-0042",
        "Elsa Ek",
        "20110325-9862",
        "Oro från skolan",
        "Truancy",
        "Improved",
        "Går i skolan varje dag",
        "§ 1 Insatser",
        "Anteckning",
        "Planned, overdue",
        "Ungdomsenheten",
        "Exempelstads kommun",
        "Printed by Sara Lind, 2026-05-04 13:05",
    ):
        assert expected in text, expected


def test_dates_in_the_change_tables_are_never_broken_over_two_lines():
    # The date columns are wide enough for a bold date: pypdf reads it whole.
    text = " ".join(_pages(render_case_report(_data())))
    for day in ("2026-02-01", "2026-04-01", "2026-05-04"):
        assert day in text


def test_a_recipient_copy_states_its_basis_and_what_it_leaves_out_on_page_one():
    recipient = RecipientPart(
        party=SCHOOL,
        label=T("CaseReport", "{name} ({kind})").format(name="Vasaskolan", kind="School"),
        statement=T("CaseReport", "Prepared for Vasaskolan under consent, valid until {d}.").format(
            d="2027-01-09"
        ),
        valid_until=date(2027, 1, 9),
        by_consent=True,
        information=("Skolgång och närvaro",),
        purposes=("Samordnade insatser",),
        consents=(),
        grounds=(),
        omitted=ReportScope(SCHOOL).omitted(),
    )
    pdf = render_case_report(_data(recipient=recipient))
    first = " ".join(_pages(pdf)[0].split())
    assert "Prepared for Vasaskolan under consent, valid until 2027-01-09." in first
    assert "Information the consent covers: Skolgång och närvaro" in first
    assert "This copy leaves out" in first and "The journal." in first
    assert "Copy for the case file" not in first
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.subject == (
        "Follow-up of SSPF-2026-0042, copy for Vasaskolan (School)"
    )


def test_a_protected_identity_is_marked_on_page_one():
    person = PersonFacts("Elsa Ek", None, date(2011, 3, 25), 15, True)
    first = " ".join(_pages(render_case_report(_data(person=person)))[0].split())
    assert "Protected identity (skyddade personuppgifter)" in first
    assert "Born 2011-03-25" in first


def test_data_is_printed_literally_never_as_markup():
    case = replace(_data().case, referral_reason="<b>Tom & Jerry</b> <br/>")
    text = _flat(_pages(render_case_report(_data(case=case))))
    assert "<b>Tom & Jerry</b> <br/>" in text


def test_long_tables_break_across_pages_with_their_header_repeated():
    actions = tuple(_action(f"Åtgärd nummer {n}") for n in range(120))
    steps = NextSteps(None, None, actions)
    pages = _pages(render_case_report(_data(next_steps=steps)))
    assert len(pages) >= 4
    with_rows = [p for p in pages if "Åtgärd nummer" in p]
    assert len(with_rows) >= 3
    for page in with_rows:
        assert "What Agency Responsible Due Outcome" in " ".join(page.split())
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "SSPF-2026-0042" in page and "CONFIDENTIAL" in page
    assert "Åtgärd nummer 119" in pages[-1] or "Åtgärd nummer 119" in _flat(pages)


def test_empty_sections_say_so():
    data = _data(
        factors=FactorTable((), ()),
        plan=PlanSection((), (), ()),
        meetings=(),
        next_steps=NextSteps(None, None, ()),
    )
    text = _flat(_pages(render_case_report(data)))
    for expected in (
        "No assessment has been recorded.",
        "The plan has no goals yet.",
        "The case has not been on a meeting's agenda.",
        "No open actions.",
    ):
        assert expected in text


def test_the_words_go_through_the_translate_function():
    swedish = {
        "Case follow-up report": "Uppföljningsrapport",
        "Page {page} of {pages}": "Sida {page} av {pages}",
    }
    pdf = render_case_report(_data(), lambda context, source: swedish.get(source, source))
    pages = _pages(pdf)
    assert "Uppföljningsrapport" in pages[0]
    assert all(f"Sida {n} av {len(pages)}" in p for n, p in enumerate(pages, start=1))
