"""The register extract's pages, from plain data, read back with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from caseflow.domain.cases import CaseStatus, JournalEntryType, ReferralSource
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.reports.document import Imprint
from caseflow.reports.register_extract import (
    AccessLine,
    CasePart,
    GuardianLine,
    JournalLine,
    PersonPart,
    RegisterExtractData,
    render_register_extract,
)

PRINTED_AT = datetime(2026, 3, 14, 9, 5)
IMPRINT = Imprint("Fältgruppen Söder", "Örebro kommun", "Sara Lind", PRINTED_AT)
DAY = date(2026, 3, 14)
TRICKY = "Kim <b>& Co</b>"


def _person(**changes: object) -> PersonPart:
    person = PersonPart(
        name="Åsa Öberg",
        personnummer="20100314-9802",
        coordination_number=False,
        birth_date=date(2010, 3, 14),
        sex=None,
        protected_identity=False,
        contacts=((QT_TRANSLATE_NOOP("RegisterExtract", "Phone"), "070-000 00 00"),),
        guardians=(GuardianLine(TRICKY, True, False),),
        registered_on=date(2025, 1, 2),
    )
    return replace(person, **changes)  # type: ignore[arg-type]


def _entry(number: int, text: str, corrects: int | None = None) -> JournalLine:
    return JournalLine(
        number=number,
        entry_date=DAY - timedelta(days=400 - number),
        entry_type=JournalEntryType.CONTACT.label,
        author="Sara Lind",
        signed_at=PRINTED_AT,
        text=text,
        corrects=corrects,
    )


def _case(**changes: object) -> CasePart:
    case = CasePart(
        case_number="SSPF-2026-0042",
        programme=QT_TRANSLATE_NOOP("Domain", "SSPF"),
        status=CaseStatus.ACTIVE.label,
        referral_date=date(2026, 1, 5),
        referral_source=ReferralSource.SCHOOL.label,
        referral_reason="Oro för frånvaro",
        responsible="Sara Lind",
        staff=(),
        closed_on=None,
        closing_reason=None,
        closing_summary="",
        status_history=(),
        agencies=(),
        consents=(),
        withdrawals=(),
        grounds=(),
        disclosures=(),
        assessments=(),
        goals=(),
        follow_ups=(),
        actions=(),
        meetings=(),
        journal=(),
    )
    return replace(case, **changes)  # type: ignore[arg-type]


def _access(count: int) -> tuple[AccessLine, ...]:
    return tuple(
        AccessLine(
            at=PRINTED_AT - timedelta(hours=count - n),
            user="Olof Berg" if n % 2 else TRICKY,
            action=QT_TRANSLATE_NOOP("Audit", "Case opened"),
            case_number="SSPF-2026-0042",
            reason=f"Skäl nummer {n}",
        )
        for n in range(1, count + 1)
    )


def _data(**changes: object) -> RegisterExtractData:
    data = RegisterExtractData(DAY, IMPRINT, _person(), (_case(),), _access(3))
    return replace(data, **changes)  # type: ignore[arg-type]


def _pages(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def test_metadata_and_every_page_s_header_and_footer():
    reader, pages = _pages(render_register_extract(_data(), language="sv"))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Register extract – Åsa Öberg"
    assert meta.author == "Fältgruppen Söder"
    assert meta.subject == "Personal data stored about Åsa Öberg (GDPR article 15)"
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "20100314-9802" in text and "CONFIDENTIAL" in text
        assert "Printed by Sara Lind, 2026-03-14 09:05" in text


def test_data_is_printed_literally_whether_it_fits_a_line_or_wraps():
    long_name = f"{TRICKY} " + "med ett mycket långt namn som inte ryms på en rad " * 2
    data = _data(
        cases=(_case(journal=(_entry(1, f"Text med {TRICKY} i"), _entry(2, long_name))),),
    )
    _, pages = _pages(render_register_extract(data))
    text = " ".join(pages)
    assert f"Text med {TRICKY} i" in text
    assert " ".join(long_name.split()) in text
    assert TRICKY in pages[0], "a guardian's name on the first page, as typed"


def test_a_journal_entry_longer_than_a_page_breaks_inside_its_row_and_loses_nothing():
    words = [f"ord{n}" for n in range(6000)]
    data = _data(cases=(_case(journal=(_entry(1, "Kort"), _entry(2, " ".join(words)))),))
    _, pages = _pages(render_register_extract(data))
    text = " ".join(pages)
    assert len(pages) >= 5
    assert "ord0 " in text and "ord5999" in text
    assert text.count("ord2999 ") == 1


def test_corrections_name_the_entry_they_correct():
    journal = (_entry(1, "Fel uppgift"), _entry(2, "Rätt uppgift", corrects=1))
    _, pages = _pages(render_register_extract(_data(cases=(_case(journal=journal),))))
    assert "Correction of entry 1: Rätt uppgift" in " ".join(pages)


def test_the_access_log_repeats_its_header_on_every_page():
    _, pages = _pages(render_register_extract(_data(access_log=_access(150))))
    log_pages = [p for p in pages if "Skäl nummer" in p]
    assert len(log_pages) >= 3
    for page in log_pages:
        assert "Time Who Did Case Reason" in page
    text = " ".join(pages)
    assert all(f"Skäl nummer {n} " in text + " " for n in (1, 75, 150))


def test_nothing_stored_reads_as_such():
    data = _data(cases=(), access_log=())
    _, pages = _pages(render_register_extract(data))
    text = " ".join(pages)
    assert "No case is registered for you." in text
    assert "The log holds no entry about your cases." in text
    empty_case = " ".join(_pages(render_register_extract(_data()))[1])
    assert "Consents None recorded." in empty_case
    assert "Journal None recorded." in empty_case


def test_without_an_audit_log_the_extract_says_so():
    _, pages = _pages(render_register_extract(_data(access_log=None)))
    assert "cannot be printed from this system yet" in pages[-1]


def test_a_protected_identity_is_marked_on_the_first_page_and_every_page():
    _, pages = _pages(render_register_extract(_data(person=_person(protected_identity=True))))
    assert "This extract contains protected personal data" in pages[0]
    assert all("Protected personal data" in page for page in pages)
    _, plain = _pages(render_register_extract(_data()))
    assert not any("Protected personal data" in page for page in plain)


def test_the_words_go_through_the_given_translation():
    swedish = {
        "Register extract": "Registerutdrag",
        "Your personal details": "Dina personuppgifter",
    }

    def translate(context: str, source: str) -> str:
        return swedish.get(source, source) if context == "RegisterExtract" else source

    _, pages = _pages(render_register_extract(_data(), translate))
    assert pages[0].startswith("Registerutdrag")
    assert "Dina personuppgifter" in pages[0]
    assert "Åsa Öberg" in pages[0], "data is not translated"


def test_someone_registered_without_a_number_is_known_by_birth_date():
    _, pages = _pages(render_register_extract(_data(person=_person(personnummer=""))))
    assert all("2010-03-14" in page for page in pages)
    assert "Personal identity number" not in pages[0]
