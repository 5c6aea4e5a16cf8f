"""The blocks the case report and the register extract share (``caseflow.reports.sections``).

Rows and cells are checked as the data they hand to ``ReportDocument``; the
flowables (a box, a two-line cell, a story) are read back from a built PDF
with pypdf, as a reader would see them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from pypdf import PdfReader

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.reports import sections
from caseflow.reports.document import (
    CONTENT_WIDTH,
    MARKING_COLOUR,
    Imprint,
    ReportDocument,
    ReportInfo,
)

T = QT_TRANSLATE_NOOP
C = "SectionsTest"
CASE_WORDS = sections.CaseWords(
    T(C, "Programme"),
    T(C, "Status"),
    T(C, "Referral"),
    T(C, "{date}, from {source}"),
    T(C, "Reason"),
    T(C, "Responsible"),
)
CLOSING_WORDS = sections.ClosingWords(T(C, "Closed"), T(C, "{date}: {reason}"), T(C, "Summary"))
CONSENT_WORDS = sections.ConsentWords(
    T(C, "{information}\nPurpose: {purpose}"),
    T(C, "{start} – {end}\n{manner}"),
    T(C, "{start} – {end}"),
    T(C, "Everything"),
)
MINUTES_WORDS = sections.MinutesWords(
    T(C, "{date} {time}, {kind} ({status})"),
    T(C, "§ {number} {heading}"),
    T(C, "§ {number} {heading} (correction of § {corrects})"),
    T(C, "Notes"),
    T(C, "Decisions"),
    T(C, "Next date"),
)
TRICKY = "Kim <b>& Co</b>"
SSPF, ACTIVE, SCHOOL = T(C, "SSPF"), T(C, "Active"), T(C, "School")


@dataclass(frozen=True)
class _Case:
    """Has what ``sections.CaseLike`` asks for, as each report's own data class does."""

    programme: Text = SSPF
    status: Text = ACTIVE
    referral_date: date = date(2026, 1, 10)
    referral_source: Text = SCHOOL
    referral_reason: str | None = "Frånvaro"
    responsible: str = "Sara Lind"
    closed_on: date | None = None
    closing_reason: Text | None = None
    closing_summary: str | None = None


def _doc(translate=None) -> ReportDocument:  # type: ignore[no-untyped-def]
    imprint = Imprint("Ungdomsenheten", "Exempelstad", "Sara Lind", datetime(2026, 5, 4, 13, 5))
    return ReportDocument(ReportInfo("Test", "Test", "SSPF-2026-0042", imprint), translate)


def _rendered(doc: ReportDocument, pairs: list[sections.Pair]) -> list[tuple[str, str]]:
    return [(doc.t(label), doc.t(value)) for label, value in pairs]


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_case_facts_in_order_and_the_reason_only_when_the_copy_holds_it():
    doc = _doc()
    assert _rendered(doc, sections.case_facts(_Case(), CASE_WORDS)) == [
        ("Programme", "SSPF"),
        ("Status", "Active"),
        ("Referral", "2026-01-10, from School"),
        ("Reason", "Frånvaro"),
        ("Responsible", "Sara Lind"),
    ]
    left_out = sections.case_facts(_Case(referral_reason=None), CASE_WORDS)
    assert [doc.t(label) for label, _ in left_out] == [
        "Programme",
        "Status",
        "Referral",
        "Responsible",
    ]


def test_an_open_case_has_no_closing_facts_and_a_closed_one_its_summary_when_written():
    doc = _doc()
    assert sections.closing_facts(_Case(), CLOSING_WORDS) == []
    closed = _Case(closed_on=date(2026, 4, 1), closing_reason=T(C, "Goals met"))
    assert _rendered(doc, sections.closing_facts(closed, CLOSING_WORDS)) == [
        ("Closed", "2026-04-01: Goals met")
    ]
    summarised = _Case(closed_on=date(2026, 4, 1), closing_summary="Gick bra")
    assert _rendered(doc, sections.closing_facts(summarised, CLOSING_WORDS)) == [
        ("Closed", "2026-04-01: "),
        ("Summary", "Gick bra"),
    ]


