"""The printable consent form: pre-filled from the case, A4, DejaVu Sans embedded."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from caseflow.domain.cases import Agency, ReferralSource
from caseflow.domain.consent import birthday
from caseflow.domain.errors import PermissionDenied
from caseflow.domain.programmes import Programme
from caseflow.reports.consent_form import consent_form_pdf
from caseflow.services import cases, consent_form, people
from caseflow.services.cases import AgencyView
from caseflow.services.people import GuardianInput, PersonInput
from tests.helpers import login, pnr_in_test_range

TODAY = date.today()


def _open(workspace, years: int, guardians: list[GuardianInput], serial: int = 980) -> int:
    born = birthday(TODAY, -years) - timedelta(days=40)
    person = people.register_person(
        workspace, PersonInput("Åsa", "Öberg", pnr_in_test_range(born, serial))
    ).person_id
    for guardian in guardians:
        people.add_guardian(workspace, person, guardian)
    case_id = cases.open_case(
        workspace,
        person,
        Programme.SSPF,
        TODAY - timedelta(days=20),
        ReferralSource.SCHOOL,
        "Oro från skolan",
    ).case_id
    cases.set_agencies(
        workspace,
        case_id,
        [
            AgencyView(Agency.SCHOOL, "Vasaskolan", "Mentor Karin"),
            AgencyView(Agency.POLICE, None, None),
            AgencyView(Agency.CHILD_PSYCHIATRY, "BUP Södra", None),
        ],
    )
    return case_id


FAMILY = [
    GuardianInput("Maria Öberg", phone="070-111 11 11"),
    GuardianInput("Jonas Öberg", phone="070-222 22 22", no_information=True),
    GuardianInput("Lars Lund", phone="070-333 33 33", has_custody=False),
]


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    """The reader and the text of every page, whitespace folded (lines wrap)."""
    reader = PdfReader(io.BytesIO(pdf))
    return reader, " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _fonts(reader: PdfReader) -> dict[str, object]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_form_is_prefilled_from_the_case(social_worker):
    case_id = _open(social_worker, 15, FAMILY)
    prepared = consent_form.form_data(social_worker, case_id, TODAY)
    case_number = cases.get_case(social_worker, case_id).case_number

    pdf = consent_form_pdf(prepared.data)
    reader, text = _text(pdf)

    assert len(reader.pages) == 1
    assert "Åsa Öberg" in text and case_number in text
    assert prepared.data.personnummer is not None and prepared.data.personnummer in text
    # The young person (15: from the SSPF own-consent age) and each guardian with custody sign.
    assert "The young person: Åsa Öberg" in text
    assert "Guardian: Maria Öberg" in text and "Guardian: Jonas Öberg" in text
    assert "Lars Lund" not in text  # no custody: no signature
    # Contact details only for a guardian who may be told about the case.
    assert "070-111 11 11" in text
    assert "070-222 22 22" not in text and "070-333 33 33" not in text
    assert prepared.withheld_from == ("Jonas Öberg",)
    # The case's agencies are ticked; the usual parties not on the case are offered.
    assert "☒ School: Vasaskolan" in text and "☒ Police" in text
    assert "☒ Child and adolescent psychiatry: BUP Södra" in text
    assert "☐ Leisure services" in text
    assert "withdraw your consent at any time" in text
    assert "Sara Lind" in text  # whom to tell

    assert reader.metadata is not None
    assert reader.metadata.title == f"Consent to exchange information – {case_number}"
    assert reader.metadata.author == "Social services"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_the_font_is_embedded_and_nothing_else_is_used(social_worker):
    case_id = _open(social_worker, 16, FAMILY)
    pdf = consent_form_pdf(consent_form.form_data(social_worker, case_id, TODAY).data)
    fonts = _fonts(PdfReader(io.BytesIO(pdf)))
    assert fonts and all("DejaVuSans" in name for name in fonts)
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_form_without_names_for_a_guardian_who_must_not_be_told(social_worker):
    case_id = _open(social_worker, 15, FAMILY)
    prepared = consent_form.form_data(social_worker, case_id, TODAY, names=False)
    _, text = _text(consent_form_pdf(prepared.data))
    assert "Vasaskolan" not in text and "BUP Södra" not in text and "Mentor" not in text
    assert "☒ School" in text and "☒ Police" in text
    assert "070-" not in text


def test_who_signs_follows_the_age(social_worker):
    young = _open(social_worker, 13, FAMILY[:1], serial=981)
    _, text = _text(consent_form_pdf(consent_form.form_data(social_worker, young, TODAY).data))
    assert "The young person: " not in text  # under 15: the guardians sign
    assert "signs from the age of 15" in text
    assert "Guardian: Maria Öberg" in text

    adult = _open(social_worker, 19, FAMILY[:1], serial=982)
    _, text = _text(consent_form_pdf(consent_form.form_data(social_worker, adult, TODAY).data))
    assert "The young person: Åsa Öberg" in text
    assert "Maria Öberg" not in text  # from 18 only the person's own consent counts


def test_the_form_speaks_the_language_it_is_given(social_worker):
    case_id = _open(social_worker, 15, FAMILY[:1])
    swedish = {
        "Consent to exchange information": "Samtycke till informationsutbyte",
        "Consent to exchange information – {case}": "Samtycke till informationsutbyte – {case}",
        "Police": "Polisen",
    }
    pdf = consent_form_pdf(
        consent_form.form_data(social_worker, case_id, TODAY).data,
        lambda context, source: swedish.get(source, source),
    )
    reader, text = _text(pdf)
    assert "Samtycke till informationsutbyte" in text and "☒ Polisen" in text
    assert reader.metadata is not None
    assert reader.metadata.title.startswith("Samtycke till informationsutbyte – SSPF-")


def test_a_manager_may_not_print_a_form(social_worker, team_database):
    case_id = _open(social_worker, 15, FAMILY[:1])
    social_worker.lock()
    manager = login(team_database, "chef")
    try:
        with pytest.raises(PermissionDenied):
            consent_form.form_data(manager, case_id, TODAY)
    finally:
        manager.lock()


def test_a_protected_identity_is_marked_on_every_page(social_worker):
    from dataclasses import replace

    case_id = _open(social_worker, 15, FAMILY)
    prepared = consent_form.form_data(social_worker, case_id, TODAY)
    assert not prepared.data.protected_identity
    _, plain = _text(consent_form_pdf(prepared.data))
    assert "PROTECTED IDENTITY" not in plain

    person = cases.get_case(social_worker, case_id).person
    detail = people.get_person(social_worker, person.id, reveal=True)
    people.update_person(
        social_worker,
        person.id,
        PersonInput(
            detail.first_name, detail.last_name, detail.personnummer, protected_identity=True
        ),
        detail.version,
    )
    marked = consent_form.form_data(social_worker, case_id, TODAY)
    assert marked.data.protected_identity
    reader, _ = _text(consent_form_pdf(replace(marked.data)))
    for page in reader.pages:
        assert "PROTECTED IDENTITY" in page.extract_text()
