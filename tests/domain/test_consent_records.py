"""Consent values, legal grounds as data, the Översikt alerts and the recipients rule."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from caseflow.domain.cases import Agency
from caseflow.domain.consent import (
    YOUNG_PERSON,
    Consenter,
    ConsentRecord,
    Guardian,
    LegalGround,
    Manner,
    Party,
    RecordedGround,
    Withdrawal,
    birthday,
    default_legal_grounds,
    default_valid_until,
    eighteenth_birthday,
    expiring_consents,
    find_ground,
    item_date,
    join_names,
    legal_ground_from_dict,
    legal_ground_to_dict,
    recipients_allowed,
    turns_18_within,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.personnummer import age_at
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
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
    case,
    consent,
    everyone,
    rendered,
    withdrawal,
)

DAY = timedelta(days=1)


def _message(raised: pytest.ExceptionInfo[InvalidInput]) -> str:
    return raised.value.text.render()


# -------------------------------------------------------------------- parties


def test_parties_compare_by_kind_and_normalised_name() -> None:
    assert Party(Agency.SCHOOL, "  Vasa   skolan ") == Party(Agency.SCHOOL, "vasa skolan")
    assert Party(Agency.SCHOOL, "Vasa skolan").name == "Vasa skolan"
    assert Party(Agency.SCHOOL, " VASA skolan").name == "VASA skolan"
    assert hash(Party(Agency.SCHOOL, "ÅSA")) == hash(Party(Agency.SCHOOL, "åsa"))
    assert Party(Agency.SCHOOL, "Vasaskolan") != Party(Agency.SCHOOL)
    assert Party(Agency.SCHOOL, "Vasaskolan") != Party(Agency.LEISURE, "Vasaskolan")
    assert Party(Agency.POLICE) == Party(Agency.POLICE, "  ")
    assert Party(Agency.POLICE) != "police"
    assert len({Party(Agency.POLICE), Party(Agency.POLICE, "")}) == 1


def test_a_party_is_named_by_its_name_or_else_its_kind() -> None:
    assert SCHOOL.label == "Vasaskolan"
    label = POLICE.label
    assert isinstance(label, Text) and label.render() == "Police"


def test_a_party_of_kind_other_needs_a_name() -> None:
    with pytest.raises(InvalidInput) as raised:
        Party(Agency.OTHER, " ")
    assert _message(raised) == "A party of the kind Other must have a name."
    assert Party(Agency.OTHER, "Bostadsbolaget Hemmet").label == "Bostadsbolaget Hemmet"


# ----------------------------------------------------------------- consenters


def test_guardians_and_consenters() -> None:
    assert Guardian(7, "  Sara   Holm ").name == "Sara Holm"
    with pytest.raises(InvalidInput) as raised:
        Guardian(7, " ")
    assert _message(raised) == "Enter the guardian's name."
    assert ANNA.has_custody and not ANNA.no_information
    assert ANNA.consenter == Consenter(1, "Anna Berg")
    # The recorded name is for display only: the id decides.
    assert Consenter(1, "Anna Berg") == Consenter(1, "Anna Lind")
    assert Consenter.young_person() == YOUNG_PERSON == Consenter()
    assert YOUNG_PERSON.is_young_person and not A.is_young_person
    assert YOUNG_PERSON != A


# ----------------------------------------------------- consents and withdrawals


def test_a_consent_keeps_its_parties_in_order_without_duplicates() -> None:
    record = consent(YP, parties=[POLICE, SCHOOL, Party(Agency.SCHOOL, "VASASKOLAN"), POLICE])
    assert record.parties == (POLICE, SCHOOL)
    assert record.names(Party(Agency.SCHOOL, "vasaskolan"))
    assert not record.names(LEISURE)
    assert item_date(record) == GIVEN


def _record(**changes: Any) -> ConsentRecord:
    values: dict[str, Any] = {
        "consenter": YP,
        "parties": (SCHOOL,),
        "information": "School attendance",
        "purpose": "Joint action plan",
        "given_on": GIVEN,
        "valid_until": UNTIL,
    }
    values.update(changes)
    return ConsentRecord(**values)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"parties": ()}, "A consent must name at least one party."),
        (
            {"information": "  "},
            "A consent must say which information and for what purpose: it must not be general.",
        ),
        (
            {"purpose": ""},
            "A consent must say which information and for what purpose: it must not be general.",
        ),
        ({"valid_until": GIVEN - DAY}, "A consent cannot end before the day it was given."),
        (
            {"manner": Manner.ORAL},
            "Say who received the oral consent or withdrawal: it must be documented.",
        ),
        (
            {"manner": Manner.ORAL, "documented_by": "  "},
            "Say who received the oral consent or withdrawal: it must be documented.",
        ),
    ],
)
def test_a_consent_must_say_enough(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        _record(**changes)
    assert _message(raised) == message


def test_a_consent_may_last_a_single_day_and_be_oral() -> None:
    record = _record(valid_until=GIVEN, manner=Manner.ORAL, documented_by=" Lisa Ek ")
    assert record.documented_by == "Lisa Ek"
    assert record.manner.label.render() == "Orally"
    assert Manner.WRITTEN.label.render() == "In writing"


def test_records_are_immutable() -> None:
    record = _record()
    with pytest.raises(AttributeError):
        record.valid_until = date(2030, 1, 1)  # type: ignore[misc]


def test_withdrawals() -> None:
    whole = withdrawal(YP, date(2026, 5, 10))
    assert whole.is_whole and whole.applies_to(SCHOOL) and whole.applies_to(POLICE)
    some = withdrawal(A, date(2026, 5, 10), [POLICE, POLICE])
    assert some.parties == (POLICE,)
    assert not some.is_whole and some.applies_to(POLICE) and not some.applies_to(SCHOOL)
    assert item_date(some) == date(2026, 5, 10)
    with pytest.raises(InvalidInput):
        Withdrawal(YP, date(2026, 5, 10), manner=Manner.ORAL)
    oral = Withdrawal(YP, date(2026, 5, 10), manner=Manner.ORAL, received_by=" Lisa Ek ")
    assert oral.received_by == "Lisa Ek"


def test_the_default_validity_counts_the_day_given_as_the_first() -> None:
    assert default_valid_until(SSPF, date(2026, 1, 10)) == date(2027, 1, 9)
    assert default_valid_until(SSPF, GIVEN) == UNTIL
    assert default_valid_until(replace(SSPF, consent_validity_days=1), GIVEN) == GIVEN


# -------------------------------------------------------------------- birthdays


@pytest.mark.parametrize(
    ("birth", "years", "expected"),
    [
        (date(2010, 4, 2), 18, date(2028, 4, 2)),
        (date(2008, 2, 29), 18, date(2026, 3, 1)),
        (date(2008, 2, 29), 16, date(2024, 2, 29)),
        (date(2010, 12, 31), 18, date(2028, 12, 31)),
        (date(2010, 1, 1), 0, date(2010, 1, 1)),
    ],
)
def test_birthdays_follow_age_at(birth: date, years: int, expected: date) -> None:
    assert birthday(birth, years) == expected
    assert age_at(birth, expected) == years
    if years:
        assert age_at(birth, expected - DAY) == years - 1


def test_eighteenth_birthday() -> None:
    assert eighteenth_birthday(BIRTH) == TURNS_18


# ------------------------------------------------------------------ legal grounds


def test_the_default_legal_grounds_follow_the_domain_notes() -> None:
    grounds = default_legal_grounds()
    assert [g.id for g in grounds] == ["osl-10-18a", "sol-14-1", "osl-10-28", "osl-10-2"]
    assert [g.citation for g in grounds] == [
        "OSL 10 kap. 18 a §",
        "14 kap. 1 § socialtjänstlagen",
        "OSL 10 kap. 28 §",
        "OSL 10 kap. 2 §",
    ]
    assert all(g.title.context == "Domain" and g.title.render() for g in grounds)
    # A function, not a constant: each caller may extend its own list.
    assert default_legal_grounds() == grounds and default_legal_grounds() is not grounds


def test_which_parties_and_ages_a_ground_applies_to() -> None:
    osl_18a = find_ground(default_legal_grounds(), "osl-10-18a")
    report = find_ground(default_legal_grounds(), "sol-14-1")
    duty = find_ground(default_legal_grounds(), "osl-10-28")
    assert osl_18a is not None and report is not None and duty is not None
    assert osl_18a.applies(POLICE, 20) and not osl_18a.applies(POLICE, 21)
    assert not osl_18a.applies(SCHOOL, 16)
    social = Party(Agency.SOCIAL_SERVICES)
    assert report.applies(social, 17) and not report.applies(social, 18)
    assert not report.applies(POLICE, 10)
    assert all(duty.applies(Party(agency, "X"), 40) for agency in Agency)
    assert find_ground(default_legal_grounds(), "nope") is None


def test_legal_grounds_round_trip_through_configuration() -> None:
    for ground in default_legal_grounds():
        data = json.loads(json.dumps(legal_ground_to_dict(ground)))
        assert legal_ground_from_dict(data) == ground


def test_an_administrator_adds_a_ground() -> None:
    ground = legal_ground_from_dict(
        {
            "id": "sou-2024-87",
            "citation": "OSL 10 kap. 2 a §",
            "title": "  Exchange between school,   social services and police  ",
            "recipients": ["school", "police"],
        }
    )
    assert ground.title == Text("Domain", "Exchange between school, social services and police")
    assert ground.recipients == {Agency.SCHOOL, Agency.POLICE}
    assert ground.under_age is None
    single = legal_ground_from_dict(
        {"id": "x", "citation": "Y", "title": "Z", "recipients": "police"}
    )
    assert single.recipients == {Agency.POLICE}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"id": "x", "citation": "Y", "title": "Z", "colour": 1},
            "Unknown legal ground setting: colour.",
        ),
        (
            {"id": "x", "title": "Z"},
            "A legal ground needs a key, the provision it rests on and a title.",
        ),
        (
            {"id": " ", "citation": "Y", "title": "Z"},
            "A legal ground needs a key, the provision it rests on and a title.",
        ),
        (
            {"id": "x", "citation": "Y", "title": "  "},
            "A legal ground needs a key, the provision it rests on and a title.",
        ),
        (
            {"id": "x", "citation": "Y", "title": "Z", "under_age": True},
            "The age limit of a legal ground must be 1 to 130.",
        ),
        (
            {"id": "x", "citation": "Y", "title": "Z", "under_age": 0},
            "The age limit of a legal ground must be 1 to 130.",
        ),
        (
            {"id": "x", "citation": "Y", "title": "Z", "recipients": ["police", "army"]},
            "Unknown kind of party in a legal ground: police, army.",
        ),
    ],
)
def test_bad_ground_configuration_says_what_is_wrong(data: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        legal_ground_from_dict(data)
    assert _message(raised) == message


def test_a_recorded_ground_needs_a_reason_and_a_sane_period() -> None:
    ground = default_legal_grounds()[0]
    with pytest.raises(InvalidInput) as raised:
        RecordedGround(ground, "  ", GIVEN, POLICE)
    assert _message(raised) == "Write why the legal ground applies."
    with pytest.raises(InvalidInput) as raised:
        RecordedGround(ground, "Risk", GIVEN, POLICE, valid_until=GIVEN - DAY)
    assert _message(raised) == "A legal ground cannot end before the day it was recorded."
    recorded = RecordedGround(ground, " Risk ", GIVEN, POLICE)
    assert recorded.reason == "Risk" and recorded.last_day == GIVEN
    assert recorded.in_force(GIVEN) and not recorded.in_force(GIVEN + DAY)


def test_a_legal_ground_needs_sane_values() -> None:
    with pytest.raises(InvalidInput):
        LegalGround("x", "Y", QT_TRANSLATE_NOOP("Domain", "Z"), under_age=131)
    with pytest.raises(InvalidInput):
        LegalGround("x", " ", QT_TRANSLATE_NOOP("Domain", "Z"))


# ------------------------------------------------------------------------ alerts


def test_consents_that_end_within_30_days_are_listed() -> None:
    subject = case(*everyone())
    today = UNTIL - 30 * DAY
    found = expiring_consents(subject, today)
    assert [(e.consenter, e.valid_until) for e in found] == [(YP, UNTIL), (A, UNTIL), (E, UNTIL)]
    assert [e.parties for e in found] == [(SCHOOL, POLICE, LEISURE)] * 3
    assert rendered(e.who for e in found) == [
        "the young person",
        "guardian Anna Berg",
        "guardian Erik Berg",
    ]
    assert found[0].record == everyone()[0]
    assert expiring_consents(subject, today - DAY) == ()
    assert len(expiring_consents(subject, UNTIL)) == 3  # its last day is today
    assert expiring_consents(subject, UNTIL + DAY) == ()  # it has ended: another alert
    assert len(expiring_consents(subject, today - 10 * DAY, within_days=40)) == 3


def test_a_renewed_consent_is_not_listed_but_a_party_it_left_out_is() -> None:
    renewed = consent(YP, date(2026, 8, 1), (SCHOOL, POLICE))
    found = expiring_consents(case(*everyone(), renewed), date(2026, 8, 15))
    young = [e for e in found if e.consenter == YP]
    assert [(e.parties, e.valid_until) for e in young] == [((LEISURE,), UNTIL)]


def test_withdrawn_and_unneeded_consents_are_not_listed() -> None:
    subject = case(*everyone(), withdrawal(A, date(2026, 8, 1)))
    assert [e.consenter for e in expiring_consents(subject, date(2026, 8, 15))] == [YP, E]
    # At 14 the young person's own consent is not needed yet.
    young = case(*[consent(w, date(2024, 2, 1)) for w in (YP, A, E)])  # until 2025-01-30
    assert [e.consenter for e in expiring_consents(young, date(2024, 12, 30))] == []
    assert [e.consenter for e in expiring_consents(young, date(2025, 1, 10))] == [A, E]


def test_expiring_consents_come_soonest_first() -> None:
    history = [consent(YP), consent(A, until=UNTIL - 5 * DAY), consent(E, until=UNTIL - 9 * DAY)]
    found = expiring_consents(case(*history), UNTIL - 20 * DAY)
    assert [e.consenter for e in found] == [E, A, YP]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (TURNS_18 - 61 * DAY, None),
        (TURNS_18 - 60 * DAY, TURNS_18),
        (TURNS_18 - DAY, TURNS_18),
        (TURNS_18, TURNS_18),
        (TURNS_18 + DAY, None),
    ],
)
def test_turns_18_within_60_days(today: date, expected: date | None) -> None:
    assert turns_18_within(BIRTH, today) == expected


def test_turns_18_within_another_window_and_on_29_february() -> None:
    assert turns_18_within(BIRTH, TURNS_18 - 10 * DAY, days=9) is None
    assert turns_18_within(BIRTH, TURNS_18 - 10 * DAY, days=10) == TURNS_18
    assert turns_18_within(date(2008, 2, 29), date(2026, 2, 1)) == date(2026, 3, 1)


# -------------------------------------------------------------------- recipients


def test_recipients_leave_out_no_information_and_no_custody_guardians() -> None:
    secret = Guardian(3, "Karin Lind", no_information=True)
    no_custody = Guardian(4, "Olle Lind", has_custody=False)
    guardians = (ANNA, secret, no_custody, ERIK)
    assert recipients_allowed(guardians, BIRTH, GIVEN) == (ANNA, ERIK)
    assert recipients_allowed(list(guardians), BIRTH, TURNS_18 - DAY) == (ANNA, ERIK)
    # From 18 guardians are told nothing by default.
    assert recipients_allowed(guardians, BIRTH, TURNS_18) == ()


# ------------------------------------------------------------------------- texts


def test_lists_of_names_read_as_words() -> None:
    names = [Text("Domain", n) for n in ("A", "B", "C", "D")]
    assert join_names(names[:1]).render() == "A"
    assert join_names(names[:2]).render() == "A and B"
    assert join_names(names).render() == "A, B, C and D"
    with pytest.raises(ValueError, match="at least one"):
        join_names([])
