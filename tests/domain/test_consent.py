"""The consent rules by example: who must consent, validity, withdrawal, 18, grounds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    CellStatus,
    ConsentRecord,
    Guardian,
    HistoryItem,
    Manner,
    Party,
    RecordedGround,
    Withdrawal,
    birthday,
    consent_matrix,
    coverage,
    default_legal_grounds,
    find_ground,
    required_consenters,
    standing_consent,
)
from caseflow.domain.personnummer import DateBeforeBirth
from tests.domain.test_consent_helpers import (
    ALL_PARTIES,
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
    case,
    cells,
    consent,
    everyone,
    reasons,
    withdrawal,
)

DAY = timedelta(days=1)
ON = date(2026, 1, 15)

# ------------------------------------------------------------ who must consent


@pytest.mark.parametrize("age", range(26))
def test_who_must_consent_at_every_age_with_the_sspf_defaults(age: int) -> None:
    on = birthday(BIRTH, age)
    expected = []
    if age >= 15:
        expected.append(YP)
    if age < 18:
        expected += [A, E]
    assert list(required_consenters(case(), on)) == expected
    # The day before the birthday the person is a year younger.
    if age > 0:
        before = list(required_consenters(case(), on - DAY))
        assert (YP in before) == (age - 1 >= 15)
        assert (A in before) == (age - 1 < 18)


@pytest.mark.parametrize(
    ("own_from", "guardians", "age", "expected"),
    [
        (14, True, 13, ["guardians"]),
        (14, True, 14, ["young", "guardians"]),
        (0, True, 0, ["young", "guardians"]),
        (16, True, 15, ["guardians"]),
        # An own-consent age above 18 in configuration still means 18.
        (20, True, 17, ["guardians"]),
        (20, True, 18, ["young"]),
        (15, False, 14, []),
        (15, False, 15, ["young"]),
        (15, False, 18, ["young"]),
    ],
)
def test_who_must_consent_follows_the_programme_rules(
    own_from: int, guardians: bool, age: int, expected: list[str]
) -> None:
    rules = replace(SSPF, own_consent_from_age=own_from, guardian_consent_under_18=guardians)
    required = required_consenters(case(rules=rules), birthday(BIRTH, age))
    named = (["young"] if YP in required else []) + (["guardians"] if A in required else [])
    assert named == expected
    assert (A in required) == (E in required)


def test_a_guardian_without_custody_need_not_consent_but_one_flagged_no_information_must() -> None:
    no_custody = Guardian(3, "Olle Lind", has_custody=False)
    secret = Guardian(4, "Karin Lind", no_information=True)
    subject = case(guardians=(ANNA, no_custody, secret))
    assert required_consenters(subject, ON) == (YP, A, secret.consenter)


def test_no_date_before_birth() -> None:
    with pytest.raises(DateBeforeBirth):
        coverage(case(), SCHOOL, BIRTH - DAY)
    with pytest.raises(DateBeforeBirth):
        required_consenters(case(), BIRTH - DAY)


# --------------------------------------------------------- covered by consent


def test_covered_when_everyone_required_has_consented() -> None:
    result = coverage(case(*everyone()), SCHOOL, ON)
    assert result.covered and result.by_consent
    assert result.age == 15
    assert reasons(result) == [
        "Covered by consent given on 2025-09-01 by the young person, guardian Anna Berg "
        "and guardian Erik Berg"
    ]
    assert cells(result) == [("consented", "Consented on 2025-09-01, valid until 2026-08-31")] * 3
    assert result.label.render() == "Covered"


def test_consents_on_different_days_give_one_reason_per_day() -> None:
    history = [consent(A, date(2025, 9, 3)), consent(YP), consent(E, date(2025, 9, 3))]
    assert reasons(coverage(case(*history), POLICE, ON)) == [
        "Covered by consent given on 2025-09-01 by the young person",
        "Covered by consent given on 2025-09-03 by guardian Anna Berg and guardian Erik Berg",
    ]


def test_a_guardian_who_has_not_consented_is_named() -> None:
    result = coverage(case(consent(YP), consent(A)), SCHOOL, ON)
    assert not result.covered
    assert reasons(result) == ["Guardian Erik Berg has not consented"]
    assert cells(result)[2] == ("not_consented", "Has not consented")
    assert result.cell(E).status is CellStatus.NOT_CONSENTED
    assert result.label.render() == "Not covered"


def test_the_young_person_who_has_not_consented_is_named() -> None:
    result = coverage(case(consent(A), consent(E)), SCHOOL, ON)
    assert reasons(result) == ["The young person has not consented"]


def test_no_consent_at_all_for_a_party_is_said_once() -> None:
    history = everyone(parties=(SCHOOL,))
    assert reasons(coverage(case(*history), POLICE, ON)) == ["No consent has been given for Police"]
    assert reasons(coverage(case(), SCHOOL, ON)) == ["No consent has been given for Vasaskolan"]
    assert cells(coverage(case(), SCHOOL, ON))[0] == ("not_consented", "Has not consented")


def test_under_the_own_consent_age_the_guardians_suffice() -> None:
    on = date(2025, 4, 1)  # the day before turning 15
    history = [consent(A, date(2025, 3, 1)), consent(E, date(2025, 3, 1))]
    result = coverage(case(*history), SCHOOL, on)
    assert result.covered
    assert cells(result)[0] == ("not_required", "Not required before age 15")
    # From the 15th birthday the young person's own consent is needed too.
    assert reasons(coverage(case(*history), SCHOOL, on + DAY)) == [
        "The young person has not consented"
    ]


def test_a_consent_the_young_person_gave_before_the_own_consent_age_still_counts() -> None:
    history = [consent(who, date(2025, 1, 10)) for who in (YP, A, E)]
    assert coverage(case(*history), SCHOOL, date(2025, 6, 1)).covered


def test_a_consent_names_parties_by_kind_and_name() -> None:
    history = everyone(parties=(SCHOOL,))
    subject = case(*history)
    assert coverage(subject, Party(Agency.SCHOOL, "  vasaSKOLAN "), ON).covered
    assert not coverage(subject, Party(Agency.SCHOOL), ON).covered
    assert not coverage(subject, Party(Agency.SCHOOL, "Östra skolan"), ON).covered
    assert not coverage(subject, Party(Agency.LEISURE, "Vasaskolan"), ON).covered


def test_an_oral_consent_counts_like_a_written_one() -> None:
    oral = [
        replace(record, manner=Manner.ORAL, documented_by="Lisa Ek, fältassistent")
        for record in everyone()
    ]
    assert coverage(case(*oral), SCHOOL, ON).covered


# ------------------------------------------------------------------- validity


def test_a_consent_counts_from_the_day_given_to_its_last_valid_day() -> None:
    subject = case(*everyone())
    assert not coverage(subject, SCHOOL, GIVEN - DAY).covered
    assert coverage(subject, SCHOOL, GIVEN).covered
    assert coverage(subject, SCHOOL, UNTIL).covered
    after = coverage(subject, SCHOOL, UNTIL + DAY)
    assert not after.covered
    assert reasons(after) == [
        "Consent from the young person ended 2026-09-01",
        "Consent from guardian Anna Berg ended 2026-09-01",
        "Consent from guardian Erik Berg ended 2026-09-01",
    ]
    assert cells(after) == [("not_consented", "Ended 2026-09-01")] * 3
    assert after.cell(YP).record == everyone()[0]


def test_before_a_consent_is_given_nothing_is_said_about_it() -> None:
    # A consent dated later is not known yet on an earlier day.
    assert reasons(coverage(case(*everyone()), SCHOOL, GIVEN - DAY)) == [
        "No consent has been given for Vasaskolan"
    ]


def test_a_renewed_consent_carries_on() -> None:
    renewed = [consent(who, date(2026, 8, 20)) for who in (YP, A, E)]
    subject = case(*everyone(), *renewed)
    result = coverage(subject, SCHOOL, UNTIL + DAY)
    assert result.covered
    assert reasons(result) == [
        "Covered by consent given on 2026-08-20 by the young person, guardian Anna Berg "
        "and guardian Erik Berg"
    ]
    # While both count, the cell shows the one that lasts longest.
    assert cells(coverage(subject, SCHOOL, UNTIL))[0] == (
        "consented",
        "Consented on 2026-08-20, valid until 2027-08-19",
    )


def test_only_one_guardians_consent_ended() -> None:
    history = [consent(YP), consent(A), consent(E, until=date(2025, 12, 31))]
    assert reasons(coverage(case(*history), SCHOOL, ON)) == [
        "Consent from guardian Erik Berg ended 2026-01-01"
    ]


def test_the_latest_consent_decides_the_reason_when_none_counts() -> None:
    history = [
        consent(YP, date(2025, 5, 1), until=date(2025, 6, 30)),
        consent(YP, date(2025, 8, 1), until=date(2025, 10, 31)),
        consent(A),
        consent(E),
    ]
    assert reasons(coverage(case(*history), SCHOOL, ON)) == [
        "Consent from the young person ended 2025-11-01"
    ]


# ----------------------------------------------------------------- withdrawal


def test_a_withdrawal_takes_effect_on_its_date() -> None:
    subject = case(*everyone(), withdrawal(YP, date(2026, 5, 10)))
    assert coverage(subject, SCHOOL, date(2026, 5, 9)).covered
    result = coverage(subject, SCHOOL, date(2026, 5, 10))
    assert not result.covered
    assert reasons(result) == ["Withdrawn by the young person 2026-05-10"]
    assert cells(result)[0] == ("not_consented", "Withdrawn 2026-05-10")
    assert not coverage(subject, POLICE, date(2026, 8, 1)).covered


def test_a_guardians_withdrawal_names_the_guardian() -> None:
    subject = case(*everyone(), withdrawal(E, date(2026, 2, 1)))
    assert reasons(coverage(subject, LEISURE, date(2026, 2, 1))) == [
        "Withdrawn by guardian Erik Berg 2026-02-01"
    ]


def test_a_withdrawal_for_some_parties_leaves_the_others_covered() -> None:
    subject = case(*everyone(), withdrawal(YP, date(2026, 5, 10), (POLICE,)))
    on = date(2026, 6, 1)
    assert not coverage(subject, POLICE, on).covered
    assert reasons(coverage(subject, POLICE, on)) == ["Withdrawn by the young person 2026-05-10"]
    assert coverage(subject, SCHOOL, on).covered
    assert coverage(subject, LEISURE, on).covered


def test_a_withdrawal_touches_only_the_consenters_own_consents() -> None:
    subject = case(*everyone(), withdrawal(A, date(2026, 2, 1)))
    result = coverage(subject, SCHOOL, date(2026, 3, 1))
    assert [cell.status for cell in result.consenters] == [
        CellStatus.CONSENTED,
        CellStatus.NOT_CONSENTED,
        CellStatus.CONSENTED,
    ]


def test_a_new_consent_after_a_withdrawal_covers_from_its_own_date() -> None:
    new = consent(YP, date(2026, 6, 1), (SCHOOL, POLICE))
    subject = case(*everyone(), withdrawal(YP, date(2026, 5, 10)), new)
    assert not coverage(subject, SCHOOL, date(2026, 5, 31)).covered
    result = coverage(subject, SCHOOL, date(2026, 6, 1))
    assert result.covered
    assert reasons(result) == [
        "Covered by consent given on 2025-09-01 by guardian Anna Berg and guardian Erik Berg",
        "Covered by consent given on 2026-06-01 by the young person",
    ]
    # The new consent did not name leisure services.
    assert reasons(coverage(subject, LEISURE, date(2026, 6, 1))) == [
        "Withdrawn by the young person 2026-05-10"
    ]


def test_on_the_same_day_the_recording_order_decides() -> None:
    day = date(2026, 5, 10)
    withdraw_then_sign = case(*everyone(), withdrawal(YP, day), consent(YP, day))
    assert coverage(withdraw_then_sign, SCHOOL, day).covered
    sign_then_withdraw = case(*everyone(), consent(YP, day), withdrawal(YP, day))
    assert not coverage(sign_then_withdraw, SCHOOL, day).covered


def test_a_withdrawal_reaches_a_consent_recorded_late_but_given_before_it() -> None:
    # The paper form of 2025-09-01 was registered after the withdrawal.
    subject = case(consent(A), consent(E), withdrawal(YP, date(2026, 5, 10)), consent(YP))
    assert not coverage(subject, SCHOOL, date(2026, 6, 1)).covered


def test_a_withdrawal_after_a_consent_ended_is_reported_as_the_end() -> None:
    subject = case(*everyone(), withdrawal(YP, UNTIL + DAY))
    assert reasons(coverage(subject, SCHOOL, UNTIL + 10 * DAY))[0] == (
        "Consent from the young person ended 2026-09-01"
    )


def test_a_withdrawal_by_someone_not_required_does_not_change_coverage() -> None:
    history = [consent(A, date(2025, 1, 10)), consent(E, date(2025, 1, 10))]
    subject = case(*history, withdrawal(YP, date(2025, 2, 1)))  # at 14
    assert coverage(subject, SCHOOL, date(2025, 3, 1)).covered


# ------------------------------------------------------------------ turning 18


def test_guardians_consents_stop_counting_on_the_18th_birthday() -> None:
    given = date(2027, 10, 1)  # valid past the birthday
    subject = case(*everyone(given))
    assert coverage(subject, SCHOOL, TURNS_18 - DAY).covered
    result = coverage(subject, SCHOOL, TURNS_18)
    assert not result.covered
    assert result.age == 18
    assert reasons(result) == ["Turned 18 on 2028-04-02: their own consent is needed"]
    assert cells(result) == [
        ("not_consented", "Turned 18 on 2028-04-02: their own consent is needed"),
        ("not_required", "Turned 18 on 2028-04-02: guardians no longer consent"),
        ("not_required", "Turned 18 on 2028-04-02: guardians no longer consent"),
    ]


def test_a_consent_given_on_the_18th_birthday_covers_alone() -> None:
    subject = case(*everyone(date(2027, 10, 1)), consent(YP, TURNS_18))
    result = coverage(subject, SCHOOL, TURNS_18)
    assert result.covered
    assert reasons(result) == ["Covered by consent given on 2028-04-02 by the young person"]


def test_an_adults_own_consent_ends_and_is_withdrawn_like_any_other() -> None:
    adult = consent(YP, date(2029, 1, 1), until=date(2029, 6, 30))
    assert reasons(coverage(case(adult), SCHOOL, date(2029, 7, 1))) == [
        "Consent from the young person ended 2029-07-01"
    ]
    subject = case(adult, withdrawal(YP, date(2029, 2, 1)))
    assert reasons(coverage(subject, SCHOOL, date(2029, 2, 1))) == [
        "Withdrawn by the young person 2029-02-01"
    ]


def test_an_adult_who_never_consented_gets_no_18_reason() -> None:
    assert reasons(coverage(case(), SCHOOL, date(2030, 1, 1))) == [
        "No consent has been given for Vasaskolan"
    ]


def test_a_withdrawal_before_18_does_not_reach_an_adults_consent() -> None:
    subject = case(withdrawal(YP, date(2027, 1, 1)), consent(YP, date(2028, 5, 1)))
    assert coverage(subject, SCHOOL, date(2028, 5, 1)).covered


def test_someone_born_on_29_february_turns_18_on_1_march() -> None:
    birth = date(2008, 2, 29)
    subject = case(*everyone(date(2025, 9, 1)), birth=birth)
    assert coverage(subject, SCHOOL, date(2026, 2, 28)).covered
    result = coverage(subject, SCHOOL, date(2026, 3, 1))
    assert reasons(result) == ["Turned 18 on 2026-03-01: their own consent is needed"]


# ---------------------------------------------------------------- guardians


def test_a_guardian_without_custody_is_not_asked() -> None:
    no_custody = Guardian(2, "Erik Berg", has_custody=False)
    subject = case(consent(YP), consent(A), guardians=(ANNA, no_custody))
    result = coverage(subject, SCHOOL, ON)
    assert result.covered
    assert cells(result)[2] == ("not_required", "No custody: consent not required")


def test_a_guardian_flagged_no_information_must_still_consent() -> None:
    secret = Guardian(2, "Erik Berg", no_information=True)
    subject = case(consent(YP), consent(A), guardians=(ANNA, secret))
    assert reasons(coverage(subject, SCHOOL, ON)) == ["Guardian Erik Berg has not consented"]


def test_no_guardian_with_custody_registered_is_never_covered_by_consent() -> None:
    nobody = case(consent(YP), guardians=())
    result = coverage(nobody, SCHOOL, ON)
    assert not result.covered
    assert reasons(result) == ["No guardian with custody is registered: their consent is needed"]
    without_custody = case(consent(YP), guardians=(Guardian(5, "Olle Lind", has_custody=False),))
    assert reasons(coverage(without_custody, SCHOOL, ON)) == reasons(result)
    # And the young person's own missing consent is named too.
    assert reasons(coverage(case(consent(A), guardians=()), POLICE, ON)) == [
        "No guardian with custody is registered: their consent is needed",
        "The young person has not consented",
    ]


def test_when_the_programme_asks_nobody_only_a_legal_ground_can_cover() -> None:
    rules = replace(SSPF, guardian_consent_under_18=False)
    subject = case(consent(A, date(2024, 1, 10)), rules=rules)
    result = coverage(subject, SCHOOL, date(2024, 2, 1))  # 13 years old
    assert not result.covered
    assert reasons(result) == [
        "The programme asks nobody for consent at age 13: record a legal ground"
    ]
    assert cells(result) == [
        ("not_required", "Not required before age 15"),
        ("not_required", "The programme does not ask guardians for consent"),
        ("not_required", "The programme does not ask guardians for consent"),
    ]


def test_a_programme_without_guardians_consent_needs_only_the_young_person() -> None:
    rules = replace(SSPF, guardian_consent_under_18=False)
    assert coverage(case(consent(YP), rules=rules), SCHOOL, ON).covered


def test_consents_of_a_guardian_no_longer_registered_do_not_count() -> None:
    subject = case(*everyone(), guardians=(ANNA,))
    result = coverage(subject, SCHOOL, ON)
    assert result.covered
    assert [cell.consenter for cell in result.consenters] == [YP, A]


def test_a_guardian_listed_twice_is_one_column() -> None:
    subject = case(*everyone(), guardians=(ANNA, ERIK, ANNA))
    assert [cell.consenter for cell in coverage(subject, SCHOOL, ON).consenters] == [YP, A, E]


def test_names_come_from_the_register_now() -> None:
    renamed = Guardian(2, "Erik Berg Sandström")
    subject = case(consent(YP), consent(A), guardians=(ANNA, renamed))
    assert reasons(coverage(subject, SCHOOL, ON)) == [
        "Guardian Erik Berg Sandström has not consented"
    ]
    assert subject.name_of(replace(E, name="Old Name")) == "Erik Berg Sandström"
    gone = case(guardians=(ANNA,))
    assert gone.name_of(E) == "Erik Berg"
    assert gone.who(E).render() == "guardian Erik Berg"
    assert gone.title(E).render() == "Erik Berg (guardian)"
    assert gone.title(YP).render() == "Young person"


# -------------------------------------------------------------- legal grounds


def _ground(
    party: Party, on: date, ground_id: str = "osl-10-18a", valid_until: date | None = None
) -> RecordedGround:
    ground = find_ground(default_legal_grounds(), ground_id)
    assert ground is not None
    return RecordedGround(ground, "Risk of crime, see journal 2026-05-11", on, party, valid_until)


def test_a_recorded_ground_covers_its_party_on_its_day() -> None:
    day = date(2026, 5, 12)
    subject = case(grounds=[_ground(POLICE, day)])
    result = coverage(subject, POLICE, day)
    assert result.covered and not result.by_consent
    assert result.grounds == subject.grounds
    assert reasons(result) == [
        "Covered by the legal ground OSL 10 kap. 18 a §, recorded on 2026-05-12",
        "No consent has been given for Police",
    ]
    assert not coverage(subject, POLICE, day - DAY).covered
    assert not coverage(subject, POLICE, day + DAY).covered
    assert not coverage(subject, SCHOOL, day).covered


def test_a_recorded_ground_may_cover_a_period() -> None:
    ground = _ground(POLICE, date(2026, 5, 12), valid_until=date(2026, 6, 30))
    subject = case(grounds=[ground])
    assert coverage(subject, POLICE, date(2026, 6, 30)).covered
    assert not coverage(subject, POLICE, date(2026, 7, 1)).covered


def test_a_ground_comes_after_the_consent_that_covers_too() -> None:
    subject = case(*everyone(), grounds=[_ground(POLICE, ON)])
    assert reasons(coverage(subject, POLICE, ON)) == [
        "Covered by consent given on 2025-09-01 by the young person, guardian Anna Berg "
        "and guardian Erik Berg",
        "Covered by the legal ground OSL 10 kap. 18 a §, recorded on 2026-01-15",
    ]


def test_a_ground_that_does_not_apply_does_not_cover() -> None:
    at_21 = date(2031, 4, 2)
    subject = case(grounds=[_ground(POLICE, at_21), _ground(SCHOOL, ON)])
    result = coverage(subject, POLICE, at_21)
    assert not result.covered
    assert reasons(result) == [
        "No consent has been given for Police",
        "The legal ground OSL 10 kap. 18 a § recorded on 2031-04-02 does not apply here",
    ]
    # 18 a § is for the police only.
    assert not coverage(subject, SCHOOL, ON).covered
    # The day before turning 21 it still applies.
    assert coverage(case(grounds=[_ground(POLICE, at_21 - DAY)]), POLICE, at_21 - DAY).covered


def test_a_ground_for_any_party_covers_a_school() -> None:
    subject = case(grounds=[_ground(SCHOOL, ON, "osl-10-28")])
    assert reasons(coverage(subject, SCHOOL, ON))[0] == (
        "Covered by the legal ground OSL 10 kap. 28 §, recorded on 2026-01-15"
    )


# --------------------------------------------------------------------- matrix


def test_the_matrix_has_a_row_per_party_and_a_column_per_consenter() -> None:
    no_custody = Guardian(3, "Olle Lind", has_custody=False)
    history: list[HistoryItem] = [
        *everyone(parties=(SCHOOL, LEISURE)),
        withdrawal(E, date(2026, 1, 1), (LEISURE,)),
    ]
    subject = case(*history, guardians=(ANNA, ERIK, no_custody))
    matrix = consent_matrix(subject, [SCHOOL, POLICE, LEISURE, SCHOOL], ON)
    assert matrix.on_date == ON and matrix.age == 15
    assert [(c.title.render(), c.required) for c in matrix.columns] == [
        ("Young person", True),
        ("Anna Berg (guardian)", True),
        ("Erik Berg (guardian)", True),
        ("Olle Lind (guardian)", False),
    ]
    assert [row.party for row in matrix.rows] == [SCHOOL, POLICE, LEISURE]
    assert [[cell.status.label.render() for cell in row.consenters] for row in matrix.rows] == [
        ["Consented", "Consented", "Consented", "Not required"],
        ["No valid consent", "No valid consent", "No valid consent", "Not required"],
        ["Consented", "Consented", "No valid consent", "Not required"],
    ]
    assert [row.covered for row in matrix.rows] == [True, False, False]
    assert not matrix.all_covered
    assert consent_matrix(case(*everyone()), ALL_PARTIES, ON).all_covered


def test_the_matrix_for_an_adult_shows_the_guardians_as_not_required() -> None:
    matrix = consent_matrix(case(consent(YP, date(2029, 1, 1))), [SCHOOL], date(2029, 2, 1))
    assert [c.required for c in matrix.columns] == [True, False, False]
    assert matrix.all_covered


def test_standing_consent_is_the_one_that_lasts_longest() -> None:
    first, second = consent(A), consent(A, date(2025, 12, 1))
    subject = case(first, second)
    assert standing_consent(subject, A, SCHOOL, ON) == second
    assert standing_consent(subject, A, SCHOOL, GIVEN) == first
    assert standing_consent(subject, E, SCHOOL, ON) is None
    # Not required at 18: nothing stands.
    assert standing_consent(case(consent(A, date(2027, 10, 1))), A, SCHOOL, TURNS_18) is None


def test_a_record_is_never_changed_by_the_rules() -> None:
    history: tuple[HistoryItem, ...] = (*everyone(), withdrawal(YP, date(2026, 5, 10)))
    subject = case(*history)
    coverage(subject, SCHOOL, date(2026, 6, 1))
    assert subject.history == history
    assert all(isinstance(item, ConsentRecord | Withdrawal) for item in subject.history)
