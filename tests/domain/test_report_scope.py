"""What a case report may hold for its reader, and the basis it is handed out on."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    CaseConsents,
    Party,
    RecordedGround,
    Withdrawal,
    default_legal_grounds,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.report_scope import (
    ReportScope,
    consent_state,
    parse_recipient,
    report_basis,
)
from tests.domain.test_consent_helpers import (
    ANNA,
    BIRTH,
    ERIK,
    GIVEN,
    LEISURE,
    POLICE,
    SCHOOL,
    SSPF,
    TURNS_18,
    UNTIL,
    YP,
    A,
    E,
    consent,
)


def _case(*history, grounds=()) -> CaseConsents:
    return CaseConsents(BIRTH, (ANNA, ERIK), SSPF, tuple(history), tuple(grounds))


def test_no_basis_without_coverage():
    assert report_basis(_case(consent(YP), consent(A)), SCHOOL, GIVEN) is None


def test_a_consent_basis_names_who_gave_it_and_how_long_it_lasts():
    basis = report_basis(_case(consent(YP), consent(A), consent(E)), SCHOOL, GIVEN)
    assert basis is not None and basis.by_consent
    assert basis.valid_until == UNTIL
    assert basis.statement.render() == (
        "Prepared for Vasaskolan (School) under consent given on 2025-09-01 by the young "
        "person, guardian Anna Berg and guardian Erik Berg, valid until 2026-08-31."
    )
    assert basis.information == ("School attendance, contacts with the police, leisure activities",)


def test_the_basis_ends_with_the_first_consent_to_end():
    later = GIVEN + timedelta(days=10)
    short = consent(E, until=GIVEN + timedelta(days=30))
    basis = report_basis(_case(consent(YP), consent(A, later), short), SCHOOL, later)
    assert basis is not None and basis.valid_until == GIVEN + timedelta(days=30)
    assert (
        "on 2025-09-01 by the young person and guardian Erik Berg, and consent given on "
        "2025-09-11 by guardian Anna Berg" in basis.statement.render()
    )


def test_guardians_consent_ends_the_day_before_the_18th_birthday():
    given = TURNS_18 - timedelta(days=100)
    history = (consent(YP, given), consent(A, given), consent(E, given))
    basis = report_basis(_case(*history), SCHOOL, given)
    assert basis is not None and basis.valid_until == TURNS_18 - timedelta(days=1)


def test_a_childs_basis_ends_when_their_own_consent_is_needed():
    # Born 2010-04-02: under SSPF's own-consent age of 15 until 2025-04-02.
    day = date(2025, 1, 10)
    basis = report_basis(_case(consent(A, day), consent(E, day)), SCHOOL, day)
    assert basis is not None and basis.valid_until == date(2025, 4, 1)


def test_a_legal_ground_basis_is_stated_with_its_citation():
    ground = next(g for g in default_legal_grounds() if g.id == "osl-10-18a")
    recorded = RecordedGround(ground, "Risk", GIVEN, POLICE, GIVEN + timedelta(days=6))
    basis = report_basis(_case(grounds=[recorded]), POLICE, GIVEN)
    assert basis is not None and not basis.by_consent
    assert basis.statement.render() == (
        "Prepared for Police on the legal ground OSL 10 kap. 18 a §, recorded on 2025-09-01, "
        "valid until 2025-09-07."
    )


def test_consent_state_says_how_each_consent_stands():
    mine = consent(YP)
    withdrawn = Withdrawal(E, GIVEN + timedelta(days=5), (POLICE,))
    case = _case(mine, consent(A), consent(E), withdrawn)
    later = GIVEN + timedelta(days=6)
    assert consent_state(case, mine, later).render() == "In force"
    assert consent_state(case, case.history[2], later).render() == (
        "In force for Vasaskolan and Fritidsgården Navet"
    )
    assert consent_state(case, mine, UNTIL + timedelta(days=1)).render() == "Ended 2026-09-01"
    everything = _case(mine, Withdrawal(YP, later))
    assert consent_state(everything, mine, later).render() == "Withdrawn 2025-09-07"


def test_a_recipient_copy_leaves_out_family_factors_and_other_agencies():
    school, internal = ReportScope(SCHOOL), ReportScope()
    assert not school.shows_factor("family.parental_crime_or_abuse")
    assert school.shows_factor("school.truancy")
    assert internal.shows_factor("family.parental_crime_or_abuse")
    assert school.shows_action(Agency.SCHOOL) and school.shows_action(Agency.SOCIAL_SERVICES)
    assert not school.shows_action(Agency.POLICE) and internal.shows_action(Agency.POLICE)
    assert not school.free_text and internal.free_text
    assert not school.shows_minutes(approved=False) and school.shows_minutes(approved=True)
    assert not internal.shows_contacts(protected_identity=True)
    assert internal.shows_contacts(protected_identity=False)
    assert not school.shows_contacts(protected_identity=False)
    assert internal.omitted() == () and len(school.omitted()) == 6


def test_parse_recipient():
    assert parse_recipient("school:Vasaskolan") == SCHOOL
    assert parse_recipient("LEISURE: Fritidsgården Navet") == LEISURE
    assert parse_recipient("police") == POLICE
    assert parse_recipient("employment-service") == Party(Agency.EMPLOYMENT_SERVICE)
    with pytest.raises(InvalidInput, match="school:Vasaskolan"):
        parse_recipient("skolan")
