"""Consent through the services: records, withdrawals, forms, and the gate on sharing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from caseflow.domain.cases import Agency, ReferralSource
from caseflow.domain.consent import Manner, Party
from caseflow.domain.programmes import Programme
from caseflow.services import cases, consent, people
from caseflow.services.consent import NotCovered
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.validation import FieldError
from tests.helpers import pnr_in_test_range

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)
PDF = b"%PDF-1.4\n% scanned consent form\n"


@pytest.fixture
def minor(social_worker):
    """A 14-year-old in SSPF with two guardians with custody."""
    born = TODAY.replace(year=TODAY.year - 14) - timedelta(days=30)
    person = people.register_person(
        social_worker, PersonInput("Elsa", "Ek", pnr_in_test_range(born, 986))
    ).person_id
    mother = people.add_guardian(social_worker, person, GuardianInput("Maria Ek"))
    father = people.add_guardian(social_worker, person, GuardianInput("Jonas Ek"))
    case = cases.open_case(
        social_worker,
        person,
        Programme.SSPF,
        TODAY - timedelta(days=60),
        ReferralSource.SCHOOL,
        "Oro från skolan",
    ).case_id
    return case, mother, father


def _consent(workspace, case, guardian, parties=(SCHOOL, POLICE), given=None):
    return consent.register_consent(
        workspace,
        case,
        guardian,
        parties,
        "Närvaro och mående",
        "Samordnade insatser i SSPF",
        given or TODAY - timedelta(days=10),
    )


def test_sharing_needs_every_required_consent(social_worker, minor):
    case, mother, father = minor
    with pytest.raises(NotCovered) as nobody:
        consent.record_disclosure(social_worker, case, SCHOOL, "Närvarouppgifter", TODAY)
    assert "Vasaskolan" in str(nobody.value)
    _consent(social_worker, case, None)
    _consent(social_worker, case, mother)
    with pytest.raises(NotCovered) as one_missing:
        consent.record_disclosure(social_worker, case, SCHOOL, "Närvarouppgifter", TODAY)
    assert "Jonas Ek" in str(one_missing.value)
    _consent(social_worker, case, father)
    consent.record_disclosure(social_worker, case, SCHOOL, "Närvarouppgifter", TODAY)
    [row] = consent.disclosures(social_worker, case)
    assert row.party == SCHOOL and row.disclosed_on == TODAY
    assert row.basis.source == "Consent"


def test_withdrawal_for_one_party_stops_sharing_with_that_party_only(social_worker, minor):
    case, mother, father = minor
    for who in (None, mother, father):
        _consent(social_worker, case, who)
    consent.withdraw_consent(
        social_worker, case, father, TODAY - timedelta(days=1), [POLICE], Manner.ORAL, "Sara Lind"
    )
    assert consent.check(social_worker, case, SCHOOL, TODAY).covered
    police = consent.check(social_worker, case, POLICE, TODAY)
    assert not police.covered
    assert any("Jonas Ek" in r.render() for r in police.reasons)
    # The history is kept: the consent before the withdrawal still covered then.
    assert consent.check(social_worker, case, POLICE, TODAY - timedelta(days=2)).covered


def test_legal_ground_with_reason_opens_the_gate_and_is_registered(social_worker, minor):
    case, _, _ = minor
    with pytest.raises(FieldError):
        consent.record_legal_ground(social_worker, case, "osl-10-18a", POLICE, "  ", TODAY)
    with pytest.raises(FieldError):  # 10 kap. 18 a § allows telling the police only
        consent.record_legal_ground(
            social_worker, case, "osl-10-18a", SCHOOL, "Risk för brott", TODAY
        )
    consent.record_legal_ground(
        social_worker,
        case,
        "osl-10-18a",
        POLICE,
        "Särskilda omständigheter: risk för brott",
        TODAY,
    )
    consent.record_disclosure(social_worker, case, POLICE, "Oro för rekrytering", TODAY)
    [row] = consent.disclosures(social_worker, case)
    assert row.basis.source == "Legal ground"


def test_consent_history_is_append_only_in_the_database(social_worker, minor):
    case, _, _ = minor
    record = _consent(social_worker, case, None)
    with (
        pytest.raises(Exception, match="append-only"),
        social_worker.transaction() as session,
    ):
        session.execute(
            text("UPDATE consent_records SET purpose = 'x' WHERE id = :id"), {"id": record}
        )


def test_consent_must_be_specific_and_oral_needs_who_documented(social_worker, minor):
    case, _, _ = minor
    with pytest.raises(FieldError):
        consent.register_consent(social_worker, case, None, [], "Info", "Syfte", TODAY)
    with pytest.raises(FieldError):
        consent.register_consent(social_worker, case, None, [SCHOOL], "", "Syfte", TODAY)
    with pytest.raises(FieldError):
        consent.register_consent(
            social_worker, case, None, [SCHOOL], "Info", "Syfte", TODAY, manner=Manner.ORAL
        )


def test_default_validity_comes_from_the_programme(social_worker, minor):
    case, _, _ = minor
    record = _consent(social_worker, case, None, given=TODAY - timedelta(days=1))
    found = consent.overview(social_worker, case)
    [item] = [i for i in found.consents.history if getattr(i, "id", None) == record]
    assert item.valid_until == TODAY - timedelta(days=1) + timedelta(days=364)


def test_scanned_form_is_stored_inside_the_database(social_worker, minor):
    case, _, _ = minor
    record = _consent(social_worker, case, None)
    with pytest.raises(FieldError):
        consent.attach_form(social_worker, record, "form.pdf", b"not a pdf", "application/pdf")
    attachment = consent.attach_form(social_worker, record, "blankett.pdf", PDF, "application/pdf")
    info, content = consent.load_attachment(social_worker, attachment)
    assert content == PDF and info.filename == "blankett.pdf"
    assert consent.overview(social_worker, case).attachments[record][0].id == attachment


@pytest.mark.file_only
def test_a_scanned_form_is_encrypted_with_the_file(social_worker, minor, db_path):
    case, _, _ = minor
    record = _consent(social_worker, case, None)
    consent.attach_form(social_worker, record, "blankett.pdf", PDF, "application/pdf")
    assert b"scanned consent form" not in db_path.read_bytes()


def test_guardian_of_another_person_cannot_consent(social_worker, minor):
    case, _, _ = minor
    other = people.register_person(
        social_worker, PersonInput("Ola", "Ås", pnr_in_test_range(date(2012, 1, 1), 987))
    ).person_id
    stranger = people.add_guardian(social_worker, other, GuardianInput("Främling"))
    with pytest.raises(FieldError):
        _consent(social_worker, case, stranger)