def test_consent_cells_name_the_parties_one_a_line_and_add_the_notes_given():
    doc = _doc()
    consent = sections.ConsentFacts(
        who=T(C, "The young person"),
        parties=(T(C, "Police"), "Vasaskolan"),
        information="Närvaro",
        purpose="Samordning",
        given_on=date(2026, 1, 2),
        valid_until=date(2027, 1, 1),
        manner=T(C, "Orally"),
    )
    who, parties, text, validity = sections.consent_cells(doc, consent, CONSENT_WORDS)
    assert doc.t(who) == "The young person"
    assert parties == "Police\nVasaskolan"
    assert text == "Närvaro\nPurpose: Samordning"
    assert validity == "2026-01-02 – 2027-01-01\nOrally"
    noted = sections.consent_cells(doc, consent, CONSENT_WORDS, "received by Sara", "Form: a.pdf")
    assert noted[2] == "Närvaro\nPurpose: Samordning\nForm: a.pdf"
    assert noted[3] == "2026-01-02 – 2027-01-01\nOrally, received by Sara"


def test_a_withdrawal_of_every_party_reads_everything():
    doc = _doc()
    withdrawal = sections.WithdrawalFacts(
        T(C, "Guardian"), date(2026, 3, 1), (), T(C, "In writing")
    )
    cells = sections.withdrawal_cells(doc, withdrawal, CONSENT_WORDS)
    assert [doc.t(c) for c in cells] == ["Guardian", "2026-03-01", "Everything", "In writing"]
    some = sections.WithdrawalFacts(T(C, "Guardian"), date(2026, 3, 1), ("BUP",), T(C, "Orally"))
    cells = sections.withdrawal_cells(doc, some, CONSENT_WORDS, "received by Sara")
    assert cells[2:] == ["BUP", "Orally, received by Sara"]


def test_ground_cells_give_the_citation_over_its_title_and_the_period():
    doc = _doc()
    ground = sections.GroundFacts(
        "OSL 10 kap. 18 a §",
        T(C, "Crime prevention"),
        "Polisen",
        date(2026, 1, 2),
        date(2026, 7, 1),
    )
    cells = sections.ground_cells(doc, ground, CONSENT_WORDS)
    assert [doc.t(c) for c in cells] == [
        "OSL 10 kap. 18 a §\nCrime prevention",
        "Polisen",
        "2026-01-02 – 2026-07-01",
    ]


def test_minutes_headings_and_only_the_facts_an_item_has():
    doc = _doc()
    heading = sections.meeting_heading(
        MINUTES_WORDS, datetime(2026, 5, 4, 9, 30), "SSPF-möte", T(C, "Approved")
    )
    assert doc.t(heading) == "2026-05-04 09:30, SSPF-möte (Approved)"
    assert doc.t(sections.item_heading(MINUTES_WORDS, 2, "Skolan", None)) == "§ 2 Skolan"
    assert (
        doc.t(sections.item_heading(MINUTES_WORDS, 3, "Skolan", 2))
        == "§ 3 Skolan (correction of § 2)"
    )
    assert sections.item_facts(MINUTES_WORDS, None, "", None) == []
    pairs = sections.item_facts(MINUTES_WORDS, "Anteckning", None, date(2026, 6, 1))
    assert _rendered(doc, pairs) == [("Notes", "Anteckning"), ("Next date", "2026-06-01")]


def test_the_remaining_width_is_what_the_fixed_columns_leave():
    assert sections.remaining_width() == CONTENT_WIDTH
    assert sections.remaining_width(sections.DATE_WIDTH, 100) == CONTENT_WIDTH - 176


def test_the_words_of_a_block_go_through_the_report_s_translation():
    doc = _doc(lambda context, source: f"[{source}]" if context == C else source)
    withdrawal = sections.WithdrawalFacts(T(C, "Guardian"), date(2026, 3, 1), (), T(C, "Orally"))
    cells = sections.withdrawal_cells(doc, withdrawal, CONSENT_WORDS)
    assert cells[2:] == ["[Everything]", "[Orally]"]
    assert _rendered(doc, sections.case_facts(_Case(), CASE_WORDS))[2] == (
        "[Referral]",
        "[2026-01-10, from [School]]",
    )


def test_a_story_with_a_note_a_box_and_a_two_line_cell_prints_data_literally():
    doc = _doc()
    story = sections.Story(doc)
    story.add(
        doc.box([doc.paragraph(TRICKY, doc.styles.cell_header)], MARKING_COLOUR),
        doc.two_lines(TRICKY, "Detalj & mer", "Kommentar <i>"),
        doc.paragraph(doc.lines([T(C, "Police"), "Vasaskolan"])),
    )
    story.note("Inget registrerat.")
    text = _text(story.pdf())
    for expected in (TRICKY, "Detalj & mer", "Kommentar <i>", "Police", "Inget registrerat."):
        assert expected in text
    assert "Police Vasaskolan" in text  # one party a line
